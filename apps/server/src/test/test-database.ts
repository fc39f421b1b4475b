import fs from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import type { Database } from "../db/database.ts";
import { migrate } from "../db/migrate.ts";
import { openAppDatabase } from "../db/open-app-database.ts";
import { openDatabase, PGLITE_PARSERS, wrapPglite } from "../db/open-database.ts";

/**
 * A fresh, migrated database for one test file: an embedded one loaded from the template, or, when
 * DATABASE_URL is set, a new PostgreSQL database that is dropped again on close. On PostgreSQL the handle is
 * the app's non-owner role, as in production; `ownerUrl` reaches the same database as its owner.
 * The embedded one runs in process, so a test file costs no extra thread; with EDUBUREAU_PGLITE_MODE=worker
 * it runs in its worker thread, as the server's does by default.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return openFreshPostgres(url);
  const template = inject("pgliteTemplate");
  if (process.env.EDUBUREAU_PGLITE_MODE === "worker") {
    const database = await openDatabase({ pgliteMode: "worker", pgliteTemplate: template });
    await migrate(database);
    return { ...database, ownerUrl: undefined };
  }
  const client = await PGlite.create({
    loadDataDir: new Blob([fs.readFileSync(template)]),
    parsers: PGLITE_PARSERS,
  });
  const database = wrapPglite(client);
  await migrate(database);
  return { ...database, ownerUrl: undefined };
}

export interface TestDatabase extends Database {
  /** PostgreSQL only: the database's URL with the owner's credentials. */
  ownerUrl: string | undefined;
}

/** The test database as its owner (PostgreSQL), for tests that play someone with more rights than the app. */
export function openTestOwner(database: TestDatabase): Promise<Database> {
  if (!database.ownerUrl) throw new Error("only a PostgreSQL test database has a separate owner");
  return openDatabase({ databaseUrl: database.ownerUrl, poolSize: 2 });
}

async function openFreshPostgres(url: string): Promise<TestDatabase> {
  const name = `eb_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const { database } = await openAppDatabase({ databaseUrl: target.toString(), poolSize: 4 });
  return {
    ...database,
    ownerUrl: target.toString(),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
