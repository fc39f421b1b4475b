import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { findItem, installCatalogue, residentId, uploadId } from "../services-hall/services-hall.fixture.ts";
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
const countOf = async (session: TestSession, key: string) =>
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
      [
        "applicationsToReview",
        "notices",
        "reportsReturned",
        "reportsToReview",
        "casesToHandle",
        "rectificationsToAnswer",
        "hazardsOpen",
        "hazardsOverdue",
        "incidentsToAcknowledge",
      ].sort(),
    );
    expect(district.items.find((i) => i.key === "notices")?.path).toBe("/work-plan/supervision");
    const parent = (await f.parent.get("/api/work-queue")).json<Items>();
    expect(parent.items).toEqual([]);
    expect((await t.app.inject({ url: "/api/work-queue" })).statusCode).toBe(401);
  });
});

const keysOf = async (username: Parameters<TestApp["login"]>[0]) =>
  (await (await t.login(username)).get("/api/work-queue")).json<Items>().items.map((i) => i.key);

describe("工作台 待办 for the services hall, 整改 and campus safety", () => {
  it("gives each role only the kinds it acts on", async () => {
    expect(await keysOf("leader")).toEqual(["noticesToInstruct"]);
    expect(await keysOf("inspector")).toEqual(["rectificationsToVerify"]);
    expect(await keysOf("teacherA")).toEqual(["casesToCorrect"]);
    expect(await keysOf("division")).toEqual(
      expect.arrayContaining(["notices", "reportsToReview", "casesToHandle"]),
    );
    expect(await keysOf("schoolA")).toEqual(
      expect.arrayContaining(["casesToCorrect", "rectificationsToAnswer", "hazardsOpen", "hazardsOverdue"]),
    );
  });

  it("counts a case for its handling unit, and a 补正 for its applicant", async () => {
    await installCatalogue(t);
    const teacher = await t.login("teacherA");
    const districtB = await t.login("districtB");
    const division = await t.login("division");
    const item = await findItem(t, "JY-QR-010");
    const materials = await Promise.all(
      ["id", "cert", "training"].map(async (code) => ({ code, materialId: await uploadId(teacher) })),
    );
    const created = await teacher.post("/api/services-hall/cases", {
      itemId: item.id,
      districtId: t.world.districtA.id,
      form: { applicantName: "王芳", idNumber: residentId("43010219880512232"), phone: "13900000000" },
      materials,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await countOf(f.districtA, "casesToHandle")).toBe(1);
    expect(await countOf(districtB, "casesToHandle")).toBe(0);
    expect(await countOf(division, "casesToHandle")).toBe(0);
    const caseId = created.json<{ id: string }>().id;
    const sent = await f.districtA.post(`/api/services-hall/cases/${caseId}/actions`, {
      kind: "requestCorrection",
      items: ["请补充继续教育学时证明"],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await countOf(f.districtA, "casesToHandle")).toBe(0);
    expect(await countOf(teacher, "casesToCorrect")).toBe(1);
  });

  it("counts 整改单 for the responsible unit, then for the 督学 once evidence is in", async () => {
    const at = t.clock.now();
    await t.database.db.execute(sql`insert into insp_rectifications
        (source_kind, source_id, unit_id, title, requirement, deadline, state, ordered_at, updated_at)
      values ('finding', gen_random_uuid(), ${t.world.schoolA.id}, '食堂消防通道堵塞', '清理通道', '2030-12-31',
        'ordered', ${at}, ${at})`);
    const school = await t.login("schoolA");
    const inspector = await t.login("inspector");
    expect(await countOf(school, "rectificationsToAnswer")).toBe(1);
    // The district reads the order but is not the unit that answers it.
    expect(await countOf(f.districtA, "rectificationsToAnswer")).toBe(0);
    expect(await countOf(inspector, "rectificationsToVerify")).toBe(0);
    await t.database.db.execute(sql`update insp_rectifications set state = 'evidence_submitted'`);
    expect(await countOf(school, "rectificationsToAnswer")).toBe(0);
    expect(await countOf(inspector, "rectificationsToVerify")).toBe(1);
  });

  it("counts open and overdue hazards and incidents waiting for 签收, in scope", async () => {
    const school = await t.login("schoolA");
    const districtB = await t.login("districtB");
    const hazard = await school.post("/api/campus-safety/hazards", {
      schoolId: t.world.schoolA.id,
      level: "general",
      title: "围墙破损",
    });
    expect(hazard.statusCode, hazard.body).toBe(201);
    expect(await countOf(school, "hazardsOpen")).toBe(1);
    expect(await countOf(f.districtA, "hazardsOpen")).toBe(1);
    expect(await countOf(districtB, "hazardsOpen")).toBe(0);
    const incident = await school.post("/api/campus-safety/incidents", {
      category: "accident",
      severity: "III",
      title: "学生课间摔伤",
      description: "课间操场追逐，一名学生摔伤手臂，已送医。",
      casualties: 1,
      occurredAt: new Date(t.clock.now().getTime() - 10 * 60_000).toISOString(),
    });
    expect(incident.statusCode, incident.body).toBe(201);
    expect(await countOf(f.districtA, "incidentsToAcknowledge")).toBe(1);
    expect(await countOf(districtB, "incidentsToAcknowledge")).toBe(0);
  });
});
