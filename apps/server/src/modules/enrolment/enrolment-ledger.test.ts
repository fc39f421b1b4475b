import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyDrawText } from "../../../../../tools/verify-draw.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { freezeAndDraw, setTime } from "./enrolment-draw-helpers.ts";
import {
  applicationBody,
  childId,
  setupRound,
  TEST_CALENDAR,
  type Application,
  type EnrolmentFixture,
  type Problem,
} from "./enrolment-test-fixtures.ts";

/** The four defects of issue 13, each told as the audit found it, through the API. */

type SchoolResults = { admitted: { number: string }[]; waiting: { number: string }[] };

async function apply(t: TestApp, f: EnrolmentFixture, choices: string[], twins = false) {
  const birthDate = "2007-05-01";
  const children = (twins ? ["male", "female"] : ["male"]).map((sex, i) => ({
    name: `王小${i === 0 ? "明" : "红"}`,
    sex,
    birthDate,
    idNumber: childId(birthDate, sex as "male" | "female"),
  }));
  const created = await f.parent.post(
    "/api/enrolment/applications",
    applicationBody(f, t, { children, choices }),
  );
  if (created.statusCode !== 201) throw new Error(created.body);
  const app = created.json<Application>();
  await f.districtA.post(`/api/enrolment/review/${app.id}/approve`);
  return app;
}

async function mine(f: EnrolmentFixture): Promise<Application[]> {
  return (await f.parent.get("/api/enrolment/applications/mine")).json<{ items: Application[] }>().items;
}

async function schoolResults(t: TestApp, f: EnrolmentFixture, phase: number, school: string) {
  const response = await t.app.inject({
    url: `/api/public/enrolment/rounds/${f.roundId}/results/${phase}/${school}`,
  });
  return response.json<SchoolResults>();
}

async function declineNumber(f: EnrolmentFixture, number: string) {
  const app = (await mine(f)).find((a) => a.children.some((c) => c.number === number));
  const response = await f.parent.post(`/api/enrolment/applications/${app?.id}/decline`);
  if (response.statusCode !== 200) throw new Error(response.body);
}

async function summary(t: TestApp, f: EnrolmentFixture) {
  return (await t.app.inject({ url: `/api/public/enrolment/rounds/${f.roundId}/results` })).json<{
    items: { phase: number; unplaced: number; redraws?: { reason: string }[] }[];
  }>();
}

describe("defect 1: a place left empty by `stop` is one place, shared by 递补 and the second round", () => {
  let t: TestApp;
  let f: EnrolmentFixture;
  beforeAll(async () => {
    t = await createTestApp();
    f = await setupRound(t, [3, 5], { partialUnit: "stop" });
  });
  afterAll(async () => t.close());

  it("never puts four children on three places", async () => {
    const [a, b] = f.schools.map((s) => s.code) as [string, string];
    await apply(t, f, [a], true);
    for (let i = 0; i < 4; i++) await apply(t, f, [a]);
    // The draw admits two singles, then the twins do not fit the last place: 'stop' leaves it empty.
    const { outcome } = await freezeAndDraw({
      t,
      f,
      phase: 1,
      day: "2019-03-18",
      want: (o) => {
        const s = o.schools.find((x) => x.school === a);
        return s?.admitted.length === 2 && (s.waiting[0]?.includes("-") ?? false);
      },
    });
    const admittedA = outcome.schools.find((s) => s.school === a)?.admitted ?? [];
    await setTime(t, f, "2019-03-20T04:00:00.000Z");
    await declineNumber(f, admittedA[0] ?? "");
    // The twins take the freed place and the empty one.
    expect((await schoolResults(t, f, 1, a)).admitted).toHaveLength(3);
    await setTime(t, f, "2019-04-07T04:00:00.000Z");
    const open = (await mine(f)).filter((app) => app.children[0]?.placement.kind !== "admitted");
    const left = open.find((app) => app.children[0]?.placement.kind !== "declined");
    const full = await f.parent.post(`/api/enrolment/applications/${left?.id}/second-choices`, {
      choices: [a],
    });
    expect(full.statusCode).toBe(400);
    expect(full.json<Problem>().detail).toContain("无剩余名额");
    const ok = await f.parent.post(`/api/enrolment/applications/${left?.id}/second-choices`, {
      choices: [b],
    });
    expect(ok.statusCode).toBe(200);
  });
});

describe("defect 2: a decline after the second round never gives a child two places", () => {
  let t: TestApp;
  let f: EnrolmentFixture;
  beforeAll(async () => {
    t = await createTestApp();
    f = await setupRound(t, [2, 3]);
    const calendar = { ...TEST_CALENDAR, admission: { start: "2019-03-19", end: "2019-04-10" } };
    const round = (await f.division.get(`/api/enrolment/rounds/${f.roundId}`)).json<
      Record<string, unknown>
    >();
    const patched = await f.division.request("PATCH", `/api/enrolment/rounds/${f.roundId}`, {
      name: round.name,
      maxChoices: round.maxChoices,
      mechanism: round.mechanism,
      secondMechanism: round.secondMechanism,
      partialUnit: round.partialUnit,
      seedAnnouncement: round.seedAnnouncement,
      calendar,
    });
    if (patched.statusCode !== 200) throw new Error(patched.body);
  });
  afterAll(async () => t.close());

  it("moves a round-two holder up to their round-one school instead of doubling them", async () => {
    const [a, b] = f.schools.map((s) => s.code) as [string, string];
    for (let i = 0; i < 5; i++) await apply(t, f, [a]);
    const first = await freezeAndDraw({ t, f, phase: 1, day: "2019-03-18", want: () => true });
    await setTime(t, f, "2019-04-06T00:30:00.000Z");
    for (const app of await mine(f)) {
      if (app.children[0]?.placement.kind === "admitted") continue;
      const chosen = await f.parent.post(`/api/enrolment/applications/${app.id}/second-choices`, {
        choices: [b],
      });
      expect(chosen.statusCode).toBe(200);
    }
    await freezeAndDraw({ t, f, phase: 2, day: "2019-04-07", want: () => true });
    await setTime(t, f, "2019-04-08T04:00:00.000Z");
    const holderA = first.outcome.schools.find((s) => s.school === a)?.admitted[0] ?? "";
    await declineNumber(f, holderA);
    const atA = (await schoolResults(t, f, 1, a)).admitted.map((p) => p.number);
    const atB = (await schoolResults(t, f, 2, b)).admitted.map((p) => p.number);
    expect(atA).toHaveLength(2);
    expect(atA.filter((n) => atB.includes(n))).toEqual([]);
    const bundle = await t.app.inject({ url: `/api/public/enrolment/rounds/${f.roundId}/bundle` });
    expect(verifyDrawText(bundle.body).exitCode).toBe(0);
  });
});

describe("defect 3: a redraw is public, with its reason, in the bundle and on the page", () => {
  let t: TestApp;
  let f: EnrolmentFixture;
  beforeAll(async () => {
    t = await createTestApp();
    f = await setupRound(t, [2, 3]);
  });
  afterAll(async () => t.close());

  it("keeps every earlier draw with its reason, and each verifies", async () => {
    const [a] = f.schools.map((s) => s.code) as [string];
    for (let i = 0; i < 4; i++) await apply(t, f, [a]);
    const { drawId, inputs } = await freezeAndDraw({ t, f, phase: 1, day: "2019-03-18", want: () => true });
    const admin = await t.login("admin");
    const reasons = ["公证员发现录入的随机数与现场记录不符", "第二次录入仍有笔误，按公证记录重新派位"];
    let id = drawId;
    for (const [k, reason] of reasons.entries()) {
      const again = inputs.map((i) => (i.label === "notary" ? { ...i, value: `00000${k}` } : i));
      const redraw = await admin.post(`/api/enrolment/draws/${id}/redraw`, { reason, seedInputs: again });
      expect(redraw.statusCode).toBe(200);
      id = redraw.json<{ id: string }>().id;
    }
    const bundle = await t.app.inject({ url: `/api/public/enrolment/rounds/${f.roundId}/bundle` });
    const parsed = bundle.json<{ rounds: { previousDraws?: { reason: string }[] }[] }>();
    expect(parsed.rounds[0]?.previousDraws?.map((d) => d.reason)).toEqual(reasons);
    expect(verifyDrawText(bundle.body).exitCode).toBe(0);
    expect((await summary(t, f)).items[0]?.redraws?.map((r) => r.reason)).toEqual(reasons);
  });
});

describe("defect 4: public figures come from the ledger and add up", () => {
  let t: TestApp;
  let f: EnrolmentFixture;
  beforeAll(async () => {
    t = await createTestApp();
    // 26 × 5 % reserves ⌈1.3⌉ = 2 places; 4 × 5 % reserves ⌈0.2⌉ = 1.
    f = await setupRound(t, [26, 4], { reservedPercent: 5 });
  });
  afterAll(async () => t.close());

  it("shows the places drawn, with the reserved share explained", async () => {
    const schools = (await t.app.inject({ url: `/api/public/enrolment/rounds/${f.roundId}/schools` })).json<{
      items: { code: string; places: number; plannedPlaces?: number; reservedPlaces?: number }[];
    }>();
    expect(schools.items[0]).toMatchObject({ places: 24, plannedPlaces: 26, reservedPlaces: 2 });
  });

  it("stops counting a promoted applicant as unplaced", async () => {
    const b = f.schools[1]?.code ?? "";
    for (let i = 0; i < 5; i++) await apply(t, f, [b]);
    const { outcome } = await freezeAndDraw({ t, f, phase: 1, day: "2019-03-18", want: () => true });
    expect((await summary(t, f)).items[0]?.unplaced).toBe(2);
    await setTime(t, f, "2019-03-20T04:00:00.000Z");
    await declineNumber(f, outcome.schools.find((s) => s.school === b)?.admitted[0] ?? "");
    expect((await summary(t, f)).items[0]?.unplaced).toBe(1);
    expect((await schoolResults(t, f, 1, b)).waiting).toHaveLength(1);
    const { figures } = (
      await t.app.inject({ url: `/api/public/enrolment/rounds/${f.roundId}/results` })
    ).json<{ figures: Record<string, number> }>();
    expect(figures).toMatchObject({
      places: 27,
      admitted: 3,
      free: 24,
      applicants: 5,
      unplaced: 1,
      declined: 1,
    });
  });
});
