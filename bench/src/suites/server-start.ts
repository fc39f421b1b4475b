import path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchContext, EngineName } from "../lib/context.ts";
import { ENGINE_LABELS } from "../lib/context.ts";
import { median, ms, table } from "../lib/format.ts";
import { freePort } from "../lib/ports.ts";
import { startServer } from "../lib/server-process.ts";
import { createFreshStore, type FreshStore } from "../lib/stores.ts";

/**
 * Server start time on each engine, the way it is deployed: from spawning the built server (`node apps/server/dist/main.js`, as `npm start` runs it)
 * until GET /api/health answers. A first start runs on an empty database (migrations + demo seed),
 * a second start on the same data. Then the same steps called in-process, one by one.
 */

const SECOND_STARTS = 3;

export async function run(ctx: BenchContext): Promise<void> {
  if (ctx.engines.length === 0) {
    console.log("  无可测引擎，跳过 no engine to measure, skipped");
    return;
  }
  for (const engine of ctx.engines) await childProcessStarts(ctx, engine);
  const modules = await loadServerModules();
  console.log(
    `  进程内分解 in-process breakdown (直接调用 calling openDatabase / migrate / seedDemo / buildApp directly); ` +
      `加载服务端模块 importing server modules: ${ms(modules.importMs)} (本进程首次 first time in this process)`,
  );
  for (const engine of ctx.engines) await inProcessBreakdown(ctx, engine, modules);
}

async function childProcessStarts(ctx: BenchContext, engine: EngineName): Promise<void> {
  const store = await createFreshStore(engine, ctx.pgAdminUrl);
  try {
    const label = ENGINE_LABELS[engine];
    const first = await startServer({ repoRoot: ctx.repoRoot, store, port: await freePort() });
    await first.stop();
    console.log(
      `  ${label} 首次启动 first start (空库：迁移 + 演示数据 empty database: migrations + demo seed): ` +
        `${ms(first.spawnToHealthyMs)} 派生至健康检查应答 spawn → /api/health 200` +
        selfReported(first.spawnToHealthyMs, first.reportedStartupMs),
    );
    ctx.record({
      metric: "首次启动 first start (spawn → health)",
      engine,
      value: ms(first.spawnToHealthyMs),
    });

    const runs = ctx.quick ? 1 : SECOND_STARTS;
    const times: number[] = [];
    const reported: number[] = [];
    for (let i = 0; i < runs; i++) {
      const again = await startServer({ repoRoot: ctx.repoRoot, store, port: await freePort() });
      await again.stop();
      times.push(again.spawnToHealthyMs);
      if (again.reportedStartupMs !== null) reported.push(again.reportedStartupMs);
    }
    console.log(
      `  ${label} 再次启动 second start (同一数据 same data): 中位 median ${ms(median(times))} ` +
        `(min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}, ${runs} runs)` +
        selfReported(median(times), reported.length > 0 ? median(reported) : null),
    );
    ctx.record({ metric: "再次启动 second start (spawn → health)", engine, value: ms(median(times)) });
  } finally {
    await store.dispose();
  }
}

/** main.ts times itself from its first line, i.e. after Node and every import have loaded. */
function selfReported(spawnToHealthy: number, value: number | null): string {
  if (value === null) return "";
  return (
    `; 服务自报 main.ts self-reported ${ms(value)} ` +
    `(其余 rest ≈ ${ms(spawnToHealthy - value)}: Node 启动与模块加载 boot and module loading)`
  );
}

async function loadServerModules() {
  const started = performance.now();
  const [openDb, migrateDb, seed, app, hash, config] = await Promise.all([
    import("@edubureau/server/db/open-database"),
    import("@edubureau/server/db/migrate"),
    import("@edubureau/server/seed/demo-seed"),
    import("@edubureau/server/app"),
    import("@edubureau/server/modules/auth/password-hash"),
    import("@edubureau/server/config"),
  ]);
  return {
    importMs: performance.now() - started,
    openDatabase: openDb.openDatabase,
    migrate: migrateDb.migrate,
    seedDemo: seed.seedDemo,
    buildApp: app.buildApp,
    createPasswordHasher: hash.createPasswordHasher,
    loadConfig: config.loadConfig,
  };
}

type ServerModules = Awaited<ReturnType<typeof loadServerModules>>;

const STEPS = [
  ["open", "打开数据库 open database"],
  ["migrate", "迁移 migrate"],
  ["seed", "演示数据 demo seed"],
  ["build", "构建应用 buildApp"],
  ["ready", "插件就绪 app.ready()"],
  ["health", "首个请求 first GET /api/health (inject)"],
] as const;

type Step = (typeof STEPS)[number][0];

async function inProcessBreakdown(ctx: BenchContext, engine: EngineName, m: ServerModules): Promise<void> {
  const store = await createFreshStore(engine, ctx.pgAdminUrl);
  try {
    const first = await startInProcess(ctx, store, m);
    const second = await startInProcess(ctx, store, m);
    const total = (steps: Record<Step, number>) => STEPS.reduce((sum, [key]) => sum + steps[key], 0);
    const rows = STEPS.map(([key, label]) => [label, ms(first[key]), ms(second[key])]);
    rows.push(["合计 total", ms(total(first)), ms(total(second))]);
    console.log(`  ${ENGINE_LABELS[engine]}:`);
    const text = table(
      ["步骤 step", "首次 first (空库 empty)", "再次 second (同一数据 same data)"],
      rows,
      new Set([1, 2]),
    );
    console.log(text.replace(/^/gm, "    "));
  } finally {
    await store.dispose();
  }
}

async function startInProcess(
  ctx: BenchContext,
  store: FreshStore,
  m: ServerModules,
): Promise<Record<Step, number>> {
  const config = m.loadConfig({
    DATA_DIR: store.dataDir,
    DATABASE_URL: store.databaseUrl,
    LOG_LEVEL: "warn",
  });
  const steps = {} as Record<Step, number>;
  let mark = performance.now();
  const lap = (step: Step) => {
    const now = performance.now();
    steps[step] = now - mark;
    mark = now;
  };
  const database = await m.openDatabase({ databaseUrl: store.databaseUrl, pgliteDir: store.pgliteDir });
  try {
    lap("open");
    await m.migrate(database);
    lap("migrate");
    const passwordHasher = m.createPasswordHasher();
    await m.seedDemo(database, { hasher: passwordHasher, production: false, now: new Date() });
    lap("seed");
    // Same web directory main.ts serves, so plugin registration matches a real start.
    const webDistDir = path.join(ctx.repoRoot, "apps", "web", "dist");
    const app = await m.buildApp({ database, config: { ...config, webDistDir }, passwordHasher });
    try {
      lap("build");
      await app.ready();
      lap("ready");
      const response = await app.inject({ method: "GET", url: "/api/health" });
      if (response.statusCode !== 200)
        throw new Error(`/api/health → ${response.statusCode}: ${response.body}`);
      lap("health");
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
  return steps;
}
