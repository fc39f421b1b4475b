import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { Database } from "./database.ts";
import { queryRows } from "./database.ts";

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");
// Any constant: serialises concurrent starts against one PostgreSQL database.
const MIGRATION_LOCK_KEY = 2019_0122;

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      return {
        version: Number.parseInt(file.slice(0, 4), 10),
        name: file.replace(/\.sql$/, ""),
        statements: text
          .split("--> statement-breakpoint")
          .map((part) => part.trim())
          .filter((part) => part.length > 0),
      };
    });
}

/** Applies pending migrations, each in its own transaction; safe to run on every start. */
export async function migrate(database: Database, migrations = loadMigrations()): Promise<number> {
  const { db } = database;
  await db.execute(
    sql.raw(
      "create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())",
    ),
  );
  for (const migration of migrations) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
      const applied = await queryRows<{ version: number }>(
        tx,
        sql`select version from schema_migrations where version = ${migration.version}`,
      );
      if (applied.length > 0) return;
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into schema_migrations (version, name) values (${migration.version}, ${migration.name})`,
      );
    });
  }
  return currentMigrationVersion(database);
}

export async function currentMigrationVersion(database: Database): Promise<number> {
  const rows = await queryRows<{ version: number | null }>(
    database.db,
    sql`select max(version) as version from schema_migrations`,
  );
  return rows[0]?.version ?? 0;
}
