import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { loadTestPlan, type LoadedPlan } from "./work-plan.fixture.ts";

let t: TestApp;
let plan: LoadedPlan;
let admin: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  plan = await loadTestPlan(t);
  admin = await t.login("admin");
});
afterAll(async () => t.close());

interface Notice {
  id: string;
  kind: string;
  unit: { name: string };
  state: string;
  reason: string;
  responseDeadline: string;
  canRespond: boolean;
}

const sweep = async () => {
  const response = await admin.post("/api/work-plan/supervision/sweep");
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json<{ raised: number; escalated: number }>();
};
// Moving the clock by days ends every session (30-minute idle timeout): sign in again after each move.
const at = async (iso: string) => {
  t.clock.set(new Date(iso));
  admin = await t.login("admin");
};

type QueueUser = "districtA" | "districtB" | "division";

/**
 * The 工作台's 督办 counts beside the lists they stand for, which must agree: a unit's notices it may
 * answer, and the escalated ones a leader may still instruct.
 */
async function queueAgreesWithLists() {
  const countOf = async (session: TestSession, key: string) =>
    (await session.get("/api/work-queue"))
      .json<{ items: { key: string; count: number }[] }>()
      .items.find((i) => i.key === key)?.count;
  const notices: Partial<Record<QueueUser, number>> = {};
  for (const username of ["districtA", "districtB", "division"] as const) {
    const session = await t.login(username);
    const listed = (await session.get("/api/work-plan/supervision/notices")).json<{ items: Notice[] }>();
    notices[username] = listed.items.filter((n) => n.canRespond).length;
    expect(await countOf(session, "notices"), username).toBe(notices[username]);
  }
  const leader = await t.login("leader");
  const escalated = (await leader.get("/api/work-plan/supervision/notices?view=leader")).json<{
    items: { canInstruct: boolean; instruction: string | null }[];
  }>();
  const toInstruct = escalated.items.filter((n) => n.canInstruct && n.instruction === null).length;
  expect(await countOf(leader, "noticesToInstruct")).toBe(toInstruct);
  return { notices, toInstruct };
}

describe("督办 automation", () => {
  it("raises nothing while reports are not yet due", async () => {
    await at("2019-03-20T02:00:00Z");
    const result = await sweep();
    expect(result.escalated).toBe(0);
    const notices = (await admin.get("/api/work-plan/supervision/notices?view=all")).json<{
      items: Notice[];
    }>();
    expect(notices.items.filter((n) => n.kind === "report_overdue")).toHaveLength(0);
  });

  it("raises one 督办单 per unit whose quarterly report is overdue, once, with a response deadline", async () => {
    // Q1 reports are due on 2019-04-10; the day after, every responsible unit still owes one.
    await at("2019-04-11T02:00:00Z");
    const first = await sweep();
    expect(first.raised).toBeGreaterThanOrEqual(3); // 基础教育处, 芙蓉区, 岳麓区
    expect((await sweep()).raised).toBe(0);
    const queue = await queueAgreesWithLists();
    expect(queue.notices.districtA).toBeGreaterThan(0);
    // Not yet past the response deadline: nothing for the leaders.
    expect(queue.toInstruct).toBe(0);

    const district = await t.login("districtA");
    const mine = (await district.get("/api/work-plan/supervision/notices")).json<{ items: Notice[] }>();
    const overdue = mine.items.find((n) => n.kind === "report_overdue");
    expect(overdue).toMatchObject({
      state: "awaiting_response",
      responseDeadline: "2019-04-18",
      canRespond: true,
    });
    expect(overdue?.reason).toContain("2019年第一季度");
    expect(
      (await district.get("/api/notifications/unread-count")).json<{ unread: number }>().unread,
    ).toBeGreaterThan(0);
    // A district never sees another unit's notices, nor the city-wide list.
    expect(mine.items.every((n) => n.unit.name === "芙蓉区")).toBe(true);
    expect((await district.get("/api/work-plan/supervision/notices?view=all")).statusCode).toBe(403);
  });

  it("escalates an unanswered notice to the leaders after its deadline, and records a late answer", async () => {
    let leader = await t.login("leader");
    const unreadBefore = (await leader.get("/api/notifications/unread-count")).json<{ unread: number }>()
      .unread;
    await at("2019-04-19T02:00:00Z");
    leader = await t.login("leader");
    const result = await sweep();
    expect(result.escalated).toBeGreaterThanOrEqual(3);
    expect((await sweep()).escalated).toBe(0);
    const unreadAfter = (await leader.get("/api/notifications/unread-count")).json<{ unread: number }>()
      .unread;
    expect(unreadAfter).toBe(unreadBefore + result.escalated);
    const escalated = (await leader.get("/api/work-plan/supervision/notices?view=leader")).json<{
      items: Notice[];
    }>();
    expect(escalated.items.length).toBe(result.escalated);
    expect(escalated.items.every((n) => n.state === "escalated")).toBe(true);
    const queue = await queueAgreesWithLists();
    expect(queue.toInstruct).toBe(result.escalated);

    const district = await t.login("districtA");
    const notice = (await district.get("/api/work-plan/supervision/notices")).json<{ items: Notice[] }>()
      .items[0];
    const id = notice?.id ?? "";
    expect(
      (await district.post(`/api/work-plan/supervision/notices/${id}/respond`, { response: "好" }))
        .statusCode,
    ).toBe(400);
    const answered = await district.post(`/api/work-plan/supervision/notices/${id}/respond`, {
      response: "已于4月19日补报第一季度进展，今后按时报送。",
    });
    expect(answered.statusCode).toBe(200);
    const after = (await leader.get("/api/work-plan/supervision/notices?view=leader")).json<{
      items: Notice[];
    }>();
    expect(after.items.find((n) => n.id === id)?.state).toBe("responded_late");
    const answeredQueue = await queueAgreesWithLists();
    expect(answeredQueue.toInstruct).toBe(queue.toInstruct - 1);
    expect(answeredQueue.notices.districtA).toBe((queue.notices.districtA ?? 0) - 1);
    expect(
      (
        await district.post(`/api/work-plan/supervision/notices/${id}/respond`, {
          response: "再回复一次可以吗",
        })
      ).statusCode,
    ).toBe(409);
  });

  it("lets a leader write a 批示 and 催办 an escalated notice; the unit is notified and its reply closes it", async () => {
    const leader = await t.login("leader");
    const districtB = await t.login("districtB");
    const open = (await districtB.get("/api/work-plan/supervision/notices")).json<{
      items: (Notice & { instruction: string | null; urgedCount: number; canInstruct: boolean })[];
    }>().items[0];
    const id = open?.id ?? "";
    expect(open?.canInstruct).toBe(false);
    const unitUnread = async () =>
      (await districtB.get("/api/notifications/unread-count")).json<{ unread: number }>().unread;
    const before = await unitUnread();

    // Leaders only: a division or the unit itself is refused.
    const division = await t.login("division");
    const body = { instruction: "请岳麓区本周内补报并说明原因。", urge: true };
    expect((await division.post(`/api/work-plan/supervision/notices/${id}/instruct`, body)).statusCode).toBe(
      403,
    );
    expect((await districtB.post(`/api/work-plan/supervision/notices/${id}/instruct`, body)).statusCode).toBe(
      403,
    );

    const queue = await queueAgreesWithLists();
    const urged = await leader.post(`/api/work-plan/supervision/notices/${id}/instruct`, body);
    expect(urged.statusCode, urged.body).toBe(200);
    // Instructed, the notice leaves the leader's queue and still waits on the unit.
    expect(await queueAgreesWithLists()).toEqual({ ...queue, toInstruct: queue.toInstruct - 1 });
    expect(urged.json<{ urgedCount: number }>().urgedCount).toBe(1);
    expect(await unitUnread()).toBe(before + 1);
    const inbox = (await districtB.get("/api/notifications?kind=supervision_urged")).json<{
      items: { title: string; body: string; link: string }[];
      total: number;
    }>();
    expect(inbox.total).toBe(1);
    expect(inbox.items[0]?.body).toContain("本周内补报");
    expect(inbox.items[0]?.link).toBe(`/work-plan/supervision?notice=${id}`);
    const seen = (await districtB.get("/api/work-plan/supervision/notices")).json<{
      items: { id: string; instruction: string | null; urgedCount: number }[];
    }>();
    expect(seen.items.find((n) => n.id === id)).toMatchObject({
      instruction: body.instruction,
      urgedCount: 1,
    });

    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${id} order by id`,
    );
    expect(audit.map((r) => r.action)).toContain("instruct");

    const reply = await districtB.post(`/api/work-plan/supervision/notices/${id}/respond`, {
      response: "已按批示补报，并落实专人按期报送。",
    });
    expect(reply.statusCode).toBe(200);
    expect((await leader.post(`/api/work-plan/supervision/notices/${id}/instruct`, body)).statusCode).toBe(
      409,
    );
  });

  it("raises a 督办单 to the lead unit when a target is 严重滞后", async () => {
    // By mid-June nothing counts towards the 20 儿童友好 schools: half the year gone, no progress.
    await at("2019-06-20T02:00:00Z");
    await sweep();
    const division = await t.login("division");
    const mine = (await division.get("/api/work-plan/supervision/notices")).json<{ items: Notice[] }>();
    const lagging = mine.items.filter((n) => n.kind === "target_seriously_lagging");
    expect(lagging.map((n) => n.reason).join()).toContain("创建儿童友好型试点学校");
    const districtB = await t.login("districtB");
    const theirs = (await districtB.get("/api/work-plan/supervision/notices")).json<{ items: Notice[] }>();
    expect(theirs.items.some((n) => n.kind === "target_seriously_lagging")).toBe(false);
    await queueAgreesWithLists();
    void plan;
  });
});
