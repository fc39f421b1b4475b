import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Database } from "../../db/database.ts";
import { openTestDatabase } from "../../test/test-database.ts";
import { buildTestWorld, type TestWorld } from "../../test/test-world.ts";
import { createPasswordHasher, TEST_HASH_PARAMS } from "../auth/password-hash.ts";
import { insertUnit } from "../org-units/org-units.service.ts";
import { healthCountsFromRecords } from "./health-counts.reference.ts";
import { healthCounts, type CountRow, type RatesFilter } from "./health-rates.queries.ts";

/**
 * The health facts (migration 0018) must give exactly what counting the records gives, after any mix of
 * imports, re-screenings (which move `counted`), corrections and deletions. Random records through plain
 * SQL statements of every kind, compared after each round for several scopes and filters.
 */

let database: Database;
let world: TestWorld;
const schools: { id: string; districtId: string; path: string }[] = [];
const at = new Date("2019-09-01T00:00:00Z");

beforeAll(async () => {
  database = await openTestDatabase();
  world = await buildTestWorld(database.db, createPasswordHasher(TEST_HASH_PARAMS), at);
  schools.push(
    { id: world.schoolA.id, districtId: world.districtA.id, path: world.schoolA.path },
    { id: world.schoolB.id, districtId: world.districtB.id, path: world.schoolB.path },
  );
  for (const [i, district] of [world.districtA, world.districtB, world.districtA].entries()) {
    const unit = await insertUnit(
      database.db,
      district,
      { code: `HF-${i}`, name: `随机学校${i}`, kind: "institution" },
      at,
    );
    schools.push({ id: unit.id, districtId: district.id, path: unit.path });
  }
});
afterAll(async () => database.close());

const run = (statement: ReturnType<typeof sql>) => database.db.execute(statement);

/** `n` random students spread over the schools, grades and both sexes. */
async function addStudents(n: number, tag: string): Promise<void> {
  await run(sql`
    insert into students (student_no, name, sex, birth_date, institution_id, district_id, unit_path, grade,
      grade_year, class_name)
    select ${tag} || g, '学生', case when random() < 0.5 then 'male' else 'female' end, date '2010-01-01',
      (${sql.param(schools.map((s) => s.id))}::uuid[])[k], (${sql.param(schools.map((s) => s.districtId))}::uuid[])[k],
      (${sql.param(schools.map((s) => s.path))}::text[])[k], 1 + floor(random() * 12)::int, '2019-2020', '1班'
    from generate_series(1, ${n}) g, lateral (select 1 + floor(random() * ${schools.length})::int + g * 0 as k) pick`);
}

/** A screening on `day` for a random share of the students; earlier screenings of the year stop counting. */
async function screen(day: string, year: string, share: number): Promise<void> {
  await run(sql`
    update vision_screenings v set counted = false
    from students s
    where v.student_id = s.id and v.school_year = ${year} and v.counted and random() < ${share}`);
  await run(sql`
    insert into vision_screenings (student_id, institution_id, district_id, unit_path, school_year, grade, sex,
      screened_on, poor_vision, myopia, counted)
    select id, institution_id, district_id, unit_path, ${year}, grade, sex, ${day}::date,
      case when r < 0.3 then null else r < 0.6 end,
      (array['myopic', 'not_myopic', 'undetermined', 'not_applicable'])[1 + floor(random() * 4)::int],
      true
    from (select s.*, random() as r from students s) s
    where random() < ${share} and not exists (
      select 1 from vision_screenings v where v.student_id = s.id and v.screened_on = ${day}::date)`);
}

async function test(year: string, share: number): Promise<void> {
  await run(sql`
    insert into fitness_results (student_id, institution_id, district_id, unit_path, school_year, grade, sex,
      tested_on, items, weighted, bonus, total, band, complete, weight_status)
    select id, institution_id, district_id, unit_path, ${year}, grade, sex, date '2019-10-01', '{}'::jsonb,
      70, 0, 70, (array['excellent', 'good', 'pass', 'fail'])[1 + floor(random() * 4)::int], true,
      (array[null, 'normal', 'overweight', 'obese'])[1 + floor(random() * 4)::int]
    from students s
    where random() < ${share}
    on conflict (student_id, school_year) do nothing`);
}

const FILTERS: RatesFilter[] = [
  { scopePath: "/", groups: ["grade", "gradeSex", "sex", "district", "school"] },
  { scopePath: "/", schoolYears: ["2019-2020"], grades: [1, 6] },
  { scopePath: "/", groups: ["school"], schoolYears: ["2018-2019", "2019-2020"] },
];

function sorted(rows: CountRow[]): CountRow[] {
  const key = (r: CountRow) => [r.kind, r.schoolYear, r.grade, r.sex, r.unitId].join("|");
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}

async function expectFactsAgree(): Promise<number> {
  const filters = [
    ...FILTERS,
    { scopePath: world.districtA.path, groups: ["grade", "gradeSex", "sex", "school"] } satisfies RatesFilter,
    { scopePath: world.schoolB.path, groups: ["gradeSex"], grades: [7, 9] } satisfies RatesFilter,
  ];
  let groups = 0;
  for (const filter of filters) {
    const expected = sorted(await healthCountsFromRecords(database.db, filter));
    expect(sorted(await healthCounts(database.db, filter)), JSON.stringify(filter)).toEqual(expected);
    groups += expected.length;
  }
  return groups;
}

describe("health facts", () => {
  it("agree with counting the records after imports, re-screenings, corrections and deletions", async () => {
    await addStudents(300, "R1-");
    await screen("2019-03-01", "2018-2019", 0.8);
    await test("2018-2019", 0.7);
    await screen("2019-10-10", "2019-2020", 0.9);
    await screen("2019-11-20", "2019-2020", 0.5);
    await test("2019-2020", 0.9);
    expect(await expectFactsAgree()).toBeGreaterThan(50);

    // Corrections: a screening changes its result, fitness results change band and school.
    await run(sql`update vision_screenings set myopia = 'myopic', poor_vision = true where random() < 0.2`);
    await run(sql`update fitness_results set band = 'fail', weight_status = null where random() < 0.2`);
    await run(sql`
      update fitness_results set institution_id = ${world.schoolA.id}, district_id = ${world.districtA.id},
        unit_path = ${world.schoolA.path}, grade = 12 where random() < 0.1`);
    await expectFactsAgree();

    // The migration's backfill of existing records gives the same facts.
    await run(sql`delete from health_count_facts`);
    await run(
      sql.raw(`do $$ begin
      execute health_facts_vision_sql('select 1 as s, * from vision_screenings');
      execute health_facts_fitness_sql('select 1 as s, * from fitness_results');
    end $$`),
    );
    await expectFactsAgree();

    // Deletions: single rows, whole students (cascading to their records), whole groups.
    await run(sql`delete from vision_screenings where random() < 0.15`);
    await run(sql`delete from students where random() < 0.2`);
    await run(sql`delete from fitness_results where school_year = '2018-2019' and grade = 3`);
    await addStudents(80, "R2-");
    await screen("2019-12-01", "2019-2020", 0.6);
    await test("2019-2020", 1);
    await expectFactsAgree();

    // Everything gone: no facts are left behind.
    await run(sql`delete from students`);
    expect(await healthCounts(database.db, FILTERS[0] ?? { scopePath: "/" })).toEqual([]);
    const [left] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from health_count_facts`,
    );
    expect(left?.n).toBe(0);
  });
});
