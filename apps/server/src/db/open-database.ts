import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Database, Db } from "./database.ts";

export interface OpenDatabaseOptions {
  /** postgres://… selects PostgreSQL. */
  databaseUrl?: string | undefined;
  /** Directory for the embedded engine; "memory://" keeps it in memory. */
  pgliteDir?: string;
  poolSize?: number;
}

// Timestamps come back as Date on both engines; bigint counts as numbers (they fit).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.pgliteDir ?? "memory://");
}

// Same conversions as the pg type parsers above: int8 and numeric as numbers.
export const PGLITE_PARSERS = {
  20: (value: string) => Number.parseInt(value, 10),
  1700: (value: string) => Number.parseFloat(value),
};

async function openPglite(dir: string): Promise<Database> {
  if (!dir.startsWith("memory://")) fs.mkdirSync(path.resolve(dir), { recursive: true });
  return wrapPglite(await PGlite.create(dir, { parsers: PGLITE_PARSERS }));
}

export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite({ client }) as unknown as Db;
  return {
    engine: "pglite",
    db,
    close: () => client.close(),
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client whose connection the server closes (restart, failover, a dropped test database)
  // emits "error"; unhandled, that would end the process. The pool replaces the client on next use.
  pool.on("error", (error) => {
    console.warn(`PostgreSQL 空闲连接断开：${error.message}`);
  });
  // Fail fast with a clear message when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool }) as unknown as Db;
  return {
    engine: "postgresql",
    db,
    close: () => pool.end(),
    listen: (channel, onPayload) => listenPostgres(url, channel, onPayload),
  };
}

const RELISTEN_MS = 1_000;

/** A dedicated connection (LISTEN needs one) that reconnects after a restart or failover of the server. */
async function listenPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    next.on("error", (error) => {
      console.warn(`PostgreSQL 事件连接断开：${error.message}`);
      if (client === next) client = undefined;
      void next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(reconnect, RELISTEN_MS);
    });
    await next.connect();
    await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    client = next;
  };
  const reconnect = () => {
    connect().catch(() => {
      if (!stopped) retry = setTimeout(reconnect, RELISTEN_MS);
    });
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
