import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import type * as schema from "./schema.ts";

export type Schema = typeof schema;

/** Drizzle handle shared by both engines; a transaction handle has the same shape. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Engine = "pglite" | "postgresql";

export interface Database {
  engine: Engine;
  db: Db;
  close(): Promise<void>;
}

/** Raw SQL for aggregations; both drivers return `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
