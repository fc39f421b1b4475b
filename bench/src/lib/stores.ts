import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { EngineName } from "./context.ts";
import { onCleanup } from "./cleanup.ts";

/**
 * Several checkouts of the repository may bench against one PostgreSQL server and one temp directory at
 * the same time. Everything the harness creates carries this checkout's tag (a hash of its path), and it
 * only ever removes names carrying its own tag: another checkout's databases and directories are left alone.
 */
export const CHECKOUT_TAG = createHash("sha256")
  .update(fs.realpathSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")))
  .digest("hex")
  .slice(0, 8);

/** Prefix of this checkout's fresh databases and temp directories: `eb_bench_<tag>_`. */
export const BENCH_PREFIX = `eb_bench_${CHECKOUT_TAG}_`;

/** A LIKE pattern matching names that start with `prefix` literally (`_` is a LIKE wildcard). */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export const DEFAULT_PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** The admin URL: BENCH_DATABASE_URL, else the local default. DATABASE_URL is left alone on purpose. */
export function pgAdminUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.BENCH_DATABASE_URL || DEFAULT_PG_ADMIN_URL;
}

/** Redacts a password in a URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Null when PostgreSQL answers at `url`, else the reason it does not. */
export async function pgUnreachableReason(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * An empty place for a server's data: a fresh PGlite directory or a fresh PostgreSQL database
 * (`eb_bench_<checkout tag>_*`, dropped again by `dispose`; only databases it created are dropped). Both get their own DATA_DIR under the temp directory.
 */
export interface FreshStore {
  engine: EngineName;
  dataDir: string;
  /** Set for PostgreSQL. */
  databaseUrl: string | undefined;
  /** Where main.ts puts the embedded database for this DATA_DIR. */
  pgliteDir: string;
  /** Environment for a child server (DATA_DIR and, for PostgreSQL, DATABASE_URL). */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function createFreshStore(engine: EngineName, pgAdminUrl: string): Promise<FreshStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), BENCH_PREFIX));
  const removeDir = onCleanup(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const pgliteDir = path.join(dataDir, "db");
  if (engine === "pglite") {
    return {
      engine,
      dataDir,
      databaseUrl: undefined,
      pgliteDir,
      env: { DATA_DIR: dataDir },
      dispose: removeDir,
    };
  }

  const name = `${BENCH_PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await adminQuery(pgAdminUrl, `create database ${name}`);
  const dropDatabase = onCleanup(async () => {
    await adminQuery(pgAdminUrl, `drop database if exists ${name} with (force)`);
  });
  const target = new URL(pgAdminUrl);
  target.pathname = `/${name}`;
  const databaseUrl = target.toString();
  return {
    engine,
    dataDir,
    databaseUrl,
    pgliteDir,
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    dispose: async () => {
      await dropDatabase();
      await removeDir();
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
