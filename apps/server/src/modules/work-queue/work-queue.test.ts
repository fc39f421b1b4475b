import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import {
  applicationBody,
  setupRound,
  type Application,
  type EnrolmentFixture,
} from "../enrolment/enrolment-test-fixtures.ts";

let t: TestApp;
let f: EnrolmentFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await setupRound(t);
});
afterAll(() => t.close());

type Items = { items: { key: string; count: number; path: string }[] };
const countOf = async (session: EnrolmentFixture["districtA"], key: string) =>
  (await session.get("/api/work-queue")).json<Items>().items.find((i) => i.key === key)?.count;

describe("工作台 待办", () => {
  it("counts a new application for its district only, and drops it once reviewed", async () => {
    expect(await countOf(f.districtA, "applicationsToReview")).toBe(0);
    const created = await f.parent.post("/api/enrolment/applications", applicationBody(f, t));
    const app = created.json<Application>();
    expect(await countOf(f.districtA, "applicationsToReview")).toBe(1);
    expect(await countOf(f.districtB, "applicationsToReview")).toBe(0);
    await f.districtA.post(`/api/enrolment/review/${app.id}/approve`);
    expect(await countOf(f.districtA, "applicationsToReview")).toBe(0);
  });

  it("lists only the kinds an account can act on, each with its page", async () => {
    const district = (await f.districtA.get("/api/work-queue")).json<Items>();
    expect(district.items.map((i) => i.key).sort()).toEqual(
      ["applicationsToReview", "notices", "reportsReturned", "reportsToReview"].sort(),
    );
    expect(district.items.find((i) => i.key === "notices")?.path).toBe("/work-plan/supervision");
    const parent = (await f.parent.get("/api/work-queue")).json<Items>();
    expect(parent.items).toEqual([]);
    expect((await t.app.inject({ url: "/api/work-queue" })).statusCode).toBe(401);
  });
});
