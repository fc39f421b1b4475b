import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Database } from "../db/database.ts";
import { createPasswordHasher, TEST_HASH_PARAMS } from "../modules/auth/password-hash.ts";
import { openTestDatabase } from "../test/test-database.ts";
import { seedDemo } from "./demo-seed.ts";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database, {
    hasher: createPasswordHasher(TEST_HASH_PARAMS),
    production: false,
    now: new Date("2019-12-01T08:00:00Z"),
  });
}, 120_000);
afterAll(async () => database.close());

describe("student health demo seed", () => {
  it("gives the demo school account's school and a few others a few thousand students, two school years each", async () => {
    const [row] = await queryRows<{
      students: number;
      schools: number;
      account: number;
      current: number;
      fitness: number;
      years: string;
    }>(
      database.db,
      sql`select (select count(*) from students)::int as students,
        (select count(distinct institution_id) from students)::int as schools,
        (select count(*) from students s join users u on u.org_unit_id = s.institution_id where u.username = 'school')::int as account,
        (select count(*) from vision_screenings where school_year = '2019-2020')::int as current,
        (select count(*) from fitness_results where school_year = '2019-2020')::int as fitness,
        (select string_agg(distinct school_year, ',' order by school_year) from vision_screenings) as years`,
    );
    expect(row?.students).toBeGreaterThan(2_000);
    expect(row?.students).toBeLessThan(8_000);
    expect(row?.schools).toBe(3);
    expect(row?.account).toBeGreaterThan(0);
    // Every student has this year's screening and fitness test.
    expect(row?.current).toBe(row?.students);
    expect(row?.fitness).toBe(row?.students);
    expect(row?.years).toBe("2018-2019,2019-2020");
  });

  it("gives realistic rates: myopia rises with grade, 优良率 and 肥胖率 within plausible bounds", async () => {
    const rows = await queryRows<{ grade: number; rate: number }>(
      database.db,
      sql`select grade, avg(case when myopia = 'myopic' then 1.0 else 0 end)::float8 as rate
          from vision_screenings where school_year = '2019-2020' group by grade order by grade`,
    );
    expect(rows[0]?.rate).toBeLessThan(0.3);
    expect(rows.at(-1)?.rate).toBeGreaterThan(0.4);
    const [f] = await queryRows<{ good: number; obese: number }>(
      database.db,
      sql`select avg(case when band in ('good','excellent') then 1.0 else 0 end)::float8 as good,
          avg(case when weight_status = 'obese' then 1.0 else 0 end)::float8 as obese from fitness_results`,
    );
    expect(f?.good).toBeGreaterThan(0.2);
    expect(f?.good).toBeLessThan(0.6);
    expect(f?.obese).toBeLessThan(0.2);
  });
});
