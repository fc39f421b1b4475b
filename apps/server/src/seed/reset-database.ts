import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database } from "../db/database.ts";

/**
 * `npm run seed -- --reset` starts from an empty database rather than deleting rows table by table: the audit
 * log is append-only (migration 0001's triggers refuse DELETE and TRUNCATE, on purpose), so emptying it row by
 * row is impossible — the whole database is recreated instead, and the new audit log's first row records the
 * reset. Never used by the server itself.
 */

/** Embedded engine: remove the data directory before it is opened. Returns whether there was one. */
export function removeEmbeddedDatabase(pgliteDir: string): boolean {
  const dir = path.resolve(pgliteDir);
  if (!fs.existsSync(dir)) return false;
  fs.rmSync(dir, { recursive: true, force: true });
  return true;
}

/** PostgreSQL: drop and recreate the public schema (tables, triggers, migration records), before migrating. */
export async function recreatePublicSchema(database: Database): Promise<void> {
  if (database.engine !== "postgresql") throw new Error("recreatePublicSchema is for PostgreSQL only");
  await database.db.execute(sql.raw("drop schema if exists public cascade"));
  await database.db.execute(sql.raw("create schema public"));
  // A recreated schema belongs to the current user; keep it usable by the database's other roles.
  await database.db.execute(sql.raw("grant usage on schema public to public"));
}
