import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "@edubureau/server/db/database";
import type { BenchContext, EngineName } from "../lib/context.ts";
import { runPerEngine, withFreshDatabase } from "../lib/suite.ts";
import { ENGINE_LABELS } from "../lib/context.ts";
import { median, ms } from "../lib/format.ts";
import { benchActor } from "../lib/bench-actor.ts";

/**
 * 教师资格定期注册: the district list (every teacher due this year with the outcome the rules give and why)
 * on the synthetic city at full scale (`npm run seed -- --scale city`: ≈95,000 teachers, ≈2.1 million
 * credit records), for the largest district, in-process through the service (median of 5 after a warm-up).
 */
const RUNS = 5;
const TARGET: Record<EngineName, string> = { postgresql: "≤ 500 ms", pglite: "—" };

export async function run(ctx?: BenchContext): Promise<void> {
  await runPerEngine(ctx, benchEngine);
}

async function benchEngine(ctx: BenchContext, engine: EngineName): Promise<void> {
  await withFreshDatabase(ctx, engine, async (database) => {
    await seedCity(database, ENGINE_LABELS[engine]);
    await timeDueList(ctx, database, engine);
  });
}

/**
 * The city's registry (org units, institutions) and the teacher seeder at full scale, as `npm run seed --
 * --scale city` writes them; the other features' data (students, health …) plays no part in this list,
 * so it is left out to keep the suite's set-up short.
 */
async function seedCity(database: Database, label: string): Promise<void> {
  const [
    { migrate },
    { generateCity },
    { CHANGSHA, CHANGSHA_DIVISIONS },
    tables,
    { bulkInsert },
    { seedTeachers },
  ] = await Promise.all([
    import("@edubureau/server/db/migrate"),
    import("../../../tools/synthetic-city/index.ts"),
    import("@edubureau/server/seed/changsha"),
    import("@edubureau/server/seed/synthetic-tables"),
    import("@edubureau/server/platform/bulk-insert"),
    import("@edubureau/server/seed/teachers-seed"),
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
    await seedTeachers({
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
  const [row = { teachers: 0, credits: 0 }] = await queryRows<{ teachers: number; credits: number }>(
    database.db,
    sql`select (select count(*) from teachers)::int as teachers, (select count(*) from training_credits)::int as credits`,
  );
  console.log(
    `  ${label}: 全市教师数据 city teacher data ${row.teachers.toLocaleString("en")} teachers, ${row.credits.toLocaleString("en")} credit records ` +
      `(生成并写入 seeded in ${ms(performance.now() - started)})`,
  );
}

async function timeDueList(ctx: BenchContext, database: Database, engine: EngineName): Promise<void> {
  const [
    { createRegistrationService },
    { createTeachersService },
    { createTeacherCorrectionsService },
    { loadConfig },
    { createPasswordHasher },
  ] = await Promise.all([
    import("@edubureau/server/modules/teacher-registration/registration.service"),
    import("@edubureau/server/modules/teachers/teachers.service"),
    import("@edubureau/server/modules/teachers/teacher-corrections.service"),
    import("@edubureau/server/config"),
    import("@edubureau/server/modules/auth/password-hash"),
  ]);
  const appCtx = {
    database,
    clock: { now: () => new Date() },
    config: loadConfig({}),
    passwordHasher: createPasswordHasher(),
  };
  const teachers = createTeachersService(appCtx);
  const registration = createRegistrationService(appCtx, {
    teachers,
    self: createTeacherCorrectionsService(appCtx),
  });
  // The district with the most teachers.
  const [district] = await queryRows<{ id: string; name: string; path: string }>(
    database.db,
    sql`select d.id, d.name, d.path from org_units d join teachers t on t.district_id = d.id
        group by d.id, d.name, d.path order by count(*) desc limit 1`,
  );
  if (!district) throw new Error("no teachers seeded");
  const actor = benchActor("district", district);
  let listed = 0;
  // The first page as the list opens; every due teacher is evaluated for the summary and the total.
  const firstPage = { sort: "institution" as const, page: 1, pageSize: 20 };
  await registration.dueList(actor, firstPage);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = await registration.dueList(actor, firstPage);
    times.push(performance.now() - started);
    listed = result.due;
  }
  console.log(
    `    ${district.name} 定期注册名单 due list (${listed.toLocaleString("en")} teachers): 中位 median ${ms(median(times))} ` +
      `(min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}); target ${TARGET[engine]}`,
  );
  ctx.record({
    metric: "定期注册名单 district re-registration list",
    engine,
    value: ms(median(times)),
    target: TARGET[engine],
  });
}
