import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  INSTITUTION_COLUMNS,
  INSTITUTION_SHEET_NAME,
  INSTITUTION_TEMPLATE_VERSION,
  TEMPLATE_INFO_SHEET_NAME,
  TEMPLATE_VERSION_LABEL,
  type InstitutionColumnKey,
  type SheetCell,
} from "@edubureau/domain/registry";
import type { BenchContext, EngineName } from "../lib/context.ts";
import { ENGINE_LABELS } from "../lib/context.ts";
import { ms } from "../lib/format.ts";
import { createFreshStore, pgAdminUrlFromEnv, pgUnreachableReason } from "../lib/stores.ts";
import { benchActor } from "../lib/bench-actor.ts";

/**
 * 机构名录 Excel import of 10,000 rows, in-process through the service (the same job the HTTP route runs),
 * on a fresh database per engine with a minimal city (one district, five streets). Prints the time of
 * each phase (parsing → validating → writing), rows/s, peak RSS, and the longest pause of the event loop
 * (how long other requests would wait). Then the same file again (all unchanged) and an export.
 */

const ROWS = 10_000;
const QUICK_ROWS = 2_000;
const STREETS = ["文艺路街道", "朝阳街街道", "韭菜园街道", "五里牌街道", "火星街道"];
const TYPES = ["幼儿园", "小学", "初中", "九年一贯制", "普通高中"];
const SAMPLE_MS = 20;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

async function generateWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(INSTITUTION_SHEET_NAME);
  sheet.addRow(INSTITUTION_COLUMNS.map((c) => c.header));
  for (let i = 0; i < rows; i++) {
    const type = TYPES[i % TYPES.length] ?? "小学";
    const record: Partial<Record<InstitutionColumnKey, SheetCell>> = {
      code: String(2143100000 + i),
      name: `芙蓉区第${i + 1}学校`,
      type,
      ownership: i % 5 === 0 ? "民办" : "公办",
      inclusive: type === "幼儿园" ? (i % 2 === 0 ? "是" : "否") : null,
      educationGroup: i % 20 < 3 ? `芙蓉教育集团${Math.floor(i / 20)}` : null,
      groupLead: i % 20 === 0 ? "是" : null,
      district: i % 2 === 0 ? "芙蓉区" : "430102",
      street: i % 7 === 0 ? null : STREETS[i % STREETS.length],
      address: `长沙市芙蓉区测试路${i + 1}号`,
      longitude: 112.95 + (i % 100) / 1000,
      latitude: 28.15 + Math.floor(i / 100) / 1000,
      status: i % 50 === 0 ? "筹建" : "在办",
      places: 300 + (i % 1500),
    };
    sheet.addRow(INSTITUTION_COLUMNS.map((c) => record[c.key] ?? null));
  }
  const info = workbook.addWorksheet(TEMPLATE_INFO_SHEET_NAME, { state: "hidden" });
  info.addRow([TEMPLATE_VERSION_LABEL, INSTITUTION_TEMPLATE_VERSION]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The ceiling an import is measured against: exceljs's streaming reader going through every row of the same
 * file and doing nothing with it. Best of three, so a busy moment on a shared machine does not lower it.
 */
async function excelReadRate(file: Buffer): Promise<{ rowsPerSecond: number; bestMs: number }> {
  let bestMs = Infinity;
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    rows = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), {
      sharedStrings: "cache",
      worksheets: "emit",
    });
    for await (const sheet of reader) for await (const _row of sheet) rows++;
    bestMs = Math.min(bestMs, performance.now() - started);
  }
  return { rowsPerSecond: Math.round((rows - 1) / (bestMs / 1000)), bestMs };
}

async function loadServer() {
  const [openDb, migrateDb, orgUnits, institutions, config, clock, users, hash, neighbours] =
    await Promise.all([
      import("@edubureau/server/db/open-database"),
      import("@edubureau/server/db/migrate"),
      import("@edubureau/server/modules/org-units/org-units.service"),
      import("@edubureau/server/modules/institutions/institutions.service"),
      import("@edubureau/server/config"),
      import("@edubureau/server/http/clock"),
      import("@edubureau/server/modules/users/users.tables"),
      import("@edubureau/server/modules/auth/password-hash"),
      import("@edubureau/server/registry-neighbours"),
    ]);
  return { openDb, migrateDb, orgUnits, institutions, config, clock, users, hash, neighbours };
}
type Server = Awaited<ReturnType<typeof loadServer>>;

/** A city with one district and its streets, and a 系统管理员 to import as. */
async function minimalCity(server: Server, db: Parameters<Server["orgUnits"]["insertUnit"]>[0]) {
  const now = new Date();
  return db.transaction(async (tx) => {
    const { insertUnit } = server.orgUnits;
    const city = await insertUnit(tx, null, { code: "430100", name: "长沙市", kind: "city" }, now);
    const district = await insertUnit(tx, city, { code: "430102", name: "芙蓉区", kind: "district" }, now);
    for (const [i, name] of STREETS.entries()) {
      await insertUnit(tx, district, { code: `43010200${i + 1}`, name, kind: "street" }, now);
    }
    const [user] = await tx
      .insert(server.users.users)
      .values({
        username: "bench",
        displayName: "基准测试",
        passwordHash: "-",
        role: "sys_admin",
        orgUnitId: city.id,
      })
      .returning({ id: server.users.users.id });
    return benchActor("sys_admin", city, user?.id ?? "");
  });
}

interface Timeline {
  phases: Map<string, number>;
  maxGapMs: number;
  totalMs: number;
}

/** Starts the job and samples it every SAMPLE_MS: phase durations and the longest stall of the loop. */
async function timedImport(
  service: ReturnType<Server["institutions"]["createInstitutionsService"]>,
  actor: Awaited<ReturnType<typeof minimalCity>>,
  buffer: Buffer,
): Promise<Timeline & { state: string; result: unknown; errors: unknown }> {
  const started = performance.now();
  const job = await service.imports.start(actor, { buffer, fileName: "bench.xlsx" });
  const phases = new Map<string, number>();
  let phase = job.state;
  let phaseStart = started;
  let last = performance.now();
  let maxGapMs = 0;
  while (job.state !== "done" && job.state !== "failed") {
    await sleep(SAMPLE_MS);
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last - SAMPLE_MS);
    last = now;
    if (job.state !== phase) {
      phases.set(phase, now - phaseStart);
      phase = job.state;
      phaseStart = now;
    }
  }
  phases.set(phase, performance.now() - phaseStart);
  phases.delete("done");
  return {
    phases,
    maxGapMs,
    totalMs: performance.now() - started,
    state: job.state,
    result: job.result,
    errors: job.errors?.slice(0, 3),
  };
}

async function benchEngine(
  ctx: BenchContext,
  engine: EngineName,
  server: Server,
  file: Buffer,
  rows: number,
) {
  const label = ENGINE_LABELS[engine];
  // Measured beside each engine's import, so both figures see the same load on a shared machine.
  const ceiling = await excelReadRate(file);
  console.log(
    `  ${label} exceljs 流式读取同一文件 streaming read of the same file: ${ms(ceiling.bestMs)} ` +
      `(${ceiling.rowsPerSecond} 行/s rows/s)`,
  );
  const store = await createFreshStore(engine, ctx.pgAdminUrl);
  const database = await server.openDb.openDatabase({
    databaseUrl: store.databaseUrl,
    pgliteDir: store.pgliteDir,
  });
  try {
    await server.migrateDb.migrate(database);
    const actor = await minimalCity(server, database.db);
    const appContext = {
      database,
      config: server.config.loadConfig({}),
      clock: server.clock.systemClock,
      passwordHasher: server.hash.createPasswordHasher(),
    };
    const service = server.institutions.createInstitutionsService(appContext, {
      orgUnits: server.orgUnits.createOrgUnitsService(appContext),
      neighbours: server.neighbours.registryNeighbours,
    });
    const rssBefore = process.memoryUsage().rss;
    const first = await timedImport(service, actor, file);
    if (first.state !== "done") throw new Error(`导入失败 import failed: ${JSON.stringify(first.errors)}`);
    const phases = [...first.phases].map(([name, t]) => `${name} ${ms(t)}`).join(", ");
    const perSecond = Math.round(rows / (first.totalMs / 1000));
    const ratio = perSecond / ceiling.rowsPerSecond;
    console.log(
      `  ${label} 首次导入 first import ${rows} 行 rows (全部新建 all new): ${ms(first.totalMs)} (${perSecond} 行/s rows/s); ` +
        `${phases}; 事件循环最长停顿 longest event-loop stall ${ms(first.maxGapMs)}; ` +
        `RSS 导入前 before ${mb(rssBefore)}, 进程峰值 process peak ${mb(peakRss())}`,
    );
    console.log(
      `  ${label} 导入速度 / exceljs 读取速度 import rate / exceljs read rate: ${ratio.toFixed(2)}× ` +
        `(目标 target ≥ ${engine === "postgresql" ? "0.50" : "0.30"}×)`,
    );
    ctx.record({ metric: `首次导入 first import ${rows} rows`, engine, value: ms(first.totalMs) });
    ctx.record({
      metric: "导入/exceljs 读取 import ÷ exceljs read rate",
      engine,
      value: `${ratio.toFixed(2)}×`,
      target: engine === "postgresql" ? "≥ 0.50×" : "≥ 0.30×",
    });
    ctx.record({ metric: "导入时最长停顿 longest stall", engine, value: ms(first.maxGapMs) });
    ctx.record({ metric: "峰值内存 peak RSS (process)", engine, value: mb(peakRss()) });

    const again = await timedImport(service, actor, file);
    console.log(
      `  ${label} 再次导入 same file again (全部未变 all unchanged): ${ms(again.totalMs)}; ` +
        `${JSON.stringify(again.result)}`,
    );
    ctx.record({ metric: `再次导入 re-import ${rows} rows`, engine, value: ms(again.totalMs) });

    const exportStarted = performance.now();
    const exported = await service.exportFile(actor, {});
    console.log(
      `  ${label} 导出 export ${rows} 行 rows: ${ms(performance.now() - exportStarted)}, ${mb(exported.length)}`,
    );
  } finally {
    await database.close();
    await store.dispose();
  }
}

async function standaloneContext(): Promise<BenchContext> {
  const pgAdminUrl = pgAdminUrlFromEnv();
  const engines: EngineName[] = ["pglite"];
  if ((await pgUnreachableReason(pgAdminUrl)) === null) engines.push("postgresql");
  return {
    engines,
    pgAdminUrl,
    quick: false,
    repoRoot: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.."),
    record: () => undefined,
  };
}

export async function run(given?: BenchContext): Promise<void> {
  const ctx = given ?? (await standaloneContext());
  if (ctx.engines.length === 0) {
    console.log("  无可测引擎，跳过 no engine to measure, skipped");
    return;
  }
  const rows = ctx.quick ? QUICK_ROWS : ROWS;
  const generated = performance.now();
  const file = await generateWorkbook(rows);
  console.log(
    `  生成 generated ${rows} 行 rows xlsx: ${mb(file.length)} in ${ms(performance.now() - generated)}`,
  );
  const server = await loadServer();
  // PostgreSQL first: the process peak RSS then shows the import's own memory before the embedded
  // engine (which keeps its whole database in this process) adds its share.
  const engines = [...ctx.engines].sort((a, b) => (a === "postgresql" ? -1 : b === "postgresql" ? 1 : 0));
  for (const engine of engines) await benchEngine(ctx, engine, server, file, rows);
}
