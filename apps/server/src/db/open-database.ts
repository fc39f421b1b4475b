import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Database, Db } from "./database.ts";
import type { PgliteWorkerData, PgliteWorkerMessage } from "./pglite-worker.ts";

/** A statement the embedded engine finished this recently proves it alive (the health check). */
const RECENT_ANSWER_MS = 1_000;

export interface OpenDatabaseOptions {
  /** postgres://… selects PostgreSQL. */
  databaseUrl?: string | undefined;
  /** Directory for the embedded engine; "memory://" keeps it in memory. */
  pgliteDir?: string;
  poolSize?: number;
  /**
   * Where the embedded engine runs: its own worker thread (the default), so a long query or an import does
   * not hold up the event loop, or this thread (EDUBUREAU_PGLITE_MODE=inprocess), where every query does.
   */
  pgliteMode?: PgliteMode;
  /** A new embedded database starts from this `dumpDataDir` archive (the test template) instead of initdb. */
  pgliteTemplate?: string;
}

export type PgliteMode = "worker" | "inprocess";

export function pgliteModeFromEnv(env: NodeJS.ProcessEnv = process.env): PgliteMode {
  return env.EDUBUREAU_PGLITE_MODE === "inprocess" ? "inprocess" : "worker";
}

// Timestamps come back as Date on both engines; bigint counts as numbers (they fit).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  const dir = options.pgliteDir ?? "memory://";
  return (options.pgliteMode ?? pgliteModeFromEnv()) === "worker"
    ? openPgliteWorker(dir, options.pgliteTemplate)
    : openPglite(dir, options.pgliteTemplate);
}

// Same conversions as the pg type parsers above: int8 and numeric as numbers.
export const PGLITE_PARSERS = {
  20: (value: string) => Number.parseInt(value, 10),
  1700: (value: string) => Number.parseFloat(value),
};

async function openPglite(dir: string, template?: string): Promise<Database> {
  if (!dir.startsWith("memory://")) fs.mkdirSync(path.resolve(dir), { recursive: true });
  return wrapPglite(
    await PGlite.create(dir, {
      parsers: PGLITE_PARSERS,
      ...(template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : {}),
    }),
  );
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

/**
 * Connections from the app to the embedded engine's worker. PGlite is one session and runs one statement at
 * a time, but with a few connections the next request's statement is already waiting in the worker when the
 * engine finishes one, instead of a round trip through this thread's event loop later (login and read
 * throughput, issue 14). The wire server keeps each transaction whole against the other connections.
 */
const WORKER_CONNECTIONS = 4;

/**
 * PGlite in a worker thread, reached through node-postgres over a unix socket in a private temporary folder
 * (pglite-wire-server.ts). A transaction keeps the engine until it ends (the wire server keeps a
 * transaction whole against other connections: pglite-worker-sessions.test.ts). LISTEN belongs to the one
 * session, so a NOTIFY comes back on whichever connection's statement the engine ran at the time, and each
 * connection hands it to the listeners here.
 */
async function openPgliteWorker(dir: string, template?: string): Promise<Database> {
  const dataDir = dir.startsWith("memory://") ? dir : path.resolve(dir);
  if (!dir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "eb-pglite-"));
  // A PostgreSQL client finds a unix socket as <dir>/.s.PGSQL.<port>.
  const port = 5432;
  const worker = new Worker(new URL("./pglite-worker.mjs", import.meta.url), {
    workerData: {
      dir: dataDir,
      socketPath: path.join(socketDir, `.s.PGSQL.${port}`),
      ...(template ? { template } : {}),
    } satisfies PgliteWorkerData,
  });
  const removeSocketDir = () => fs.rmSync(socketDir, { recursive: true, force: true });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once("message", (message: PgliteWorkerMessage) =>
        message.type === "ready"
          ? resolve()
          : reject(new Error(`嵌入式数据库启动失败：${JSON.stringify(message)}`)),
      );
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`嵌入式数据库线程退出（${code}）`)));
    });
  } catch (error) {
    await worker.terminate();
    removeSocketDir();
    throw error;
  }
  worker.on("error", (error) => console.error(`嵌入式数据库线程出错：${error.message}`));

  const pool = new pg.Pool({
    host: socketDir,
    port,
    user: "postgres",
    database: "postgres",
    max: WORKER_CONNECTIONS,
    idleTimeoutMillis: 0,
  });
  pool.on("error", (error) => console.warn(`嵌入式数据库连接断开：${error.message}`));
  const listeners = new Map<string, Set<(payload: string) => void>>();
  pool.on("connect", (client) => {
    client.on("notification", (message) => {
      if (message.payload === undefined) return;
      for (const listener of listeners.get(message.channel) ?? []) listener(message.payload);
    });
  });
  let closed: Promise<void> | undefined;
  let pings = 0;
  const pongs = new Map<number, () => void>();
  // When the engine last finished a statement: during an import it answers statement after statement,
  // which proves it alive as well as a ping would, without waiting for the statement that is running.
  let answeredAt = 0;
  worker.on("message", (message: PgliteWorkerMessage) => {
    if (message.type === "pong") pongs.get(message.id)?.();
    if (message.type === "alive") answeredAt = Date.now();
  });
  return {
    engine: "pglite",
    ping: () =>
      new Promise<void>((resolve) => {
        if (Date.now() - answeredAt < RECENT_ANSWER_MS) return resolve();
        const id = ++pings;
        pongs.set(id, () => {
          pongs.delete(id);
          resolve();
        });
        worker.postMessage({ type: "ping", id });
      }),
    db: drizzlePg({ client: pool }) as unknown as Db,
    close: () =>
      (closed ??= (async () => {
        await pool.end();
        // PGlite closes (and writes its last pages) in the worker before the thread ends.
        const done = new Promise<unknown>((resolve) => {
          worker.on("message", (message: PgliteWorkerMessage) => {
            if (message.type === "closed") resolve(message);
          });
          worker.once("exit", resolve);
        });
        worker.postMessage({ type: "close" });
        await done;
        await worker.terminate();
        removeSocketDir();
      })()),
    listen: async (channel, onPayload) => {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        await pool.query(`listen ${pg.escapeIdentifier(channel)}`);
      }
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
        if (set.size > 0 || listeners.get(channel) !== set) return;
        listeners.delete(channel);
        if (!closed) await pool.query(`unlisten ${pg.escapeIdentifier(channel)}`);
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
    listen: (channel, onPayload, onListening) => listenPostgres(url, channel, onPayload, onListening),
  };
}

const RELISTEN_MS = 1_000;

/** A dedicated connection (LISTEN needs one) that reconnects after a restart or failover of the server. */
async function listenPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onListening: (listening: boolean) => void = () => undefined,
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
      if (client === next) {
        client = undefined;
        onListening(false);
      }
      void next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(reconnect, RELISTEN_MS);
    });
    await next.connect();
    await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    const reconnected = client === undefined && retry !== undefined;
    client = next;
    if (reconnected) onListening(true);
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
