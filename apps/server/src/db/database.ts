import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
/**
 * Drizzle handle shared by both engines; a transaction handle has the same shape. No relational schema:
 * every query names its tables, and each module imports only its own.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Engine = "pglite" | "postgresql";

export interface Database {
  engine: Engine;
  db: Db;
  close(): Promise<void>;
  /**
   * Read-only analytics (indicator figures, the health monitoring report): a replica's pool when
   * DATABASE_READ_URL is set on PostgreSQL (read-replica.ts); absent means the primary. Never for writes
   * or inside a transaction.
   */
  readDb?: Db;
  /**
   * LISTEN on a channel: PostgreSQL on its own connection (reconnecting), the embedded engine in process.
   * Returns the unlisten. `onListening` hears when notices may have been missed (false: the connection was
   * lost) and when they arrive again (true: listening anew). Absent on handles that cannot listen.
   */
  listen?(
    channel: string,
    onPayload: (payload: string) => void,
    onListening?: (listening: boolean) => void,
  ): Promise<() => Promise<void>>;
  /**
   * The embedded engine in its worker thread: resolves once the engine's thread answers, which it does
   * between two statements, so it does not wait for another request's transaction to end.
   */
  ping?(): Promise<void>;
}

/** Raw SQL for aggregations; both drivers return `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
