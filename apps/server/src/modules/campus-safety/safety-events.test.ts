import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../http/session-token.ts";
import { openEventStream } from "../../test/event-stream-reader.ts";
import { startSecondInstance, type SecondInstance } from "../../test/second-instance.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { TEST_PASSWORD } from "../../test/test-world.ts";
import { publishSafetyEvent, type SafetyEvent } from "./safety-events.ts";

// The command board's live stream rides the platform's event bus (LISTEN/NOTIFY): a report written through
// instance A reaches a board connected to instance B, within the reader's scope only. Both engines: on
// PostgreSQL B has its own pool and LISTEN connection, as another process would; embedded, one engine.

let a: TestApp;
let b: SecondInstance;

beforeAll(async () => {
  a = await createTestApp();
  a.clock.set(new Date("2019-05-06T02:00:00Z"));
  b = await startSecondInstance(a);
});

afterAll(async () => {
  await b.close();
  await a.close();
});

async function streamOnB(username: string) {
  const login = await b.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: TEST_PASSWORD },
  });
  expect(login.statusCode).toBe(200);
  const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? "";
  return openEventStream<SafetyEvent>(`${b.url}/api/campus-safety/events`, {
    cookie: `${SESSION_COOKIE}=${cookie}`,
  });
}

describe("the command board's live stream across instances", () => {
  it("a report and its acknowledgement through A reach the leader's and the district's boards on B, not another district's", async () => {
    const leader = await streamOnB("leader");
    const districtA = await streamOnB("districtA");
    const districtB = await streamOnB("districtB");
    const school = await a.login("schoolA");
    const reported = await school.post("/api/campus-safety/incidents", {
      category: "accident",
      severity: "II",
      title: "跨实例推送测试",
      description: "学生在实验课上受伤，已送医。",
      casualties: 1,
      occurredAt: new Date(a.clock.now().getTime() - 10 * 60_000).toISOString(),
    });
    expect(reported.statusCode).toBe(201);
    const { id } = reported.json<{ id: string }>();
    expect(await leader.waitFor(1)).toEqual([
      expect.objectContaining({ entity: "incident", action: "reported", id, schoolName: "芙蓉区示范小学" }),
    ]);
    await districtA.waitFor(1);
    const acknowledged = await (
      await a.login("districtA")
    ).post(`/api/campus-safety/incidents/${id}/acknowledge`, { note: "已签收" });
    expect(acknowledged.statusCode).toBe(200);
    expect((await districtA.waitFor(2)).map((e) => e.action)).toEqual(["reported", "acknowledged"]);
    expect((await leader.waitFor(2)).map((e) => e.action)).toEqual(["reported", "acknowledged"]);
    await new Promise((r) => setTimeout(r, 200));
    expect(districtB.events).toEqual([]);
    await Promise.all([leader.close(), districtA.close(), districtB.close()]);
  });

  it("delivers an event published on the bus from another connection, and nothing of a rolled-back one", async () => {
    const districtB = await streamOnB("districtB");
    const event: SafetyEvent = {
      entity: "hazard",
      action: "reported",
      id: "00000000-0000-4000-8000-000000000001",
      schoolPath: a.world.schoolB.path,
      schoolName: a.world.schoolB.name,
      at: a.clock.now().toISOString(),
    };
    await a.database.db
      .transaction(async (tx) => {
        await publishSafetyEvent(tx, { ...event, action: "rolled-back" });
        await tx.execute(sql`select 1/0`);
      })
      .catch(() => undefined);
    await publishSafetyEvent(a.database.db, event);
    expect(await districtB.waitFor(1)).toEqual([event]);
    await new Promise((r) => setTimeout(r, 200));
    expect(districtB.events).toHaveLength(1);
    await districtB.close();
  });
});
