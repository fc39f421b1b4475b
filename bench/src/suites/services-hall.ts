import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "@edubureau/server/db/database";
import type { BenchContext, EngineName } from "../lib/context.ts";
import { runPerEngine, withFreshDatabase } from "../lib/suite.ts";
import { ENGINE_LABELS } from "../lib/context.ts";
import { median, ms } from "../lib/format.ts";
import { benchActor } from "../lib/bench-actor.ts";

/**
 * 一网通办 (issue 15): the work queue of one district holding 50,000 cases (first page of its open cases by
 * deadline, with the total) and the statistics board city-wide (every case of the city: online share, days
 * against limits, 一次办, 好差评, overdue), in-process through the services (median of 5 after a warm-up).
 * Targets from the issue: PostgreSQL ≤ 200 ms, embedded ≤ 1 s.
 */
const RUNS = 5;
const TARGET: Record<EngineName, string> = { postgresql: "≤ 200 ms", pglite: "≤ 1 s" };

export async function run(ctx?: BenchContext): Promise<void> {
  await runPerEngine(ctx, benchEngine);
}

async function benchEngine(ctx: BenchContext, engine: EngineName): Promise<void> {
  await withFreshDatabase(ctx, engine, async (database) => {
    const units = await seed(database, ENGINE_LABELS[engine], ctx.quick);
    await timeQueries(ctx, database, engine, units);
  });
}

interface Units {
  busiest: { id: string; name: string; path: string };
  city: { id: string; path: string };
}

/** The city's org tree, the default catalogue and the cases: 50,000 in the busiest district, 10,000 elsewhere. */
async function seed(database: Database, label: string, quick: boolean): Promise<Units> {
  const [
    { migrate },
    { generateCity },
    { CHANGSHA, CHANGSHA_DIVISIONS },
    tables,
    { bulkInsert },
    hall,
    items,
  ] = await Promise.all([
    import("@edubureau/server/db/migrate"),
    import("../../../tools/synthetic-city/index.ts"),
    import("@edubureau/server/seed/changsha"),
    import("@edubureau/server/seed/synthetic-tables"),
    import("@edubureau/server/platform/bulk-insert"),
    import("@edubureau/server/seed/services-hall-seed"),
    import("@edubureau/server/modules/services-hall/service-items.service"),
  ]);
  const started = performance.now();
  await migrate(database);
  const city = generateCity({ scale: "demo", seed: 2019, city: CHANGSHA, divisions: CHANGSHA_DIVISIONS });
  const now = new Date();
  const perBusiest = quick ? 5_000 : 50_000;
  const perOther = quick ? 1_000 : 10_000;
  let units: Units | null = null;
  await database.db.transaction(async (tx) => {
    await bulkInsert(tx, tables.ORG_UNITS, [city.city, ...city.divisions, ...city.districts], { at: now });
    const [owner] = await queryRows<{ id: string; path: string }>(
      tx,
      sql`select id, path from org_units where code = 'DIV-SP'`,
    );
    const [root] = await queryRows<{ id: string; path: string }>(
      tx,
      sql`select id, path from org_units where kind = 'city'`,
    );
    const districts = await queryRows<{ id: string; name: string; path: string }>(
      tx,
      sql`select id, name, path from org_units where kind = 'district' order by code`,
    );
    const busiest = districts[0];
    if (!owner || !root || !busiest) throw new Error("org tree missing");
    await items.installDefaultCatalogue(tx, { ownerUnitId: owner.id, at: now });
    const catalogue = await hall.catalogueItems(tx);
    const asOf = now.toISOString().slice(0, 10);
    let serial = 0;
    for (const [i, district] of districts.entries()) {
      const count = district === busiest ? perBusiest : perOther;
      const rows = hall.generateCases({
        seed: 2019 + i,
        count,
        firstSerial: serial,
        asOf,
        items: catalogue,
        units: () => district,
        applicantId: null,
      });
      await bulkInsert(tx, hall.SERVICE_CASES, rows, { at: now });
      serial += count;
    }
    units = { busiest, city: root };
  });
  await database.db.execute(sql`analyze`);
  const [row = { cases: 0 }] = await queryRows<{ cases: number }>(
    database.db,
    sql`select count(*)::int as cases from service_cases`,
  );
  console.log(
    `  ${label}: 办件 ${row.cases.toLocaleString("en")} cases (生成并写入 seeded in ${ms(performance.now() - started)})`,
  );
  if (!units) throw new Error("not seeded");
  return units;
}

async function timeQueries(ctx: BenchContext, database: Database, engine: EngineName, units: Units) {
  const [{ createServiceItemsService }, { createServiceCasesService }, { createServiceFeedbackService }] =
    await Promise.all([
      import("@edubureau/server/modules/services-hall/service-items.service"),
      import("@edubureau/server/modules/services-hall/service-cases.service"),
      import("@edubureau/server/modules/services-hall/service-feedback.service"),
    ]);
  const appCtx = { database, clock: { now: () => new Date() } };
  const items = createServiceItemsService(appCtx);
  const cases = createServiceCasesService(appCtx, { items });
  const feedback = createServiceFeedbackService(appCtx, { cases });
  const actor = (role: "district" | "city_leader", unit: { id: string; path: string }) =>
    benchActor(role, unit);
  const measure = async (metric: string, fn: () => Promise<unknown>) => {
    await fn();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await fn();
      times.push(performance.now() - started);
    }
    console.log(
      `    ${metric}: 中位 median ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}); target ${TARGET[engine]}`,
    );
    ctx.record({ metric, engine, value: ms(median(times)), target: TARGET[engine] });
  };
  const district = actor("district", units.busiest);
  await measure(`办件工作台 work queue (${units.busiest.name})`, () =>
    cases.list(district, { mine: false, open: true, page: 1, pageSize: 20 }),
  );
  await measure(`超期办件 overdue queue (${units.busiest.name})`, () =>
    cases.list(district, { mine: false, overdue: true, page: 1, pageSize: 20 }),
  );
  await measure("政务服务统计 statistics board (city)", () =>
    feedback.stats(actor("city_leader", units.city)),
  );
}
