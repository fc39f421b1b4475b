import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { rebuiltIdentities } from "../../test/rebuilt-identities.ts";
import {
  applicationBody,
  childId,
  moveTo,
  setupRound,
  type Application,
  type EnrolmentFixture,
  type Problem,
} from "./enrolment-test-fixtures.ts";

let t: TestApp;
let f: EnrolmentFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await setupRound(t);
});
afterAll(async () => t.close());

const counts = async () =>
  (
    await queryRows<{ apps: number; audits: number }>(
      t.database.db,
      sql`select (select count(*)::int from enrolment_applications) as apps,
                 (select count(*)::int from audit_log where entity like 'enrolment%') as audits`,
    )
  )[0];

async function refused(body: Record<string, unknown>, status = 400) {
  const before = await counts();
  const response = await f.parent.post("/api/enrolment/applications", applicationBody(f, t, body));
  expect(response.statusCode).toBe(status);
  expect(await counts()).toEqual(before);
  return response.json<Problem>();
}

describe("round set-up", () => {
  it("refuses a calendar out of order and a second round for the same year and stage", async () => {
    const bad = await f.division.patch(`/api/enrolment/rounds/${f.roundId}`, {
      name: "x轮次",
      maxChoices: 2,
      mechanism: "boston",
      secondMechanism: "boston",
      calendar: {
        application: { start: "2019-03-01", end: "2019-03-10" },
        review: { start: "2019-02-01", end: "2019-03-15" },
        draw: { start: "2019-03-18", end: "2019-03-18" },
        publicity: { start: "2019-03-19", end: "2019-03-25" },
        admission: { start: "2019-03-19", end: "2019-04-05" },
        secondRound: { start: "2019-04-06", end: "2019-04-10" },
      },
      seedAnnouncement: { digits: 6, labels: ["parent", "notary"] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().detail).toContain("资格审核时间（2019-02-01 至 2019-03-15）不能早于报名时间");
    const round = (await f.division.get(`/api/enrolment/rounds/${f.roundId}`)).json<{ calendar: unknown }>();
    const again = await f.division.post("/api/enrolment/rounds", { ...round, year: 2019, stage: "junior_1" });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().detail).toBe("2019年初中一年级招生轮次已存在");
  });

  it("keeps a public school out of the lottery and a district account out of set-up", async () => {
    const response = await f.division.request("PUT", `/api/enrolment/rounds/${f.roundId}/plans`, {
      institutionId: t.world.schoolB.id,
      places: 10,
      inLottery: true,
    });
    expect(response.json<Problem>().detail).toBe("岳麓区实验小学不招收初中一年级");
    expect((await f.districtA.post("/api/enrolment/rounds", {})).statusCode).toBe(400);
    const plans = await f.districtA.request("PUT", `/api/enrolment/rounds/${f.roundId}/plans`, {
      institutionId: f.schools[0]?.id,
      places: 1,
    });
    expect(plans.statusCode).toBe(403);
  });
});

describe("applying", () => {
  it("accepts an application, numbers it and audits it without the full ID", async () => {
    const body = applicationBody(f, t);
    const response = await f.parent.post("/api/enrolment/applications", body);
    expect(response.statusCode).toBe(201);
    const app = response.json<Application>();
    expect(app.number).toMatch(/^E2019J\d{6}$/);
    expect(app.status).toBe("submitted");
    expect(app.children[0]?.idNumber).toMatch(/^430102\*{8}\d{3}[\dX]$/);
    const audit = await queryRows<{ after: unknown }>(
      t.database.db,
      sql`select after from audit_log where entity = 'enrolment_application' and entity_id = ${app.id}`,
    );
    expect(JSON.stringify(audit)).not.toContain(body.children[0]?.idNumber);
  });

  it("refuses the same child twice in a round, also as a G student number", async () => {
    const id = childId("2007-06-01");
    const child = { name: "李四", sex: "male", birthDate: "2007-06-01", idNumber: id };
    expect(
      (await f.parent.post("/api/enrolment/applications", applicationBody(f, t, { children: [child] })))
        .statusCode,
    ).toBe(201);
    const problem = await refused({ children: [{ ...child, idNumber: `G${id}` }] }, 409);
    expect(problem.detail).toContain("已有本轮报名");
    expect(problem.errors?.[0]?.field).toBe("children.0.idNumber");
  });

  it("refuses bad IDs, impossible birth dates and choices outside the round, naming the field", async () => {
    const id = childId("2007-07-01");
    const wrongCheck = id.slice(0, 17) + (id.endsWith("0") ? "1" : "0");
    const badId = await refused({
      children: [{ name: "王五", sex: "male", birthDate: "2007-07-01", idNumber: wrongCheck }],
    });
    expect(badId.errors?.[0]).toMatchObject({ field: "children.0.idNumber" });
    expect(badId.detail).toContain("校验码不正确");
    const youngId = childId("2012-07-01");
    const young = await refused({
      children: [{ name: "王五", sex: "male", birthDate: "2012-07-01", idNumber: youngId }],
    });
    expect(young.detail).toBe("出生日期 2012-07-01 到 2019年8月31日未满11周岁，不能报名初中一年级");
    const choice = await refused({ choices: ["NOT-IN-ROUND"] });
    expect(choice.detail).toBe("第1志愿的学校（NOT-IN-ROUND）不在本轮派位学校中");
  });

  it("takes twins as one application with one number each", async () => {
    const children = [
      { name: "赵一", sex: "male", birthDate: "2007-08-08", idNumber: childId("2007-08-08") },
      { name: "赵二", sex: "female", birthDate: "2007-08-08", idNumber: childId("2007-08-08", "female") },
    ];
    const response = await f.parent.post("/api/enrolment/applications", applicationBody(f, t, { children }));
    expect(response.statusCode).toBe(201);
    const app = response.json<Application>();
    expect(app.children.map((c) => c.number)).toEqual([`${app.number}-1`, `${app.number}-2`]);
  });

  it("shows a parent only their own applications and refuses another parent's", async () => {
    const mine = (await f.parent.get("/api/enrolment/applications/mine")).json<{ items: Application[] }>();
    expect(mine.items.length).toBe(3);
    const admin = await t.login("admin");
    expect((await admin.get("/api/enrolment/applications/mine")).statusCode).toBe(403);
    await t.database.db.execute(
      sql`insert into users (username, display_name, password_hash, role, org_unit_id)
          select 'parent2', '李家长', password_hash, role, org_unit_id from users where username = 'parent'`,
    );
    const other = await t.login("parent2");
    const theirs = (await other.get("/api/enrolment/applications/mine")).json<{ items: Application[] }>();
    expect(theirs.items).toEqual([]);
    const target = mine.items[0]?.id ?? "";
    expect((await other.post(`/api/enrolment/applications/${target}/withdraw`)).statusCode).toBe(404);
  });
});

describe("withdrawing and reviewing", () => {
  it("lets a parent withdraw until the window closes, and then apply again", async () => {
    const id = childId("2007-09-09");
    const body = applicationBody(f, t, {
      children: [{ name: "钱七", sex: "male", birthDate: "2007-09-09", idNumber: id }],
    });
    const app = (await f.parent.post("/api/enrolment/applications", body)).json<Application>();
    const withdrawn = await f.parent.post(`/api/enrolment/applications/${app.id}/withdraw`);
    expect(withdrawn.json<Application>().status).toBe("withdrawn");
    expect((await f.parent.post("/api/enrolment/applications", body)).statusCode).toBe(201);
  });

  it("limits a reviewer to their district and takes approve and return with a reason", async () => {
    const mine = (await f.parent.get("/api/enrolment/applications/mine")).json<{ items: Application[] }>();
    const target = mine.items.find((a) => a.status === "submitted");
    if (!target) throw new Error("no submitted application");
    expect((await f.districtB.post(`/api/enrolment/review/${target.id}/approve`)).statusCode).toBe(404);
    const queueB = await f.districtB.get(`/api/enrolment/review?roundId=${f.roundId}`);
    expect(queueB.json<{ total: number }>().total).toBe(0);
    const queueA = await f.districtA.get(`/api/enrolment/review?roundId=${f.roundId}&status=submitted`);
    expect(queueA.json<{ total: number }>().total).toBeGreaterThan(0);
    const noReason = await f.districtA.post(`/api/enrolment/review/${target.id}/return`, { reason: "" });
    expect(noReason.statusCode).toBe(400);
    const returned = await f.districtA.post(`/api/enrolment/review/${target.id}/return`, {
      reason: "户籍证明不清晰",
    });
    expect(returned.json<Application & { returnReason: string }>()).toMatchObject({
      status: "returned",
      returnReason: "户籍证明不清晰",
    });
    const approved = await f.districtA.post(`/api/enrolment/review/${target.id}/approve`);
    expect(approved.json<Application>().status).toBe("approved");
  });

  it("shows full ID numbers to a reviewer only on request, and audits the look", async () => {
    const [first] = (await f.districtA.get(`/api/enrolment/review?roundId=${f.roundId}`)).json<{
      items: Application[];
    }>().items;
    if (!first) throw new Error("empty queue");
    expect(first.children[0]?.idNumber).toContain("*");
    // The birth date beside the masked number shows the year only, else it fills the stars.
    const queue = (await f.districtA.get(`/api/enrolment/review?roundId=${f.roundId}`)).json<unknown>();
    expect(rebuiltIdentities(queue)).toEqual([]);
    expect(first.children[0]?.birthDate).toMatch(/^\d{4}-\*\*-\*\*$/);
    expect(rebuiltIdentities((await f.parent.get("/api/enrolment/applications")).json<unknown>())).toEqual(
      [],
    );
    const full = await f.districtA.post(`/api/enrolment/review/${first.id}/personal`);
    const revealed = full.json<{ items: { idNumber: string; birthDate: string }[] }>().items[0];
    expect(revealed?.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(revealed?.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'view_personal' and entity_id = ${first.id}`,
    );
    expect(rows[0]?.n).toBe(1);
  });
});

describe("calendar windows", () => {
  it("refuses applying and withdrawing after the application window, naming it", async () => {
    const [app] = (await f.parent.get("/api/enrolment/applications/mine")).json<{ items: Application[] }>()
      .items;
    await moveTo(t, f, "2019-03-11");
    try {
      const problem = await refused({}, 409);
      expect(problem.detail).toBe(
        "报名时间已经结束：本轮报名时间为 2019-03-01 至 2019-03-10，今天是 2019-03-11",
      );
      const withdraw = await f.parent.post(`/api/enrolment/applications/${app?.id}/withdraw`);
      expect(withdraw.statusCode).toBe(409);
      await moveTo(t, f, "2019-03-16");
      const review = await f.districtA.post(`/api/enrolment/review/${app?.id}/approve`);
      expect(review.json<Problem>().detail).toContain("资格审核时间已经结束");
    } finally {
      await moveTo(t, f, "2019-03-01");
    }
  });
});
