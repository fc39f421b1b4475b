import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EngineName, SummaryRow } from "./context.ts";

/**
 * Every suite runs in a fresh Node process: one suite's heap, JIT state, loaded modules or embedded
 * database never colour the next suite's figures (memory figures above all).
 */

export interface SuiteJob {
  suite: string;
  engines: EngineName[];
  pgAdminUrl: string;
  quick: boolean;
  repoRoot: string;
}

export const JOB_ENV = "EDUBUREAU_BENCH_JOB";

export interface RowMessage {
  kind: "row";
  row: Omit<SummaryRow, "suite">;
}

export function isRowMessage(value: unknown): value is RowMessage {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "row";
}

const WORKER_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "suite-worker.ts");

let current: { child: ChildProcess; exited: Promise<number> } | null = null;

/** Runs one suite in its own process; resolves with its exit code once it has ended. */
export function runSuiteInWorker(job: SuiteJob, onRow: (row: RowMessage["row"]) => void): Promise<number> {
  const child = fork(WORKER_PATH, [], {
    env: { ...process.env, [JOB_ENV]: JSON.stringify(job) },
    // Only the TypeScript loader, not the tsx CLI's signal relay.
    execArgv: ["--import", import.meta.resolve("tsx")],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  child.on("message", (message) => {
    if (isRowMessage(message)) onRow(message.row);
  });
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
  current = { child, exited };
  return exited;
}

/** Passes a signal on to the running suite, which cleans up and exits (it ignores repeats). */
export function interruptWorker(signal: NodeJS.Signals): void {
  if (current && current.child.exitCode === null) current.child.kill(signal);
}
