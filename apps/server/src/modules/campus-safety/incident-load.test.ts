import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { SESSION_COOKIE } from "../../http/session-token.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { insertTestAccount, TEST_PASSWORD } from "../../test/test-world.ts";
import { createPasswordHasher, TEST_HASH_PARAMS } from "../auth/password-hash.ts";
import { insertUnit } from "../org-units/org-units.service.ts";
import { openEventStream } from "../../test/event-stream-reader.ts";
import type { SafetyEvent } from "./safety-events.ts";

/**
 * Load test (bounded, loopback only): 50 school accounts in two districts report 200 incidents over real HTTP
 * on 127.0.0.1, 50 at a time, some of them twice (a retried request). Every report is stored once, each
 * district's notice centre and live stream hold its own schools' reports and nothing of the other's, and two
 * sweeps run at once after the time limits send every escalation exactly once.
 */
const SCHOOLS = 50;
const REPORTS = 200;
const CONCURRENCY = 50;

let t: TestApp;
let base: string;
const schoolIds: string[] = [];
const districtOf = new Map<string, "A" | "B">();

interface Client {
  cookie: string;
  csrf: string;
}

async function login(username: string): Promise<Client> {
  const r = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  const cookie = /eb_sid=([^;]+)/.exec(r.headers.get("set-cookie") ?? "")?.[1];
  const body = (await r.json()) as { csrfToken: string };
  if (!cookie) throw new Error("no session cookie");
  return { cookie: `${SESSION_COOKIE}=${cookie}`, csrf: body.csrfToken };
}

function post(c: Client, path: string, body: unknown) {
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: c.cookie, "x-csrf-token": c.csrf },
    body: JSON.stringify(body),
  });
}

/** Collects the server-sent events one account receives. */
const listen = (c: Client) =>
  openEventStream<SafetyEvent>(`${base}/api/campus-safety/events`, { cookie: c.cookie });

async function pool<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  const now = t.clock.now();
  const hash = await createPasswordHasher(TEST_HASH_PARAMS).hash(TEST_PASSWORD);
  await t.database.db.transaction(async (tx) => {
    for (let i = 0; i < SCHOOLS; i++) {
      const side = i % 2 === 0 ? "A" : "B";
      const district = side === "A" ? t.world.districtA : t.world.districtB;
      const unit = await insertUnit(
        tx,
        district,
        { code: `LOAD${String(i).padStart(4, "0")}`, name: `压测学校${i}`, kind: "institution" },
        now,
      );
      schoolIds.push(unit.id);
      districtOf.set(unit.id, side);
      await insertTestAccount(
        tx,
        {
          username: `load${i}`,
          displayName: `压测学校${i}`,
          passwordHash: hash,
          role: "school",
          orgUnitId: unit.id,
        },
        now,
      );
    }
  });
  base = await t.app.listen({ host: "127.0.0.1", port: 0 });
}, 120_000);
afterAll(async () => t.close());

const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(t.database.db, query))[0]!.n;

describe("incident reports under load", () => {
  it("stores 200 reports from 50 concurrent schools once each, scoped, with each escalation sent once", async () => {
    const clients = await Promise.all(Array.from({ length: SCHOOLS }, (_, i) => login(`load${i}`)));
    const [districtA, districtB] = [await login("districtA"), await login("districtB")];
    const streamA = await listen(districtA);
    const streamB = await listen(districtB);

    const severities = ["I", "II", "III", "IV"] as const;
    const jobs = Array.from({ length: REPORTS }, (_, n) => ({
      school: n % SCHOOLS,
      body: {
        clientKey: `load-${n}`,
        category: "accident",
        severity: severities[n % 4]!,
        title: `压测事件${n}`,
        description: "压力测试：学生课间意外受伤。",
        casualties: 0,
        occurredAt: new Date(t.clock.now().getTime() - 60_000).toISOString(),
      },
    }));
    // Every tenth report is sent a second time, as a client retry would.
    const sends = [...jobs, ...jobs.filter((_, n) => n % 10 === 0)];
    const statuses: number[] = [];
    await pool(sends, CONCURRENCY, async (job) => {
      const r = await post(clients[job.school]!, "/api/campus-safety/incidents", job.body);
      statuses.push(r.status);
      await r.arrayBuffer();
    });
    expect(statuses.filter((s) => s === 201)).toHaveLength(REPORTS);
    expect(statuses.filter((s) => s === 200)).toHaveLength(REPORTS / 10);

    expect(await count(sql`select count(*)::int as n from safety_incidents`)).toBe(REPORTS);
    expect(await count(sql`select count(distinct client_key)::int as n from safety_incidents`)).toBe(REPORTS);
    expect(
      await count(sql`select count(*)::int as n from safety_incident_events where kind = 'reported'`),
    ).toBe(REPORTS);

    // Each report told its own district once, and never the other district.
    const notes = await queryRows<{ unit: string; school: string }>(
      t.database.db,
      sql`select n.org_unit_id as unit, i.school_id as school from notifications n
          join safety_incidents i on n.link = '/campus-safety/incidents/' || i.id
          where n.kind = 'safety_incident_reported' and n.org_unit_id <> ${t.world.city.id}`,
    );
    expect(notes).toHaveLength(REPORTS);
    for (const n of notes) {
      const side = districtOf.get(n.school);
      expect(n.unit).toBe(side === "A" ? t.world.districtA.id : t.world.districtB.id);
    }

    // The live streams: district A hears its 100 reports, district B its own 100, nothing crosses.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const ids = new Map(
      (
        await queryRows<{ id: string; school: string }>(
          t.database.db,
          sql`select id, school_id as school from safety_incidents`,
        )
      ).map((r) => [r.id, r.school]),
    );
    const reportedA = streamA.events.filter((e) => e.action === "reported");
    const reportedB = streamB.events.filter((e) => e.action === "reported");
    expect(reportedA).toHaveLength(REPORTS / 2);
    expect(reportedB).toHaveLength(REPORTS / 2);
    expect(reportedA.every((e) => districtOf.get(ids.get(e.id)!) === "A")).toBe(true);
    expect(reportedB.every((e) => districtOf.get(ids.get(e.id)!) === "B")).toBe(true);

    // Past every acknowledgement and follow-up limit (IV: 24 h and 72 h): two sweeps at once.
    t.clock.advance(73 * 3600_000);
    const division = await login("division");
    const results = await Promise.all([
      post(division, "/api/campus-safety/sweep", {}),
      post(division, "/api/campus-safety/sweep", {}),
    ]);
    const sent = await Promise.all(
      results.map(async (r) => (await r.json()) as { incidentsEscalated: number }),
    );
    // Each incident: acknowledge_overdue (city) and follow_up_overdue (district); none is closed late yet.
    expect(sent[0]!.incidentsEscalated + sent[1]!.incidentsEscalated).toBe(REPORTS * 2);
    expect(await count(sql`select count(*)::int as n from safety_incident_escalations`)).toBe(REPORTS * 2);
    expect(
      await count(sql`select count(*)::int as n from notifications where kind = 'safety_incident_escalated'`),
    ).toBe(REPORTS * 2);
    // Escalations to a district went to the school's own district.
    const escalated = await queryRows<{ unit: string; school: string }>(
      t.database.db,
      sql`select e.target_unit_id as unit, i.school_id as school from safety_incident_escalations e
          join safety_incidents i on i.id = e.incident_id where e.kind = 'follow_up_overdue'`,
    );
    expect(escalated).toHaveLength(REPORTS);
    for (const e of escalated)
      expect(e.unit).toBe(districtOf.get(e.school) === "A" ? t.world.districtA.id : t.world.districtB.id);
    const again = await post(division, "/api/campus-safety/sweep", {});
    expect(((await again.json()) as { incidentsEscalated: number }).incidentsEscalated).toBe(0);

    await streamA.close();
    await streamB.close();
    expect(streamA.events.every((e) => districtOf.get(ids.get(e.id)!) === "A")).toBe(true);
    expect(streamB.events.every((e) => districtOf.get(ids.get(e.id)!) === "B")).toBe(true);
  }, 120_000);
});
