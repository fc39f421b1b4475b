import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { REPO_ROOT } from "./paths.ts";

// Ports 3300–3399 are reserved for the browser tests; other work on this machine uses other ports.
const PORT_FIRST = 3300;
const PORT_COUNT = 100;
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    // No host: binds the dual-stack wildcard, so it clashes with a listener on any address.
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function freePorts(): Promise<number[]> {
  const offset = Math.floor(Math.random() * PORT_COUNT);
  const free: number[] = [];
  for (let i = 0; i < PORT_COUNT && free.length < 3; i++) {
    const port = PORT_FIRST + ((offset + i) % PORT_COUNT);
    if (await portIsFree(port)) free.push(port);
  }
  if (free.length === 0) throw new Error(`no free port in ${PORT_FIRST}-${PORT_FIRST + PORT_COUNT - 1}`);
  return free;
}

function serverEnv(port: number, options: { dataDir: string; webDistDir: string }): NodeJS.ProcessEnv {
  // DATABASE_URL would switch to PostgreSQL and NODE_ENV=production would force password changes.
  const { DATABASE_URL: _db, NODE_ENV: _env, TRUST_PROXY: _proxy, ...inherited } = process.env;
  return {
    ...inherited,
    NODE_ENV: "test",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: options.dataDir,
    WEB_DIST_DIR: options.webDistDir,
    LOG_LEVEL: "warn",
    // Every browser test signs in from this one address.
    LOGIN_RATE_PER_MINUTE: "10000",
  };
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && !exited(child)) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  return false;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await done;
  clearTimeout(timer);
}

type StartAttempt = RunningServer | { failure: string };

async function tryStart(
  port: number,
  options: { dataDir: string; webDistDir: string },
): Promise<StartAttempt> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(REPO_ROOT, "apps/server/src/main.ts")],
    {
      cwd: REPO_ROOT,
      env: serverEnv(port, options),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(`[server] ${chunk.toString()}`);
  });
  // If the test process dies without its teardown, the server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await waitForHealth(baseUrl, child)) {
    const stop = async () => {
      process.off("exit", killOnExit);
      await stopChild(child);
    };
    return { baseUrl, stop };
  }
  await stopChild(child);
  process.off("exit", killOnExit);
  return { failure: output };
}

/** Starts the real server (main.ts: migrations + demo seed) on a fresh data dir and a free port. */
export async function startServer(options: { dataDir: string; webDistDir: string }): Promise<RunningServer> {
  let lastOutput = "";
  // A port found free can be taken before the server binds it: try the next one then.
  for (const port of await freePorts()) {
    const started = await tryStart(port, options);
    if ("baseUrl" in started) return started;
    lastOutput = started.failure;
    if (!lastOutput.includes("EADDRINUSE")) break;
  }
  throw new Error(`the server did not become healthy; its output:\n${lastOutput}`);
}
