import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISTRICT_PROFILES, generateCity } from "../../../../tools/synthetic-city/index.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { queryRows, type Database } from "../db/database.ts";
import { createPasswordHasher, TEST_HASH_PARAMS } from "../modules/auth/password-hash.ts";
import { openTestDatabase } from "../test/test-database.ts";
import { CHANGSHA, CHANGSHA_DISTRICTS, CHANGSHA_DIVISIONS } from "./changsha.ts";
import { DEMO_ACCOUNTS } from "./demo-accounts.ts";
import { DEMO_INSPECTORS } from "./inspectorate-seed.ts";
import { DEMO_PASSWORD, seedDemo } from "./demo-seed.ts";

const hasher = createPasswordHasher(TEST_HASH_PARAMS);
const now = new Date("2019-12-01T08:00:00Z");
let database: Database;
let seeded: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  database = await openTestDatabase();
  seeded = await seedDemo(database, { hasher, production: false, now });
});
afterAll(async () => database.close());

const count = async (table: string) =>
  (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]?.n;

describe("seedDemo (the demo scale of the synthetic city)", () => {
  it("writes exactly the generated demo city", async () => {
    const city = generateCity({ scale: "demo", city: CHANGSHA, divisions: CHANGSHA_DIVISIONS });
    expect(seeded.seeded).toBe(true);
    expect(await count("org_units")).toBe(
      1 +
        city.divisions.length +
        9 +
        city.streets.length +
        city.communities.length +
        city.institutions.length,
    );
    expect(await count("institutions")).toBe(city.institutions.length);
    expect(await count("school_classes")).toBe(city.classes.length);
    expect(await count("designations")).toBe(city.designations.length);
    expect(await count("construction_projects")).toBe(city.projects.length);
    expect(await count("data_approvals")).toBe(city.approvals.length);
    // The 审批服务事项 figures of 行政审批服务处, when migration 0005's data elements exist.
    expect(await count("data_values")).toBeLessThanOrEqual(city.reportedValues.length);
    expect(await count("users")).toBe(DEMO_ACCOUNTS.length + DEMO_INSPECTORS.length);
    const ids = await queryRows<{ id: string }>(
      database.db,
      sql`select id from org_units where parent_id is null`,
    );
    expect(ids.map((r) => r.id)).toEqual([city.city.id]);
  });

  it("stores correct materialised paths: every path is its parent's path plus its own id", async () => {
    const broken = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from org_units c left join org_units p on p.id = c.parent_id
          where (p.id is null and c.path <> '/' || c.id || '/')
             or (p.id is not null and (c.path <> p.path || c.id || '/' or c.depth <> p.depth + 1))`,
    );
    expect(broken[0]?.n).toBe(0);
    const placement = await queryRows<{ kind: string; n: number }>(
      database.db,
      sql`select p.kind, count(*)::int as n from institutions i
          join org_units o on o.id = i.org_unit_id join org_units p on p.id = o.parent_id
          where p.id = i.street_id and o.path like (select path from org_units where id = i.district_id) || '%'
          group by p.kind`,
    );
    expect(placement).toEqual([{ kind: "street", n: await count("institutions") }]);
  });

  it("uses Changsha's nine districts with their GB/T 2260 codes", () => {
    expect(DISTRICT_PROFILES.map((d) => ({ code: d.code, name: d.name }))).toEqual(
      CHANGSHA_DISTRICTS.map((d) => ({ code: d.code, name: d.name })),
    );
  });

  it("leaves a database with data alone on the next start", async () => {
    const again = await seedDemo(database, { hasher, production: false, now });
    expect(again.seeded).toBe(false);
    expect(again.accounts).toEqual(seeded.accounts);
    expect(await count("audit_log")).toBe(1);
  });

  it("records the load in the audit log", async () => {
    const rows = await queryRows<{
      action: string;
      actor_name: string;
      after: { scale: string; seed: number };
    }>(database.db, sql`select action, actor_name, after from audit_log`);
    expect(rows).toEqual([
      expect.objectContaining({
        action: "seed_demo",
        actor_name: "系统初始化",
        after: expect.objectContaining({ scale: "demo", seed: 2019 }) as unknown,
      }),
    ]);
  });

  it("lets every demo account sign in; school and teacher sit on a generated school in 芙蓉区", async () => {
    const app = await buildApp({
      database,
      config: { ...loadConfig({}), webDistDir: undefined },
      passwordHasher: hasher,
    });
    try {
      expect(seeded.accounts.map((a) => a.username)).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
      for (const account of DEMO_ACCOUNTS) {
        const response = await app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: account.username, password: DEMO_PASSWORD },
        });
        expect(response.statusCode, account.username).toBe(200);
        const { user } = response.json<{ user: { role: string; orgUnit: { id: string; kind: string } } }>();
        expect(user.role).toBe(account.role);
        if (account.unit === "account-school") {
          expect(user.orgUnit.kind).toBe("institution");
          const rows = await queryRows<{ district: string; type: string }>(
            database.db,
            sql`select d.name as district, i.type from institutions i join org_units d on d.id = i.district_id
                where i.org_unit_id = ${user.orgUnit.id}`,
          );
          expect(rows).toEqual([{ district: "芙蓉区", type: "primary" }]);
        }
      }
    } finally {
      await app.close();
    }
  });

  it("leaves two recognisable rural-experience applications pending in 芙蓉区", async () => {
    const rows = await queryRows<{ district: string; status: string; months: number }>(
      database.db,
      sql`select d.name as district, r.status, r.total_months as months from rural_experience_recognitions r
            join teachers t on t.id = r.teacher_id join org_units d on d.id = t.district_id`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ district: "芙蓉区", status: "pending" });
    expect(rows.every((row) => row.months >= 12)).toBe(true);
  });
});
