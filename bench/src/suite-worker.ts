import { runPendingCleanups } from "./lib/cleanup.ts";
import type { BenchContext } from "./lib/context.ts";
import { JOB_ENV, type RowMessage, type SuiteJob } from "./lib/worker.ts";
import { SUITES } from "./registry.ts";

/** Runs one suite for run.ts in a process of its own; summary rows go back over IPC. */

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n中断 interrupted (${signal}): 正在清理 cleaning up servers and databases…`);
    void runPendingCleanups().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const job = JSON.parse(process.env[JOB_ENV] ?? "null") as SuiteJob | null;
  const suite = SUITES.find((entry) => entry.name === job?.suite);
  if (!job || !suite || !process.send) {
    console.error("suite-worker.ts 只由 run.ts 启动 is started by run.ts only");
    return 2;
  }
  const send = process.send.bind(process);
  const ctx: BenchContext = {
    engines: job.engines,
    pgAdminUrl: job.pgAdminUrl,
    quick: job.quick,
    repoRoot: job.repoRoot,
    record: (row) => {
      const message: RowMessage = { kind: "row", row };
      send(message);
    },
  };
  try {
    const module = await suite.load();
    await module.run(ctx);
    return 0;
  } catch (error) {
    console.error(
      `  出错 error in ${suite.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  } finally {
    await runPendingCleanups();
  }
}

const code = await main();
// Exit explicitly: the IPC channel keeps the process alive, and a suite's stray handle must not hang the run.
process.exit(code);
