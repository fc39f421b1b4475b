import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INDICATOR_CATALOGUE } from "@edubureau/domain/indicators";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { addClasses, addInstitution } from "../../test/registry-factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  await addClasses(db, t.world.schoolA, "2019-2020", [
    { grade: 1, students: 60 },
    { grade: 1, students: 40 },
  ]);
  await addClasses(db, t.world.schoolB, "2019-2020", [{ grade: 1, students: 70 }]);
  const street = t.world.streetA;
  await addClasses(db, await addInstitution(db, street, { type: "primary" }), "2019-2020", [
    { grade: 2, students: 30 },
  ]);
});
afterAll(async () => t.close());

type Problem = { status: number; title: string; errors?: { field: string; message: string }[] };
type Evaluation = { orgUnit: { id: string }; numerator: number; denominator: number; value: number | null };

describe("catalogue", () => {
  it("lists every shipped indicator with its parameters and recent periods", async () => {
    const leader = await t.login("leader");
    const body = (await leader.get("/api/indicators")).json<{
      items: { code: string; params: { key: string; options: unknown[] }[]; numeratorText: string }[];
      periods: Record<string, { value: string }[]>;
    }>();
    expect(body.items.map((i) => i.code)).toEqual(
      expect.arrayContaining(INDICATOR_CATALOGUE.map((d) => d.code)),
    );
    const designation = body.items.find((i) => i.code === "designation_count");
    expect(designation?.params[0]?.key).toBe("designationType");
    expect(designation?.params[0]?.options.length).toBeGreaterThanOrEqual(10);
    expect(body.items.find((i) => i.code === "large_class_ratio")?.numeratorText).toBe(
      "1–9年级班额≥56人的班级数",
    );
    // The test clock stands at 2019-03-01: the picker starts with the current periods.
    expect(body.periods.school_year?.[0]?.value).toBe("2018-2019");
    expect(body.periods.year?.[0]?.value).toBe("2019");
  });
});

describe("scope", () => {
  it("evaluates a district's own subtree by default and refuses the rest with 404", async () => {
    const district = await t.login("districtA");
    const own = (
      await district.get("/api/indicators/large_class_ratio/evaluate?period=2019-2020")
    ).json<Evaluation>();
    expect(own).toMatchObject({ orgUnit: { id: t.world.districtA.id }, numerator: 1, denominator: 3 });
    for (const id of [t.world.districtB.id, t.world.schoolB.id, t.world.city.id]) {
      for (const route of ["evaluate", "breakdown", "series"]) {
        const response = await district.get(
          `/api/indicators/large_class_ratio/${route}?period=2019-2020&orgUnitId=${id}`,
        );
        expect(response.statusCode).toBe(404);
        expect(response.headers["content-type"]).toContain("application/problem+json");
      }
    }
  });

  it("rolls up only the units inside the actor's scope", async () => {
    const district = await t.login("districtA");
    const all = (await district.get("/api/indicators/large_class_ratio/values?period=2019-2020")).json<{
      items: { orgUnitId: string; numerator: number; denominator: number }[];
    }>();
    const ids = all.items.map((i) => i.orgUnitId);
    expect(ids).toContain(t.world.districtA.id);
    expect(ids).not.toContain(t.world.city.id);
    expect(ids).not.toContain(t.world.schoolB.id);
    expect(all.items.find((i) => i.orgUnitId === t.world.districtA.id)).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
  });

  it("shows a school only itself", async () => {
    const school = await t.login("schoolA");
    const own = (await school.get("/api/indicators/large_class_ratio/breakdown?period=2019-2020")).json<{
      orgUnit: Evaluation["orgUnit"] & { value: number };
      ancestors: unknown[];
      children: unknown[];
    }>();
    expect(own).toMatchObject({
      orgUnit: { id: t.world.schoolA.id, value: 50 },
      ancestors: [],
      children: [],
    });
    const other = await school.get(
      `/api/indicators/large_class_ratio/evaluate?period=2019-2020&orgUnitId=${t.world.districtA.id}`,
    );
    expect(other.statusCode).toBe(404);
  });

  it("gives the public and teachers nothing", async () => {
    for (const username of ["parent", "teacherA"]) {
      const session = await t.login(username);
      expect((await session.get("/api/indicators")).statusCode).toBe(403);
      expect((await session.get("/api/indicators/large_class_ratio/evaluate")).statusCode).toBe(403);
    }
  });
});

describe("requests", () => {
  it("refuses a period of the wrong type, naming the field", async () => {
    const leader = await t.login("leader");
    const response = await leader.get("/api/indicators/large_class_ratio/evaluate?period=2019");
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]).toEqual({
      field: "period",
      message: "期间应为学年，格式如 2019-2020（2000–2100），收到“2019”",
    });
  });

  it("refuses parameters the indicator does not take and values it does not know", async () => {
    const leader = await t.login("leader");
    const foreign = await leader.get(
      "/api/indicators/community_learning_centre_coverage/evaluate?stage=primary",
    );
    expect(foreign.json<Problem>().errors?.[0]?.field).toBe("stage");
    const unknown = await leader.get("/api/indicators/designation_count/evaluate?designationType=best");
    expect(unknown.json<Problem>().errors?.[0]?.field).toBe("designationType");
  });

  it("answers 404 for an unknown indicator and defaults to the current period", async () => {
    const leader = await t.login("leader");
    expect((await leader.get("/api/indicators/no_such_thing/evaluate")).statusCode).toBe(404);
    const current = (await leader.get("/api/indicators/large_class_ratio/evaluate")).json<{
      period: { key: string };
    }>();
    expect(current.period.key).toBe("2018-2019");
  });

  it("leaves out classes of schools whose school year is not approved", async () => {
    const leader = await t.login("leader");
    const url = "/api/indicators/large_class_ratio/evaluate?period=2019-2020";
    const before = (await leader.get(url)).json<Evaluation>();
    const school = await addInstitution(t.database.db, t.world.streetA, { type: "primary" });
    await addClasses(t.database.db, school, "2019-2020", [{ grade: 3, students: 70 }], { approved: false });
    expect((await leader.get(url)).json<Evaluation>()).toMatchObject({
      numerator: before.numerator,
      denominator: before.denominator,
    });
    const bad = await leader.get("/api/indicators/large_class_ratio/evaluate?includeUnapproved=maybe");
    expect(bad.json<Problem>().errors?.[0]?.field).toBe("includeUnapproved");
  });
});
