import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "@edubureau/server/db/database";
import type { BenchContext, EngineName } from "../lib/context.ts";
import { ENGINE_LABELS } from "../lib/context.ts";
import { median, ms } from "../lib/format.ts";
import { seededCity } from "../lib/city.ts";
import { runPerEngine, withFreshDatabase, withStore } from "../lib/suite.ts";
import type { ScaleName } from "../../../tools/synthetic-city/model.ts";
import { benchActor } from "../lib/bench-actor.ts";

/**
 * 校园安全指挥看板: the leaders' command board (open incidents by severity and age, hazards, 三防 compliance of
 * every school, today's drills and inspections, a row per district, the timeline) on the synthetic city at
 * full scale, for a city-wide account, in-process through the service (median of 5 after a warm-up).
 * Issue 17's targets: PostgreSQL ≤ 200 ms, embedded ≤ 1 s.
 */
const RUNS = 5;
const TARGET: Record<EngineName, string> = { postgresql: "≤ 200 ms", pglite: "≤ 1 s" };

export async function run(ctx?: BenchContext): Promise<void> {
  await runPerEngine(ctx, benchEngine);
}

/**
 * The full run measures a copy of the shared city-scale template (`npm run seed -- --scale city`: every
 * feature's data, campus safety's among it; built once for all suites, see city-template.ts). `--quick` checks
 * the suite on a fresh database with the registry and the campus-safety data at demo scale, in seconds.
 */
async function benchEngine(ctx: BenchContext, engine: EngineName): Promise<void> {
  const label = ENGINE_LABELS[engine];
  if (ctx.quick)
    return withFreshDatabase(ctx, engine, async (database) => {
      await seedSafety(database, label, "demo");
      await timeBoard(ctx, database, engine, "demo");
    });
  return withStore(await seededCity(ctx, engine), async (database) => {
    await describeSafety(database, label, "全市合成数据 city-scale template");
    await timeBoard(ctx, database, engine, "city");
  });
}

/**
 * The registry (org units, institutions) and the campus-safety seeder at one scale, as `npm run seed` writes
 * them; the other features' data plays no part in the board, so it is left out.
 */
async function seedSafety(database: Database, label: string, scale: ScaleName): Promise<void> {
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
  const city = generateCity({ scale, seed: 2019, city: CHANGSHA, divisions: CHANGSHA_DIVISIONS });
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
      scale,
      seed: 2019,
      now,
      write: async (_step, _label, spec, rows) => {
        await bulkInsert(tx, spec, rows, { at: now });
      },
    });
  });
  await database.db.execute(sql`analyze`);
  await describeSafety(database, label, `${scale} 生成并写入 seeded in ${ms(performance.now() - started)}`);
}

async function describeSafety(database: Database, label: string, what: string): Promise<void> {
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
    `  ${label}: 校园安全数据 safety data ${row.schools.toLocaleString("en")} registers, ${row.incidents.toLocaleString("en")} incidents, ` +
      `${row.hazards.toLocaleString("en")} hazards (${what})`,
  );
}

async function timeBoard(
  ctx: BenchContext,
  database: Database,
  engine: EngineName,
  scale: ScaleName,
): Promise<void> {
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
  const actor = benchActor("city_leader", city);
  let schools = 0;
  await board.board(actor);
  const times: number[] = [];
  for (let i = 0; i < (ctx.quick ? 3 : RUNS); i++) {
    const started = performance.now();
    const result = await board.board(actor);
    times.push(performance.now() - started);
    schools = result.compliance.schools;
  }
  console.log(
    `    全市指挥看板 city command board, ${scale} scale (${schools.toLocaleString("en")} schools): 中位 median ${ms(median(times))} ` +
      `(min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}); target ${TARGET[engine]}`,
  );
  ctx.record({
    metric: `校园安全指挥看板 city command board (${scale})`,
    engine,
    value: ms(median(times)),
    target: TARGET[engine],
  });
}
