import { spawn, type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { onCleanup } from "./cleanup.ts";
import type { FreshStore } from "./stores.ts";

/**
 * A server started the way `npm start` starts it: the built server (`node apps/server/dist/main.js`, built
 * first when missing or stale) in its own process.
 */
export interface ServerProcess {
  url: string;
  port: number;
  /** From spawn until GET /api/health first answered 200. */
  spawnToHealthyMs: number;
  /** main.ts's own "启动用时" (from its first line to listening), when it printed it. */
  reportedStartupMs: number | null;
  /** SIGTERM (graceful: closes Fastify and the database), then waits for the process to end. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  repoRoot: string;
  store: FreshStore;
  port: number;
  timeoutMs?: number;
  /** More environment for the server, e.g. EDUBUREAU_PGLITE_MODE. */
  env?: Record<string, string>;
}

const POLL_INTERVAL_MS = 20;
const OUTPUT_TAIL_CHARS = 4_000;

export async function startServer(options: StartServerOptions): Promise<ServerProcess> {
  const { repoRoot, store, port } = options;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const env: NodeJS.ProcessEnv = { ...process.env, ...store.env, ...options.env };
  // The store decides the engine; demo accounts must not have to change their password first.
  if (!store.databaseUrl) delete env.DATABASE_URL;
  delete env.NODE_ENV;
  delete env.WEB_DIST_DIR;
  // The login benchmark signs in from one address far faster than the per-IP limit allows a person.
  Object.assign(env, {
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    LOGIN_RATE_PER_MINUTE: "1000000",
  });

  const bundle = await builtServer();
  const startedAt = performance.now();
  // Own process group, so a stuck server can be killed with anything it started.
  const child = spawn(process.execPath, [bundle], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let output = "";
  let reportedStartupMs: number | null = null;
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL_CHARS);
    const match = /启动用时：(\d+) ms/.exec(output);
    if (match?.[1]) reportedStartupMs = Number.parseInt(match[1], 10);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const stop = onCleanup(() => stopChild(child, exited));
  const url = `http://127.0.0.1:${port}`;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  while (true) {
    if (exitCode !== undefined) {
      await stop();
      throw new Error(`服务进程提前退出 server exited early (code ${String(exitCode)}):\n${output}`);
    }
    if (performance.now() - startedAt > timeoutMs) {
      await stop();
      throw new Error(`服务 ${timeoutMs} ms 内未就绪 server not healthy within ${timeoutMs} ms:\n${output}`);
    }
    if (await healthy(url)) break;
    await sleep(POLL_INTERVAL_MS);
  }
  const spawnToHealthyMs = performance.now() - startedAt;
  // main.ts prints its own figure right after listen(); give it a moment to arrive.
  for (let i = 0; i < 50 && reportedStartupMs === null; i++) await sleep(10);
  return { url, port, spawnToHealthyMs, reportedStartupMs, stop };
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // The server closes Fastify and its database cleanly on SIGTERM.
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 15_000)));
  const graceful = await Promise.race([exited.then(() => true), timedOut]);
  clearTimeout(timer);
  if (graceful || child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
  await exited;
}

let built: Promise<string> | undefined;

/** The built server, built once per bench process when missing or older than its sources. */
function builtServer(): Promise<string> {
  built ??= (async () => {
    const { buildServer, isStale, SERVER_BUNDLE, SERVER_SOURCES } =
      await import("../../../scripts/build-server.ts");
    if (isStale(SERVER_BUNDLE, SERVER_SOURCES)) await buildServer();
    return SERVER_BUNDLE;
  })();
  return built;
}

export function sleep(msDelay: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msDelay));
}
