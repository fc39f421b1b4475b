import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import type { Database, Db } from "../db/database.ts";

/** The same database behind a second Drizzle handle that counts the statements it sends. */
export function countingDatabase(database: Database): {
  database: Database;
  queries: string[];
} {
  const queries: string[] = [];
  const logger = { logQuery: (query: string) => void queries.push(query) };
  const client: unknown = (database.db as unknown as { $client: unknown }).$client;
  const db =
    // The embedded engine in its worker thread is reached through node-postgres too.
    client instanceof pg.Pool
      ? (drizzlePg({ client, logger }) as unknown as Db)
      : (drizzlePglite({ client: client as PGlite, logger }) as unknown as Db);
  return { database: { ...database, db }, queries };
}
