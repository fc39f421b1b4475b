import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ENGINE_LABELS, type EngineName, type SummaryRow } from "./lib/context.ts";
import { ms, table } from "./lib/format.ts";
import { pgAdminUrlFromEnv, pgUnreachableReason, redactUrl } from "./lib/stores.ts";
import { interruptWorker, runSuiteInWorker } from "./lib/worker.ts";
import { SUITES } from "./registry.ts";

/**
 * `npm run bench [-- --only a,b] [--engine pglite|postgresql|both] [--quick]`: runs the suites in order and
 * prints figures. It never judges a figure; a target from an issue may be printed beside it for reference.
 * Each suite runs in a process of its own (lib/worker.ts), so suites cannot colour each other's figures.
 */

const HELP = `用法 usage: npm run bench -- [options]
  --only <suite,...>                 只运行这些套件 run only these suites (${SUITES.map((s) => s.name).join(", ")})
  --engine pglite|postgresql|both    数据库引擎 database engine(s), 默认 default both
  --quick                            缩短测量 shorter runs for a smoke check (rougher figures)
  --list                             列出套件 list suites
PostgreSQL: BENCH_DATABASE_URL (管理连接 admin URL, 默认 default postgres://postgres@127.0.0.1:5432/postgres);
每次测量新建并删除数据库 a fresh eb_bench_<checkout>_* database is created and dropped for every measurement;
只删除本检出创建的数据库 only databases this checkout created are ever dropped.`;

interface Options {
  suites: typeof SUITES;
  engines: EngineName[];
  quick: boolean;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: "string" },
      engine: { type: "string", default: "both" },
      quick: { type: "boolean", default: false },
      list: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return null;
  }
  if (values.list) {
    for (const suite of SUITES) console.log(`${suite.name.padEnd(18)} ${suite.title}`);
    return null;
  }
  let suites = SUITES;
  if (values.only !== undefined) {
    const names = values.only
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name.length > 0);
    const unknown = names.filter((name) => !SUITES.some((suite) => suite.name === name));
    if (unknown.length > 0 || names.length === 0) {
      throw new UsageError(`未知套件 unknown suite: ${unknown.join(", ") || "(none)"}`);
    }
    suites = SUITES.filter((suite) => names.includes(suite.name));
  }
  const engineOption = values.engine;
  const engines: EngineName[] =
    engineOption === "both"
      ? ["pglite", "postgresql"]
      : engineOption === "pglite" || engineOption === "postgresql"
        ? [engineOption]
        : [];
  if (engines.length === 0) throw new UsageError(`--engine 取值无效 invalid value: ${engineOption}`);
  return { suites, engines, quick: values.quick };
}

class UsageError extends Error {}

/**
 * The root script is `npm run bench -w bench`, so from the repository root npm reads `--only …` as its own
 * config and drops it (`--engine x` even becomes a stray `x`). Say so instead of silently running everything.
 */
const NPM_SWALLOWED_HINT =
  "提示 hint: 在仓库根目录运行时，npm 会吞掉选项 at the repo root npm swallows options after `--`; " +
  "请用 use `npm run bench -w bench -- --only …` (或 or `cd bench && npm run bench -- …`), " +
  "或把根 package.json 的脚本改为 or set the root script to `npm run bench -w bench --`.";

function npmSwallowedOptions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.npm_config_quick !== undefined || env.npm_config_list !== undefined;
}

function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? "unknown CPU";
  const memory = `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`;
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
  return (
    `Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${model}, 内存 memory ${memory}, ` +
    `负载 load average ${load} (1/5/15 min; 机器若被共享，数据会偏慢 figures suffer on a shared machine)`
  );
}

async function resolveEngines(requested: EngineName[], pgAdminUrl: string): Promise<EngineName[]> {
  if (!requested.includes("postgresql")) return requested;
  const reason = await pgUnreachableReason(pgAdminUrl);
  if (reason === null) {
    console.log(
      `PostgreSQL: ${redactUrl(pgAdminUrl)} (管理连接 admin URL; 每次测量新建数据库 fresh database per measurement)`,
    );
    return requested;
  }
  console.log(
    `注意 note: PostgreSQL 不可达，跳过 unreachable at ${redactUrl(pgAdminUrl)}, skipped (${reason}). ` +
      `设置 set BENCH_DATABASE_URL to measure it.`,
  );
  return requested.filter((engine) => engine !== "postgresql");
}

function printSummary(rows: SummaryRow[], wallTimes: [string, string][]): void {
  console.log("\n== 汇总 summary ==");
  const hasTargets = rows.some((row) => row.target);
  const header = ["套件 suite", "指标 metric", "引擎 engine", "数值 value"];
  if (hasTargets) header.push("参考目标 target (仅供参考 reference only)");
  const body = rows.map((row) => {
    const cells = [row.suite, row.metric, row.engine ? ENGINE_LABELS[row.engine] : "—", row.value];
    if (hasTargets) cells.push(row.target ?? "");
    return cells;
  });
  if (body.length > 0) console.log(table(header, body, new Set([3])));
  console.log("");
  console.log(table(["套件 suite", "用时 wall time (独立进程 own process)"], wallTimes, new Set([1])));
}

async function main(): Promise<number> {
  let options: Options | null;
  try {
    if (npmSwallowedOptions()) throw new UsageError("npm 未把选项传给基准 npm did not pass the options on");
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    const hint = process.env.npm_lifecycle_event ? `\n${NPM_SWALLOWED_HINT}` : "";
    console.error(`${error.message}${hint}\n\n${HELP}`);
    return 2;
  }
  if (!options) return 0;

  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const pgAdminUrl = pgAdminUrlFromEnv();
  console.log("EduBureau 性能基准 benchmarks — 只打印数据，不判定通过与否 figures only, never pass/fail");
  console.log(machineLine());
  const engines = await resolveEngines(options.engines, pgAdminUrl);
  console.log(`引擎 engines: ${engines.map((engine) => ENGINE_LABELS[engine]).join(", ") || "无 none"}`);
  if (options.quick) console.log("快速模式 quick mode: 测量较短，数据较粗 shorter runs, rougher figures");

  const rows: SummaryRow[] = [];
  const wallTimes: [string, string][] = [];
  let failures = 0;
  for (const suite of options.suites) {
    console.log(`\n== ${suite.title} (${suite.name}) ==`);
    const started = performance.now();
    // Each suite in a fresh process; it cleans up its servers, databases and directories before it ends.
    const code = await runSuiteInWorker(
      { suite: suite.name, engines, pgAdminUrl, quick: options.quick, repoRoot },
      (row) => rows.push({ ...row, suite: suite.name }),
    );
    if (code === 130 && interrupted) {
      rows.push({ suite: suite.name, metric: "中断 interrupted", value: "—" });
    } else if (code !== 0) {
      failures++;
      rows.push({ suite: suite.name, metric: `出错 error, exit ${code} (见上 see above)`, value: "—" });
    }
    wallTimes.push([suite.name, ms(performance.now() - started)]);
    if (interrupted) {
      console.log("\n中断 interrupted: 其余套件未运行 remaining suites skipped");
      break;
    }
  }
  printSummary(rows, wallTimes);
  if (interrupted) return 130;
  return failures > 0 ? 1 : 0;
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // The running suite cleans up and ends; no further suite starts; the summary shows what ran.
    interrupted = true;
    interruptWorker(signal);
  });
}

process.exitCode = await main();
// Everything should be closed by now; if a handle still keeps Node alive, say so rather than hang.
setTimeout(() => {
  console.error("注意 note: 仍有未关闭的句柄，强制退出 handles still open, exiting anyway");
  process.exit();
}, 5_000).unref();
