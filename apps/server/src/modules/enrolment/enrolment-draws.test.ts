import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { verifyDrawText } from "../../../../../tools/verify-draw.ts";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { freezeBody, PUBLIC_VALUE, setTime } from "./enrolment-draw-helpers.ts";
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
const names = new Map<string, { name: string; idNumber: string }>();
let drawId = "";
let secondId = "";

/** Eight applicants: six want only school 1 (2 places), two want school 2 (4 places) first. */
beforeAll(async () => {
  t = await createTestApp();
  f = await setupRound(t, [2, 4]);
  const surnames = ["张", "李", "王", "刘", "陈", "杨", "黄", "周"];
  for (const [i, surname] of surnames.entries()) {
    const birthDate = `2007-0${(i % 9) + 1}-1${i}`;
    const child = { name: `${surname}小明`, sex: "male", birthDate, idNumber: childId(birthDate) };
    const order = i < 6 ? f.schools.slice(0, 1) : [...f.schools].reverse();
    const response = await f.parent.post(
      "/api/enrolment/applications",
      applicationBody(f, t, { children: [child], choices: order.map((s) => s.code) }),
    );
    const app = response.json<Application>();
    names.set(app.number, { name: child.name, idNumber: child.idNumber });
    await f.districtA.post(`/api/enrolment/review/${app.id}/approve`);
  }
});
afterAll(async () => t.close());

const seedInputs = [
  { label: "parent", value: "012345" },
  { label: "notary", value: "987654" },
  { label: "sse-close", value: PUBLIC_VALUE },
];

type Draw = {
  id: string;
  status: string;
  lists: { digest: string; applicants: number }[];
  seed: string | null;
};

describe("the draw console", () => {
  it("refuses to freeze outside the draw window, naming it", async () => {
    const early = await f.division.post(
      `/api/enrolment/rounds/${f.roundId}/draws`,
      freezeBody(1, "2019-03-18"),
    );
    expect(early.statusCode).toBe(409);
    expect(early.json<Problem>().detail).toBe(
      "电脑派位时间尚未开始：本轮电脑派位时间为 2019-03-18，今天是 2019-03-01",
    );
  });

  it("refuses an announcement without a public value, or one already known", async () => {
    await setTime(t, f, "2019-03-18T01:00:00.000Z");
    const url = `/api/enrolment/rounds/${f.roundId}/draws`;
    const none = await f.division.post(url, { ...freezeBody(1, "2019-03-18"), publicValues: [] });
    expect(none.statusCode).toBe(400);
    const known = freezeBody(1, "2019-03-18");
    const late = await f.division.post(url, {
      ...known,
      publicValues: known.publicValues.map((v) => ({ ...v, availableAt: "2019-03-17T07:00:00.000Z" })),
    });
    expect(late.statusCode).toBe(400);
    expect(late.json<Problem>().detail).toContain("应在公告发布之后才公布");
  });

  it("freezes the approved applicants and publishes digests with applicant numbers only", async () => {
    const response = await f.division.post(
      `/api/enrolment/rounds/${f.roundId}/draws`,
      freezeBody(1, "2019-03-18"),
    );
    expect(response.statusCode).toBe(201);
    const draw = response.json<Draw>();
    drawId = draw.id;
    expect(draw.status).toBe("frozen");
    expect(draw.lists.map((l) => l.applicants).sort()).toEqual([2, 8]);
    expect(draw.lists[0]?.digest).toMatch(/^[0-9a-f]{64}$/);
    const lists = await t.app.inject({
      method: "GET",
      url: `/api/public/enrolment/rounds/${f.roundId}/lists/1`,
    });
    expect(lists.statusCode).toBe(200);
    for (const { name } of names.values()) expect(lists.body).not.toContain(name);
    const plans = await f.division.request("PUT", `/api/enrolment/rounds/${f.roundId}/plans`, {
      institutionId: f.schools[0]?.id,
      places: 9,
      inLottery: true,
    });
    expect(plans.json<Problem>().detail).toBe("第一轮名单已冻结，不能再修改招生计划");
  });

  it("publishes the announcement before the draw and refuses to draw before its time", async () => {
    const announced = await t.app.inject({ url: `/api/public/enrolment/rounds/${f.roundId}/announcements` });
    const [announcement] = announced.json<{ items: { digest: string; earliestDrawAt: string }[] }>().items;
    expect(announcement?.digest).toMatch(/^[0-9a-f]{64}$/);
    const early = await f.division.post(`/api/enrolment/draws/${drawId}/run`, { seedInputs });
    expect(early.statusCode).toBe(409);
    expect(early.json<Problem>().detail).toBe(
      "派位公告规定最早派位时间为 2019-03-18 11:00（北京时间），现在不能派位",
    );
    await setTime(t, f, "2019-03-18T04:00:00.000Z");
  });

  it("refuses seed inputs not in the announced format and changes nothing", async () => {
    const bad = await f.division.post(`/api/enrolment/draws/${drawId}/run`, {
      seedInputs: [{ label: "parent", value: "12345" }, ...seedInputs.slice(1)],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().detail).toBe("随机数「parent」应为6位数字，录入的是「12345」");
    const unknown = await f.division.post(`/api/enrolment/draws/${drawId}/run`, {
      seedInputs: [...seedInputs, { label: "extra", value: "111111" }],
    });
    expect(unknown.json<Problem>().detail).toBe("随机数「extra」不在事先公告的名单中");
    const draws = (await f.division.get(`/api/enrolment/rounds/${f.roundId}/draws`)).json<{
      items: Draw[];
    }>();
    expect(draws.items[0]?.status).toBe("frozen");
  });

  it("runs once and publishes in the same step, so nobody sees a result first", async () => {
    const missing = await f.division.post(`/api/enrolment/draws/${drawId}/run`, {
      seedInputs: seedInputs.slice(0, 2),
    });
    expect(missing.json<Problem>().detail).toBe("缺少事先公告的随机数「sse-close」");
    const run = await f.division.post(`/api/enrolment/draws/${drawId}/run`, { seedInputs });
    expect(run.statusCode).toBe(200);
    expect(run.json<Draw & { admitted: number }>()).toMatchObject({ status: "published", admitted: 4 });
    const again = await f.division.post(`/api/enrolment/draws/${drawId}/run`, { seedInputs });
    expect(again.json<Problem>().detail).toBe("本轮已派位；重新派位须由系统管理员填写理由后进行");
  });

  it("lets the database refuse a fifth child on school 2's four places and a second place for a child", async () => {
    const code = f.schools[1]?.code ?? "";
    const holders = await queryRows<{ number: string; school: string }>(
      t.database.db,
      sql`select number, school from enrolment_placements where round_id = ${f.roundId} order by school, seat`,
    );
    expect(holders).toHaveLength(4);
    const spare = [...names.keys()].find((n) => !holders.some((h) => h.number === n)) ?? "";
    await expect(
      t.database.db.execute(
        sql`insert into enrolment_placements (round_id, number, school, seat) values (${f.roundId}, ${spare}, ${code}, 5)`,
      ),
    ).rejects.toThrow();
    const held = holders[0];
    await expect(
      t.database.db.execute(
        sql`insert into enrolment_placements (round_id, number, school, seat) values (${f.roundId}, ${held?.number}, ${code}, 4)`,
      ),
    ).rejects.toThrow();
  });
});

describe("public results", () => {
  it("finds an application by number with masked name and ID only", async () => {
    const [number, person] = [...names.entries()][0] ?? ["", { name: "", idNumber: "" }];
    const response = await t.app.inject({
      method: "GET",
      url: `/api/public/enrolment/search?number=${number}`,
    });
    expect(response.statusCode).toBe(200);
    const result = response.json<{
      children: { name: string; idNumber: string; placement: { kind: string } }[];
    }>();
    expect(result.children[0]?.name).toBe(`${person.name[0]}*${person.name.at(-1)}`);
    expect(result.children[0]?.idNumber).toBe(
      `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(14)}`,
    );
    expect(["admitted", "waiting", "unplaced"]).toContain(result.children[0]?.placement.kind);
    expect(response.body).not.toContain(person.idNumber);
  });

  it("lists each school masked, leaking no full name or ID anywhere", async () => {
    const summary = await t.app.inject({
      method: "GET",
      url: `/api/public/enrolment/rounds/${f.roundId}/results`,
    });
    const phases = summary.json<{ items: { schools: { code: string; admitted: number }[] }[] }>().items;
    expect(phases[0]?.schools.map((s) => s.admitted)).toEqual([2, 2]);
    for (const school of f.schools) {
      const lists = await t.app.inject({
        method: "GET",
        url: `/api/public/enrolment/rounds/${f.roundId}/results/1/${school.code}`,
      });
      expect(lists.statusCode).toBe(200);
      for (const { name, idNumber } of names.values()) {
        expect(lists.body).not.toContain(name);
        expect(lists.body).not.toContain(idNumber);
      }
    }
  });

  it("serves a bundle that the verify command reproduces, and reports a tampered one", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/public/enrolment/rounds/${f.roundId}/bundle`,
    });
    expect(response.headers["content-disposition"]).toContain("attachment");
    const verified = verifyDrawText(response.body);
    expect(verified.exitCode).toBe(0);
    expect(verified.lines[0]).toContain("一致");
    const bundle = response.json<{ rounds: { lists: { applicants: { number: string }[] }[] }[] }>();
    const first = bundle.rounds[0]?.lists[0]?.applicants[0];
    if (first) first.number = "E2019J999999";
    const tampered = verifyDrawText(JSON.stringify(bundle));
    expect(tampered.exitCode).toBe(1);
    expect(tampered.lines[0]).toContain("不一致");
  });
});

describe("after publication", () => {
  it("moves the waiting list when an admitted family declines", async () => {
    await moveTo(t, f, "2019-03-20");
    const mine = (await f.parent.get("/api/enrolment/applications/mine")).json<{ items: Application[] }>()
      .items;
    const admitted = mine.find(
      (a) =>
        a.children[0]?.placement.kind === "admitted" && a.children[0].placement.school === f.schools[0]?.code,
    );
    if (!admitted) throw new Error("nobody admitted at school 1");
    const declined = await f.parent.post(`/api/enrolment/applications/${admitted.id}/decline`);
    expect(declined.json<Application>().children[0]?.placement.kind).toBe("declined");
    const lists = await t.app.inject({
      method: "GET",
      url: `/api/public/enrolment/rounds/${f.roundId}/results/1/${f.schools[0]?.code}`,
    });
    const school = lists.json<{ admitted: unknown[]; moves: { kind: string }[] }>();
    expect(school.admitted).toHaveLength(2);
    expect(school.moves.map((m) => m.kind)).toEqual(["declined", "promoted"]);
    const bundle = await t.app.inject({
      method: "GET",
      url: `/api/public/enrolment/rounds/${f.roundId}/bundle`,
    });
    expect(verifyDrawText(bundle.body).exitCode).toBe(0);
  });

  it("runs a second round for the unplaced over the places left", async () => {
    await moveTo(t, f, "2019-04-07");
    const mine = (await f.parent.get("/api/enrolment/applications/mine")).json<{ items: Application[] }>()
      .items;
    const open = mine.filter((a) => ["unplaced", "waiting"].includes(a.children[0]?.placement.kind ?? ""));
    expect(open).toHaveLength(3);
    const [school1, school2] = f.schools;
    const full = await f.parent.post(`/api/enrolment/applications/${open[0]?.id}/second-choices`, {
      choices: [school1?.code],
    });
    expect(full.statusCode).toBe(400);
    expect(full.json<Problem>().detail).toContain("已无剩余名额");
    for (const app of open) {
      const chosen = await f.parent.post(`/api/enrolment/applications/${app.id}/second-choices`, {
        choices: [school2?.code],
      });
      expect(chosen.statusCode).toBe(200);
    }
    await setTime(t, f, "2019-04-08T01:00:00.000Z");
    const frozen = await f.division.post(
      `/api/enrolment/rounds/${f.roundId}/draws`,
      freezeBody(2, "2019-04-08"),
    );
    expect(frozen.statusCode).toBe(201);
    secondId = frozen.json<Draw>().id;
    await setTime(t, f, "2019-04-08T04:00:00.000Z");
    const run = await f.division.post(`/api/enrolment/draws/${secondId}/run`, { seedInputs });
    expect(run.json<Draw & { admitted: number; unplaced: number }>()).toMatchObject({
      status: "published",
      admitted: 2,
      unplaced: 1,
    });
    const bundle = await t.app.inject({
      method: "GET",
      url: `/api/public/enrolment/rounds/${f.roundId}/bundle`,
    });
    const verified = verifyDrawText(bundle.body);
    expect(verified.exitCode).toBe(0);
    expect(verified.lines[1]).toContain("共 2 轮");
  });

  it("refuses a redraw by anyone but a sys_admin, without a reason, or of a round already followed", async () => {
    const byDivision = await f.division.post(`/api/enrolment/draws/${secondId}/redraw`, {
      reason: "公证员发现录入的随机数与现场记录不符",
      seedInputs,
    });
    expect(byDivision.statusCode).toBe(403);
    const admin = await t.login("admin");
    const noReason = await admin.post(`/api/enrolment/draws/${secondId}/redraw`, {
      reason: "重抽",
      seedInputs,
    });
    expect(noReason.statusCode).toBe(400);
    const first = await admin.post(`/api/enrolment/draws/${drawId}/redraw`, {
      reason: "公证员发现录入的随机数与现场记录不符",
      seedInputs,
    });
    expect(first.json<Problem>().detail).toBe("第二轮名单已冻结，不能再重新进行第一轮派位");
  });

  it("redraws with a reason, keeping both results in the audit log", async () => {
    const admin = await t.login("admin");
    const reason = "公证员发现录入的随机数与现场记录不符，按现场记录重新派位";
    const redraw = await admin.post(`/api/enrolment/draws/${secondId}/redraw`, {
      reason,
      seedInputs: [
        { label: "parent", value: "111111" },
        { label: "notary", value: "222222" },
        { label: "sse-close", value: PUBLIC_VALUE },
      ],
    });
    expect(redraw.statusCode).toBe(200);
    const fresh = redraw.json<Draw & { redrawReason: string }>();
    expect(fresh).toMatchObject({ status: "published", redrawReason: reason });
    const draws = (await f.division.get(`/api/enrolment/rounds/${f.roundId}/draws`)).json<{
      items: Draw[];
    }>();
    expect(draws.items.map((d) => d.status).sort()).toEqual(["published", "published", "superseded"]);
    const audit = await queryRows<{
      before: { seed: string; outcome: unknown };
      after: { seed: string; reason: string };
    }>(
      t.database.db,
      sql`select before, after from audit_log where entity = 'enrolment_draw' and action = 'redraw'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before.outcome).not.toBeNull();
    expect(audit[0]?.after.reason).toBe(reason);
    expect(audit[0]?.before.seed).not.toBe(audit[0]?.after.seed);
  });
});
