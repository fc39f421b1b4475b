import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "@edubureau/server/db/database";
import type { BenchContext, EngineName } from "../lib/context.ts";
import { ENGINE_LABELS } from "../lib/context.ts";
import { median, ms } from "../lib/format.ts";
import { createFreshStore, pgAdminUrlFromEnv, pgUnreachableReason, type FreshStore } from "../lib/stores.ts";

/**
 * 校园安全指挥看板: the leaders' command board (open incidents by severity and age, hazards, 三防 compliance of
 * every school, today's drills and inspections, a row per district, the timeline) on the synthetic city at
 * full scale, for a city-wide account, in-process through the service (median of 5 after a warm-up).
 * Issue 17's targets: PostgreSQL ≤ 200 ms, embedded ≤ 1 s.
 */
const RUNS = 5;
const TARGET: Record<EngineName, string> = { postgresql: "≤ 200 ms", pglite: "≤ 1 s" };

export async function run(ctx?: BenchContext): Promise<void> {
  const context = ctx ?? (await defaultContext());
  if (context.engines.length === 0) {
    console.log("  无可测引擎，跳过 no engine to measure, skipped");
    return;
  }
  for (const engine of context.engines) await benchEngine(context, engine);
}

async function defaultContext(): Promise<BenchContext> {
  const pgAdminUrl = pgAdminUrlFromEnv();
  const pgReachable = (await pgUnreachableReason(pgAdminUrl)) === null;
  return {
    engines: pgReachable ? ["pglite", "postgresql"] : ["pglite"],
    pgAdminUrl,
    quick: false,
    repoRoot: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.."),
    record: (row) => console.log(`  ${row.metric} ${row.engine ?? ""}: ${row.value}`),
  };
}

async function openStore(store: FreshStore): Promise<Database> {
  const { openDatabase } = await import("@edubureau/server/db/open-database");
  return openDatabase({ databaseUrl: store.databaseUrl, pgliteDir: store.pgliteDir });
}

async function benchEngine(ctx: BenchContext, engine: EngineName): Promise<void> {
  const label = ENGINE_LABELS[engine];
  const store = await createFreshStore(engine, ctx.pgAdminUrl);
  try {
    const database = await openStore(store);
    try {
      await seedCity(database, label);
      await timeBoard(ctx, database, engine);
    } finally {
      await database.close();
    }
  } finally {
    await store.dispose();
  }
}

/**
 * The city's registry (org units, institutions) and the campus-safety seeder at full scale, as `npm run seed
 * -- --scale city` writes them; the other features' data plays no part in the board, so it is left out.
 */
async function seedCity(database: Database, label: string): Promise<void> {
  const [
    { migrate },
    { generateCity },
    { CHANGSHA, CHANGSHA_DIVISIONS },
    tables,
    { bulkInsert },
    { seedCampusSafety },
  ] = await Promise.all([
    import("@edubureau/server/db/migrate"),
    import("../../../tools/synthetic-city/index.ts"),
    import("@edubureau/server/seed/changsha"),
    import("@edubureau/server/seed/synthetic-tables"),
    import("@edubureau/server/platform/bulk-insert"),
    import("@edubureau/server/seed/campus-safety-seed"),
  ]);
  const started = performance.now();
  await migrate(database);
  const city = generateCity({ scale: "city", seed: 2019, city: CHANGSHA, divisions: CHANGSHA_DIVISIONS });
  const now = new Date();
  await database.db.transaction(async (tx) => {
    const units = [
      city.city,
      ...city.divisions,
      ...city.districts,
      ...city.streets,
      ...city.communities,
      ...city.institutions,
    ];
    await bulkInsert(tx, tables.ORG_UNITS, units, { at: now });
    await bulkInsert(tx, tables.INSTITUTIONS, city.institutions, { at: now });
    await seedCampusSafety({
      tx,
      city,
      scale: "city",
      seed: 2019,
      now,
      write: async (_step, _label, spec, rows) => {
        await bulkInsert(tx, spec, rows, { at: now });
      },
    });
  });
  await database.db.execute(sql`analyze`);
  const [row = { schools: 0, incidents: 0, hazards: 0 }] = await queryRows<{
    schools: number;
    incidents: number;
    hazards: number;
  }>(
    database.db,
    sql`select (select count(*) from safety_facility_registers)::int as schools,
               (select count(*) from safety_incidents)::int as incidents, (select count(*) from safety_hazards)::int as hazards`,
  );
  console.log(
    `  ${label}: 全市校园安全数据 city safety data ${row.schools.toLocaleString("en")} registers, ${row.incidents.toLocaleString("en")} incidents, ` +
      `${row.hazards.toLocaleString("en")} hazards (生成并写入 seeded in ${ms(performance.now() - started)})`,
  );
}

async function timeBoard(ctx: BenchContext, database: Database, engine: EngineName): Promise<void> {
  const [
    { createCommandBoardService },
    { createCrisisService },
    { createOpinionService },
    { loadConfig },
    { createPasswordHasher },
  ] = await Promise.all([
    import("@edubureau/server/modules/campus-safety/command-board.service"),
    import("@edubureau/server/modules/campus-safety/crisis.service"),
    import("@edubureau/server/modules/campus-safety/opinion.service"),
    import("@edubureau/server/config"),
    import("@edubureau/server/modules/auth/password-hash"),
  ]);
  const appCtx = {
    database,
    clock: { now: () => new Date() },
    config: loadConfig({}),
    passwordHasher: createPasswordHasher(),
  };
  const board = createCommandBoardService(appCtx, {
    crisis: createCrisisService(appCtx),
    opinion: createOpinionService(appCtx),
  });
  const [city] = await queryRows<{ id: string; path: string }>(
    database.db,
    sql`select id, path from org_units where kind = 'city' limit 1`,
  );
  if (!city) throw new Error("no city seeded");
  const actor = {
    userId: "00000000-0000-4000-8000-000000000000",
    username: "bench",
    displayName: "bench",
    role: "city_leader" as const,
    orgUnitId: city.id,
    orgUnitPath: city.path,
    scopePath: city.path,
    sessionId: "bench",
    csrfToken: "bench",
    mustChangePassword: false,
    ip: "127.0.0.1",
  };
  let schools = 0;
  await board.board(actor);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = await board.board(actor);
    times.push(performance.now() - started);
    schools = result.compliance.schools;
  }
  console.log(
    `    全市指挥看板 city command board (${schools.toLocaleString("en")} schools): 中位 median ${ms(median(times))} ` +
      `(min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}); target ${TARGET[engine]}`,
  );
  ctx.record({
    metric: "校园安全指挥看板 city command board",
    engine,
    value: ms(median(times)),
    target: TARGET[engine],
  });
}
