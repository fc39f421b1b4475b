import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import type { OrgUnitRow } from "../org-units/org-units.tables.ts";
import { buildIndicatorFixture, type IndicatorFixture } from "./indicators.fixture.ts";

/**
 * A hand-built city: every expected figure below is worked out by hand from these rows.
 * World: 长沙市 → 芙蓉区 (A: 文艺路街道, 示范小学 public primary) and 岳麓区 (B: 实验小学 private primary).
 */
let t: TestApp;
let leader: TestSession;
let u: IndicatorFixture;

beforeAll(async () => {
  t = await createTestApp();
  u = await buildIndicatorFixture(t.database.db, t.world);
  leader = await t.login("leader");
});
afterAll(async () => t.close());

interface Figures {
  numerator: number;
  denominator: number;
  value: number | null;
}
interface Breakdown {
  orgUnit: Figures & { id: string; name: string };
  ancestors: { id: string; name: string }[];
  children: (Figures & { id: string; name: string; kind: string; childCount: number })[];
}

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

async function evaluate(
  session: TestSession,
  code: string,
  params: Record<string, string>,
): Promise<Figures & { indicator: { name: string } }> {
  const response = await session.get(`/api/indicators/${code}/evaluate?${query(params)}`);
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json();
}

/** Numerator, denominator and value at the city, each district and a few smaller units. */
async function figuresAt(code: string, params: Record<string, string>, unit: OrgUnitRow) {
  const result = await evaluate(leader, code, { ...params, orgUnitId: unit.id });
  return [result.numerator, result.denominator, result.value];
}

const pct = (n: number, d: number) => (n / d) * 100;

describe("大班额比例 and 超大班额比例 (grades 1–9, 2019-2020)", () => {
  it("counts classes of 56+ over all classes at every level", async () => {
    const { city, districtA, districtB, schoolA } = t.world;
    const p = { period: "2019-2020" };
    expect(await figuresAt("large_class_ratio", p, city)).toEqual([4, 10, pct(4, 10)]);
    expect(await figuresAt("large_class_ratio", p, districtA)).toEqual([3, 7, pct(3, 7)]);
    expect(await figuresAt("large_class_ratio", p, districtB)).toEqual([1, 3, pct(1, 3)]);
    expect(await figuresAt("large_class_ratio", p, u.streetA)).toEqual([1, 2, 50]);
    expect(await figuresAt("large_class_ratio", p, schoolA)).toEqual([2, 4, 50]);
  });

  it("counts 66+ for 超大班额", async () => {
    const { city, districtA } = t.world;
    const p = { period: "2019-2020" };
    expect(await figuresAt("super_large_class_ratio", p, city)).toEqual([2, 10, 20]);
    expect(await figuresAt("super_large_class_ratio", p, districtA)).toEqual([1, 7, pct(1, 7)]);
  });

  it("narrows to 小学 or 初中", async () => {
    const { city } = t.world;
    expect(await figuresAt("large_class_ratio", { period: "2019-2020", stage: "primary" }, city)).toEqual([
      3,
      7,
      pct(3, 7),
    ]);
    expect(await figuresAt("large_class_ratio", { period: "2019-2020", stage: "junior" }, city)).toEqual([
      1,
      3,
      pct(1, 3),
    ]);
  });

  it("has no value, not 0%, where there are no classes", async () => {
    expect(await figuresAt("large_class_ratio", { period: "2017-2018" }, t.world.city)).toEqual([0, 0, null]);
  });

  it("draws a series over school years", async () => {
    const response = await leader.get(
      `/api/indicators/large_class_ratio/series?${query({ period: "2019-2020", count: "3", orgUnitId: t.world.schoolA.id })}`,
    );
    const body = response.json<{ points: ({ period: string } & Figures)[] }>();
    expect(body.points.map((p) => [p.period, p.numerator, p.denominator])).toEqual([
      ["2017-2018", 0, 0],
      ["2018-2019", 1, 2],
      ["2019-2020", 2, 4],
    ]);
  });
});

describe("普惠性幼儿园覆盖率", () => {
  it("is public and 普惠 kindergarten pupils over all kindergarten pupils", async () => {
    const { city, districtA, districtB } = t.world;
    const p = { period: "2019-2020" };
    expect(await figuresAt("inclusive_kindergarten_coverage", p, city)).toEqual([100, 150, pct(100, 150)]);
    expect(await figuresAt("inclusive_kindergarten_coverage", p, districtA)).toEqual([75, 75, 100]);
    expect(await figuresAt("inclusive_kindergarten_coverage", p, districtB)).toEqual([25, 75, pct(25, 75)]);
  });
});

describe("社区学习中心覆盖率", () => {
  it("is communities with an operating centre over all communities", async () => {
    const { city, districtA, districtB } = t.world;
    const p = { period: "2019" };
    expect(await figuresAt("community_learning_centre_coverage", p, city)).toEqual([2, 5, 40]);
    expect(await figuresAt("community_learning_centre_coverage", p, districtA)).toEqual([1, 2, 50]);
    expect(await figuresAt("community_learning_centre_coverage", p, districtB)).toEqual([1, 3, pct(1, 3)]);
    expect(await figuresAt("community_learning_centre_coverage", p, u.cA1)).toEqual([1, 1, 100]);
    expect(await figuresAt("community_learning_centre_coverage", p, u.cB2)).toEqual([0, 1, 0]);
  });
});

describe("新改扩建学校数", () => {
  it("counts completed projects by finish year, level by level", async () => {
    const { city, districtA, districtB } = t.world;
    const p = { period: "2019" };
    expect(await figuresAt("school_projects_compulsory", p, city)).toEqual([2, 0, 2]);
    expect(await figuresAt("school_projects_compulsory", p, districtA)).toEqual([1, 0, 1]);
    expect(await figuresAt("school_projects_compulsory", p, districtB)).toEqual([1, 0, 1]);
    expect(await figuresAt("school_projects_compulsory", { period: "2018" }, city)).toEqual([1, 0, 1]);
    expect(await figuresAt("school_projects_preschool", p, city)).toEqual([1, 0, 1]);
    expect(await figuresAt("school_projects_senior", p, city)).toEqual([0, 0, 0]);
    expect(await figuresAt("school_projects_special", p, city)).toEqual([0, 0, 0]);
  });

  it("counts by start year, kind and ownership when asked", async () => {
    const { city } = t.world;
    expect(await figuresAt("school_projects_senior", { period: "2019", basis: "started" }, city)).toEqual([
      1, 0, 1,
    ]);
    // Started in 2019: only the rebuild (the others started in 2017/2018).
    expect(await figuresAt("school_projects_compulsory", { period: "2019", basis: "started" }, city)).toEqual(
      [1, 0, 1],
    );
    expect(await figuresAt("school_projects_compulsory", { period: "2019", kinds: "new" }, city)).toEqual([
      1, 0, 1,
    ]);
    expect(
      await figuresAt("school_projects_compulsory", { period: "2019", ownership: "private" }, city),
    ).toEqual([1, 0, 1]);
  });

  it("keeps a project for a school not yet founded on its district", async () => {
    const response = await leader.get(
      `/api/indicators/school_projects_preschool/breakdown?${query({ period: "2019", orgUnitId: t.world.districtB.id })}`,
    );
    const body = response.json<Breakdown>();
    expect(body.orgUnit.value).toBe(1);
    expect(body.children.every((c) => c.value === 0)).toBe(true);
  });
});

describe("称号认定数 by type and year", () => {
  it("counts designations of the award year not revoked by the year's end", async () => {
    const { city, districtA, districtB } = t.world;
    const p = { period: "2019", designationType: "child_friendly_pilot_school" };
    expect(await figuresAt("designation_count", p, city)).toEqual([2, 0, 2]);
    expect(await figuresAt("designation_count", p, districtA)).toEqual([2, 0, 2]);
    expect(await figuresAt("designation_count", p, districtB)).toEqual([0, 0, 0]);
    expect(await figuresAt("designation_count", { ...p, period: "2018" }, city)).toEqual([1, 0, 1]);
    expect(
      await figuresAt(
        "designation_count",
        { period: "2019", designationType: "smart_campus_pilot_school" },
        city,
      ),
    ).toEqual([1, 0, 1]);
  });

  it("names the type in the indicator", async () => {
    const result = await evaluate(leader, "designation_count", {
      period: "2019",
      designationType: "smart_campus_pilot_school",
    });
    expect(result.indicator.name).toBe("称号认定数（市级智慧校园试点学校）");
  });
});

describe("民办义务教育学校占比 and 学生占比", () => {
  it("is operating private compulsory schools over all operating compulsory schools", async () => {
    const { city, districtA, districtB } = t.world;
    const p = { period: "2019" };
    expect(await figuresAt("private_compulsory_school_share", p, city)).toEqual([2, 4, 50]);
    expect(await figuresAt("private_compulsory_school_share", p, districtA)).toEqual([1, 3, pct(1, 3)]);
    expect(await figuresAt("private_compulsory_school_share", p, districtB)).toEqual([1, 1, 100]);
  });

  it("by pupils: private grade 1–9 pupils over all grade 1–9 pupils", async () => {
    // Private: 实验小学 45+45+70 and the 九年一贯制 50; all: + 示范小学 212 + the junior 115.
    expect(
      await figuresAt("private_compulsory_student_share", { period: "2019-2020" }, t.world.city),
    ).toEqual([210, 537, pct(210, 537)]);
  });
});

describe("roll-up", () => {
  const cases: [string, Record<string, string>][] = [
    ["large_class_ratio", { period: "2019-2020" }],
    ["inclusive_kindergarten_coverage", { period: "2019-2020" }],
    ["community_learning_centre_coverage", { period: "2019" }],
    ["school_projects_compulsory", { period: "2019" }],
    ["designation_count", { period: "2019" }],
    ["private_compulsory_school_share", { period: "2019" }],
  ];

  it.each(cases)(
    "%s: the city is the sum of its districts, every unit evaluated at once",
    async (code, p) => {
      const all = (await leader.get(`/api/indicators/${code}/values?${query(p)}`)).json<{
        items: (Figures & { orgUnitId: string })[];
      }>();
      const byId = new Map(all.items.map((item) => [item.orgUnitId, item]));
      const { city, districtA, districtB, division } = t.world;
      const [c, a, b] = [byId.get(city.id), byId.get(districtA.id), byId.get(districtB.id)];
      expect(c?.numerator).toBe((a?.numerator ?? NaN) + (b?.numerator ?? NaN));
      expect(c?.denominator).toBe((a?.denominator ?? NaN) + (b?.denominator ?? NaN));
      // The one-unit evaluation agrees with the all-units query.
      const one = await evaluate(leader, code, { ...p, orgUnitId: city.id });
      expect([one.numerator, one.denominator]).toEqual([c?.numerator, c?.denominator]);
      expect(byId.has(division.id)).toBe(false);
    },
  );

  it("breaks a district down into streets and institutions that add up", async () => {
    const response = await leader.get(
      `/api/indicators/large_class_ratio/breakdown?${query({ period: "2019-2020", orgUnitId: t.world.districtA.id })}`,
    );
    const body = response.json<Breakdown>();
    expect(body.ancestors.map((a) => a.name)).toEqual(["长沙市"]);
    expect(body.orgUnit).toMatchObject({ numerator: 3, denominator: 7 });
    const byName = new Map(body.children.map((c) => [c.name, c]));
    expect(byName.get("文艺路街道")).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      kind: "street",
    });
    expect(byName.get("芙蓉区示范小学")).toMatchObject({ numerator: 2, denominator: 4, childCount: 0 });
    expect(body.children.reduce((sum, c) => sum + c.denominator, 0)).toBe(7);
  });

  it("leaves 处室 out of the city's children", async () => {
    const body = (
      await leader.get(`/api/indicators/large_class_ratio/breakdown?period=2019-2020`)
    ).json<Breakdown>();
    expect(body.orgUnit.id).toBe(t.world.city.id);
    expect(body.children.map((c) => c.name).sort()).toEqual(["岳麓区", "芙蓉区"]);
  });
});
