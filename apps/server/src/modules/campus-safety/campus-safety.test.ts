/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call --
   response bodies are read as plain JSON here; their shapes are fixed by the routes' zod response schemas. */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { loadTestPlan } from "../work-plan/work-plan.fixture.ts";

let t: TestApp;
let schoolA: TestSession;
let schoolB: TestSession;
let districtA: TestSession;
let districtB: TestSession;
let leader: TestSession;
let division: TestSession;

async function loginAll() {
  schoolA = await t.login("schoolA");
  schoolB = await t.login("schoolB");
  districtA = await t.login("districtA");
  districtB = await t.login("districtB");
  leader = await t.login("leader");
  division = await t.login("division");
}

beforeAll(async () => {
  t = await createTestApp();
  await loadTestPlan(t);
  // The fixture plan's one task stands in for the Changsha plan's safety task (T34).
  await t.database.db.execute(sql`update plan_tasks set code = 'T34'`);
  t.clock.set(new Date("2019-05-06T02:00:00Z"));
  await loginAll();
});
afterAll(async () => t.close());

const count = async (table: string, where = sql`true`) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`,
    )
  )[0]!.n;

const incident = (over: Record<string, unknown> = {}) => ({
  category: "accident",
  severity: "III",
  title: "学生课间摔伤",
  description: "课间操场追逐，一名学生摔伤手臂，已送医。",
  casualties: 1,
  occurredAt: new Date(t.clock.now().getTime() - 10 * 60_000).toISOString(),
  ...over,
});

describe("incidents", () => {
  it("refuses bad input in Chinese and stores nothing", async () => {
    const before = await count("safety_incidents");
    const future = await schoolA.post(
      "/api/campus-safety/incidents",
      incident({ occurredAt: new Date(t.clock.now().getTime() + 3600_000).toISOString() }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0]).toMatchObject({
      field: "occurredAt",
      message: "事发时间不能晚于当前时间",
    });
    const missing = await schoolA.post(
      "/api/campus-safety/incidents",
      incident({ title: " ", severity: undefined }),
    );
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toMatch(/请填写事件标题|请选择事件等级/);
    const byDistrict = await districtA.post("/api/campus-safety/incidents", incident());
    expect(byDistrict.statusCode).toBe(403);
    expect(await count("safety_incidents")).toBe(before);
  });

  it("a school's report reaches its own district at once and no other; a retry is stored once", async () => {
    const body = incident({ clientKey: "k-1" });
    const first = await schoolA.post("/api/campus-safety/incidents", body);
    expect(first.statusCode).toBe(201);
    const again = await schoolA.post("/api/campus-safety/incidents", body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect(await count("safety_incidents", sql`client_key = 'k-1'`)).toBe(1);

    const id = first.json().id as string;
    const inboxA = (await districtA.get("/api/notifications")).json().items as { link: string }[];
    const inboxB = (await districtB.get("/api/notifications")).json().items as { link: string }[];
    expect(inboxA.filter((n) => n.link?.includes(id))).toHaveLength(1);
    expect(inboxB.filter((n) => n.link?.includes(id))).toHaveLength(0);

    // Scope: district B neither reads nor acknowledges; school B does not see it either.
    expect((await districtB.get(`/api/campus-safety/incidents/${id}`)).statusCode).toBe(404);
    expect((await districtB.post(`/api/campus-safety/incidents/${id}/acknowledge`, {})).statusCode).toBe(404);
    expect(
      (await schoolB.get("/api/campus-safety/incidents")).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(id);
    expect(
      (await districtB.get("/api/campus-safety/incidents")).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(id);

    // A school cannot acknowledge; its district can, once; the timeline shows each step.
    expect((await schoolA.post(`/api/campus-safety/incidents/${id}/acknowledge`, {})).statusCode).toBe(403);
    t.clock.advance(60_000);
    const ack = await districtA.post(`/api/campus-safety/incidents/${id}/acknowledge`, {
      note: "已派员到场",
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json().status).toBe("acknowledged");
    const twice = await districtA.post(`/api/campus-safety/incidents/${id}/acknowledge`, {});
    expect(twice.statusCode).toBe(409);
    t.clock.advance(60_000);
    expect((await schoolA.post(`/api/campus-safety/incidents/${id}/close`, { note: "短" })).statusCode).toBe(
      400,
    );
    const followed = await schoolA.post(`/api/campus-safety/incidents/${id}/follow-up`, {
      note: "学生已包扎，无大碍",
    });
    expect(followed.json().timeline.map((s: { kind: string }) => s.kind)).toEqual([
      "reported",
      "acknowledged",
      "followed_up",
    ]);
    const audit = await count("audit_log", sql`entity_id = ${id}`);
    expect(audit).toBe(3);
  });

  it("escalates an unacknowledged serious incident to the city once, at the time limit", async () => {
    const r = await schoolA.post(
      "/api/campus-safety/incidents",
      incident({ severity: "I", title: "校门口车辆冲撞" }),
    );
    expect(r.statusCode).toBe(201);
    const id = r.json().id as string;
    const city = t.world.city.id;
    // 特别重大: the city is told at once, on report.
    expect(await count("notifications", sql`org_unit_id = ${city} and link like ${`%${id}`}`)).toBe(1);
    t.clock.advance(15 * 60_000); // exactly at the limit: nothing due
    await loginAll();
    expect((await division.post("/api/campus-safety/sweep")).json().incidentsEscalated).toBe(0);
    t.clock.advance(1000);
    expect((await division.post("/api/campus-safety/sweep")).json().incidentsEscalated).toBe(1);
    expect((await division.post("/api/campus-safety/sweep")).json().incidentsEscalated).toBe(0);
    expect(await count("safety_incident_escalations", sql`incident_id = ${id}`)).toBe(1);
    expect(
      await count(
        "notifications",
        sql`org_unit_id = ${city} and kind = 'safety_incident_escalated' and link like ${`%${id}`}`,
      ),
    ).toBe(1);
    expect(
      await count("notifications", sql`org_unit_id = ${t.world.districtB.id} and link like ${`%${id}`}`),
    ).toBe(0);
    const detail = (await leader.get(`/api/campus-safety/incidents/${id}`)).json();
    expect(detail.timeline.map((s: { kind: string }) => s.kind)).toEqual(["reported", "escalated"]);
    // The leader's board counts it, and district B's board does not.
    const board = (await leader.get("/api/campus-safety/board")).json();
    expect(board.openBySeverity.find((s: { severity: string }) => s.severity === "I").total).toBe(1);
    const boardB = (await districtB.get("/api/campus-safety/board")).json();
    expect(boardB.openBySeverity.every((s: { total: number }) => s.total === 0)).toBe(true);
  });
});

describe("hazards", () => {
  it("scope, evidence and overdue escalation through the 督办 machinery", async () => {
    const schoolAId = t.world.schoolA.id;
    const bad = await districtB.post("/api/campus-safety/hazards", {
      schoolId: schoolAId,
      level: "general",
      title: "围墙破损",
    });
    expect(bad.statusCode).toBe(404);
    const created = await schoolA.post("/api/campus-safety/hazards", {
      schoolId: schoolAId,
      level: "general",
      title: "围墙破损",
      responsible: "王主任",
      deadline: "2019-05-10",
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json().status).toBe("assigned");
    expect(
      (
        await districtB.post(`/api/campus-safety/hazards/${id}/transition`, {
          action: "rectify",
          evidence: "已修补",
        })
      ).statusCode,
    ).toBe(404);
    const noEvidence = await schoolA.post(`/api/campus-safety/hazards/${id}/transition`, {
      action: "rectify",
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().detail).toBe("没有整改佐证材料，不能整改完成或销号");
    expect((await districtB.get("/api/campus-safety/hazards")).json().items).toHaveLength(0);

    // Past its deadline: the sweep raises one 督办单 on the safety task to district A, once.
    t.clock.set(new Date("2019-05-11T02:00:00Z"));
    await loginAll();
    expect((await division.post("/api/campus-safety/sweep")).json().hazardsEscalated).toBe(1);
    expect((await division.post("/api/campus-safety/sweep")).json().hazardsEscalated).toBe(0);
    const notices = (await districtA.get("/api/work-plan/supervision/notices?view=mine")).json().items as {
      kind: string;
      reason: string;
    }[];
    const mine = notices.filter((n) => n.kind === "hazard_overdue");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.reason).toContain("围墙破损");
    expect((await districtA.get("/api/campus-safety/hazards?status=overdue")).json().items).toHaveLength(1);
    // The open-hazard table per district: the leader sees 芙蓉区's overdue one; 岳麓区 sees nothing of it.
    expect((await leader.get("/api/campus-safety/hazards/by-district")).json().items).toEqual([
      { id: t.world.districtA.id, name: "芙蓉区", open: 1, overdue: 1, major: 0 },
    ]);
    expect((await districtB.get("/api/campus-safety/hazards/by-district")).json().items).toEqual([]);

    // School rectifies with evidence; only the district verifies and closes.
    expect(
      (
        await schoolA.post(`/api/campus-safety/hazards/${id}/transition`, {
          action: "rectify",
          evidence: "已用砖砌补，附照片说明",
        })
      ).json().status,
    ).toBe("rectified");
    expect(
      (await schoolA.post(`/api/campus-safety/hazards/${id}/transition`, { action: "verify" })).statusCode,
    ).toBe(403);
    expect(
      (await districtA.post(`/api/campus-safety/hazards/${id}/transition`, { action: "verify" })).json()
        .status,
    ).toBe("verified");
    expect(
      (await districtA.post(`/api/campus-safety/hazards/${id}/transition`, { action: "close" })).json()
        .status,
    ).toBe("closed");
  });
});

describe("facilities, compliance, drills, inspections, 舆情: scope", () => {
  const register = {
    enrolment: 1200,
    guards: 1,
    closedManagement: true,
    alarmLinked: true,
    entranceVideo: true,
    videoRetentionDays: 30,
    vehicleBarriers: true,
    escortPost: true,
  };

  it("a school keeps its own register; another district can neither write nor see it", async () => {
    const a = t.world.schoolA.id;
    expect((await districtB.request("PUT", `/api/campus-safety/facilities/${a}`, register)).statusCode).toBe(
      404,
    );
    expect((await schoolB.request("PUT", `/api/campus-safety/facilities/${a}`, register)).statusCode).toBe(
      404,
    );
    const bad = await schoolA.request("PUT", `/api/campus-safety/facilities/${a}`, {
      ...register,
      guards: -1,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain("保安人数不能为负数");
    expect((await schoolA.request("PUT", `/api/campus-safety/facilities/${a}`, register)).statusCode).toBe(
      200,
    );
    const c = (await districtA.get("/api/campus-safety/compliance")).json();
    expect(c.schools).toHaveLength(1);
    expect(c.schools[0].status).toBe("non_compliant"); // 1,200 pupils need 2 guards
    await schoolA.request("PUT", `/api/campus-safety/facilities/${a}`, { ...register, guards: 2 });
    expect((await districtA.get("/api/campus-safety/compliance")).json().total.rate).toBe(1);
    const city = (await leader.get("/api/campus-safety/compliance")).json();
    expect(city.total).toMatchObject({ schools: 2, compliant: 1, noRegister: 1, rate: 0.5 });
    expect(
      (await districtB.get("/api/campus-safety/compliance"))
        .json()
        .schools.map((s: { school: { id: string } }) => s.school.id),
    ).toEqual([t.world.schoolB.id]);
  });

  it("the upgrade programme: the district over the school or a city division; not the school, not another district", async () => {
    const a = t.world.schoolA.id;
    const item = { schoolId: a, item: "guards", budgetWan: 6.5, plannedBy: "2019-08-31" };
    const before = await count("safety_upgrade_items");
    expect((await districtB.post("/api/campus-safety/upgrades", item)).statusCode).toBe(404);
    expect((await schoolA.post("/api/campus-safety/upgrades", item)).statusCode).toBe(403);
    expect((await districtA.post("/api/campus-safety/upgrades", { ...item, budgetWan: -1 })).statusCode).toBe(
      400,
    );
    expect(await count("safety_upgrade_items")).toBe(before);
    const created = await districtA.post("/api/campus-safety/upgrades", item);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(
      (await districtB.post(`/api/campus-safety/upgrades/${id}/complete`, { completedOn: "2019-05-11" }))
        .statusCode,
    ).toBe(404);
    expect(
      (await division.post(`/api/campus-safety/upgrades/${id}/complete`, { completedOn: "2019-05-11" }))
        .statusCode,
    ).toBe(200);
    expect((await districtA.get("/api/campus-safety/upgrades")).json().totals).toMatchObject({
      items: 1,
      completed: 1,
    });
    expect((await districtB.get("/api/campus-safety/upgrades")).json().items).toHaveLength(0);
  });

  it("drills, lessons and inspections: own school or its district only; future dates refused", async () => {
    const a = t.world.schoolA.id;
    const drill = { schoolId: a, drillType: "fire", heldOn: "2019-05-10", participants: 800 };
    expect((await districtB.post("/api/campus-safety/drills", drill)).statusCode).toBe(404);
    expect(
      (await schoolA.post("/api/campus-safety/drills", { ...drill, heldOn: "2019-12-01" })).json().detail,
    ).toBe("日期不能晚于今天");
    expect((await schoolA.post("/api/campus-safety/drills", drill)).statusCode).toBe(201);
    expect(
      (
        await schoolA.post("/api/campus-safety/lessons", {
          schoolId: a,
          topic: "防溺水",
          heldOn: "2019-05-09",
          participants: 40,
        })
      ).statusCode,
    ).toBe(201);
    const drillsA = (await districtA.get("/api/campus-safety/drills")).json();
    expect(drillsA.perSchool[0]).toMatchObject({ held: 1, required: 2, shortfall: 1, lessons: 1 });
    expect((await districtB.get("/api/campus-safety/drills")).json().drills).toHaveLength(0);
    const insp = {
      schoolId: a,
      kind: "spot",
      topic: "fire",
      inspectedOn: "2019-05-10",
      inspector: "区安全股",
    };
    expect((await districtB.post("/api/campus-safety/inspections", insp)).statusCode).toBe(404);
    expect((await schoolA.post("/api/campus-safety/inspections", insp)).statusCode).toBe(403);
    expect((await districtA.post("/api/campus-safety/inspections", insp)).statusCode).toBe(201);
    expect(
      (await schoolA.post("/api/campus-safety/inspections", { ...insp, kind: "self", inspector: "校安办" }))
        .statusCode,
    ).toBe(201);
    const list = (await districtA.get("/api/campus-safety/inspections")).json();
    expect(list.items).toHaveLength(2);
    // January to April passed without a self-inspection.
    expect(list.missed[0].months).toEqual(["2019-01", "2019-02", "2019-03", "2019-04"]);
    expect((await districtB.get("/api/campus-safety/inspections")).json().items).toHaveLength(0);
  });

  it("舆情 events: the district logs on its own units, links its own incidents only", async () => {
    const [incidentA] = (await districtA.get("/api/campus-safety/incidents")).json().items as {
      id: string;
    }[];
    const body = {
      orgUnitId: t.world.schoolA.id,
      incidentId: incidentA!.id,
      source: "微博",
      level: "medium",
      summary: "网传校门口事故视频",
    };
    expect((await districtB.post("/api/campus-safety/opinion-events", body)).statusCode).toBe(404);
    expect(
      (
        await districtB.post("/api/campus-safety/opinion-events", { ...body, orgUnitId: t.world.schoolB.id })
      ).json().errors[0].field,
    ).toBe("incidentId");
    expect((await districtA.post("/api/campus-safety/opinion-events", body)).statusCode).toBe(201);
    expect((await districtB.get("/api/campus-safety/opinion-events")).json().items).toHaveLength(0);
    expect((await leader.get("/api/campus-safety/opinion-events")).json().items).toHaveLength(1);
  });
});

describe("psychological crisis cases", () => {
  it("only named officers see and write them; every view is audited; others see masked rows", async () => {
    const a = t.world.schoolA.id;
    const body = {
      schoolId: a,
      subjectKind: "student",
      subjectName: "张小明",
      risk: "high",
      summary: "情绪低落，有自伤言语",
      openedOn: "2019-05-10",
    };
    // Before anyone is named, not even the school's own account may open a case.
    expect((await schoolA.post("/api/campus-safety/crisis-cases", body)).statusCode).toBe(403);
    expect(
      (
        await districtB.post("/api/campus-safety/crisis-officers", {
          userId: t.world.userIds.schoolA,
          duty: "school_psychologist",
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await districtA.post("/api/campus-safety/crisis-officers", {
          userId: t.world.userIds.schoolA,
          duty: "district_officer",
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await districtA.post("/api/campus-safety/crisis-officers", {
          userId: t.world.userIds.schoolA,
          duty: "school_psychologist",
        })
      ).statusCode,
    ).toBe(200);
    const created = await schoolA.post("/api/campus-safety/crisis-cases", body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;

    const views = () => count("audit_log", sql`event = 'SAFETY_CRISIS_CASE_VIEWED'`);
    const v0 = await views();
    const full = await schoolA.get(`/api/campus-safety/crisis-cases/${id}`);
    expect(full.json()).toMatchObject({
      subjectName: "张小明",
      summary: "情绪低落，有自伤言语",
      masked: false,
    });
    expect(await views()).toBe(v0 + 1);
    await schoolA.get(`/api/campus-safety/crisis-cases/${id}`);
    expect(await views()).toBe(v0 + 2);

    // District A (not named), the leader, district B: refused in full, masked in lists, no name anywhere.
    for (const s of [districtA, leader, division]) {
      const r = await s.get(`/api/campus-safety/crisis-cases/${id}`);
      expect(r.statusCode).toBe(403);
      expect(r.json().detail).toContain("仅限指定");
      const list = (await s.get("/api/campus-safety/crisis-cases")).json();
      expect(list.items[0]).toMatchObject({ subjectName: "张**", masked: true });
      expect(JSON.stringify(list)).not.toContain("张小明");
    }
    expect((await districtB.get(`/api/campus-safety/crisis-cases/${id}`)).statusCode).toBe(404);
    expect((await districtB.get("/api/campus-safety/crisis-cases")).json().items).toHaveLength(0);
    expect(await views()).toBe(v0 + 2);

    // A list shown to an officer counts as a view too.
    await schoolA.get("/api/campus-safety/crisis-cases");
    expect(await views()).toBe(v0 + 3);
    expect(
      (
        await districtA.post(`/api/campus-safety/crisis-cases/${id}/follow-ups`, {
          onDate: "2019-05-10",
          note: "家访",
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await schoolA.post(`/api/campus-safety/crisis-cases/${id}/follow-ups`, {
          onDate: "2019-05-11",
          note: "与家长面谈，转介专业机构",
          risk: "medium",
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe("plan binding", () => {
  it("the plan's safety task shows 三防 compliance and hazard closure live, in the reader's scope", async () => {
    const [task] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from plan_tasks where code = 'T34'`,
    );
    const figures = async (s: TestSession) =>
      (await s.get(`/api/work-plan/tasks/${task!.id}`)).json().liveFigures as {
        label: string;
        value: number | null;
      }[];
    const city = await figures(leader);
    expect(city.find((f) => f.label === "学校“三防”达标率")?.value).toBe(50);
    expect(city.find((f) => f.label === "隐患整改销号率")?.value).toBe(100);
    expect((await figures(districtA)).find((f) => f.label === "学校“三防”达标率")?.value).toBe(100);
    expect((await figures(districtB)).find((f) => f.label === "学校“三防”达标率")?.value).toBe(0);
    // A new open hazard in district B moves the city's closure rate at once.
    await districtB.post("/api/campus-safety/hazards", {
      schoolId: t.world.schoolB.id,
      level: "general",
      title: "楼梯扶手松动",
    });
    expect((await figures(leader)).find((f) => f.label === "隐患整改销号率")?.value).toBe(50);
  });
});
