import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitmentDigest } from "@edubureau/domain/lottery";
import { checkAnnounced, verifyDrawText } from "../../../../../tools/verify-draw.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { freezeBody, PUBLIC_VALUE, setTime } from "./enrolment-draw-helpers.ts";
import {
  applicationBody,
  childId,
  setupRound,
  type Application,
  type EnrolmentFixture,
} from "./enrolment-test-fixtures.ts";

/**
 * 现场随机数承诺: the notary and the parent representative pick their numbers before the announcement and
 * hand over only digests; the draw accepts only the numbers that reproduce them, and a bundle whose
 * on-site number was changed afterwards cannot match the announcement.
 */
let t: TestApp;
let f: EnrolmentFixture;
let drawId = "";

const NONCES = { parent: "Pq7rS8tU9vW0xY1z", notary: "Aa1Bb2Cc3Dd4Ee5F" };
const inputs = [
  { label: "parent", value: "012345", nonce: NONCES.parent },
  { label: "notary", value: "987654", nonce: NONCES.notary },
  { label: "sse-close", value: PUBLIC_VALUE },
];
const commitments = inputs
  .filter((i) => i.nonce !== undefined)
  .map((i) => ({ label: i.label, digest: commitmentDigest(i.label, i.value, i.nonce) }));

type Problem = { detail: string; errors?: { field: string; message: string }[] };

beforeAll(async () => {
  t = await createTestApp();
  f = await setupRound(t, [2, 4]);
  for (let i = 0; i < 4; i++) {
    const birthDate = `2007-0${i + 1}-1${i}`;
    const child = { name: `李${"一二三四"[i]}明`, sex: "male", birthDate, idNumber: childId(birthDate) };
    const response = await f.parent.post(
      "/api/enrolment/applications",
      applicationBody(f, t, { children: [child], choices: f.schools.map((s) => s.code) }),
    );
    await f.districtA.post(`/api/enrolment/review/${response.json<Application>().id}/approve`);
  }
  await setTime(t, f, "2019-03-18T01:00:00.000Z");
});
afterAll(() => t.close());

describe("committed on-site numbers", () => {
  it("refuses a commitment that is not a SHA-256 digest or names no on-site number, naming the field", async () => {
    const url = `/api/enrolment/rounds/${f.roundId}/draws`;
    const short = await f.division.post(url, {
      ...freezeBody(1, "2019-03-18"),
      commitments: [{ label: "parent", digest: "abc" }],
    });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain("64 位十六进制");
    const unknown = await f.division.post(url, {
      ...freezeBody(1, "2019-03-18"),
      commitments: [{ label: "mayor", digest: "0".repeat(64) }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().errors?.[0]?.field).toBe("commitments");
    expect(unknown.body).toContain("不是公告的现场随机数");
  });

  it("publishes the commitments in the announcement", async () => {
    const frozen = await f.division.post(`/api/enrolment/rounds/${f.roundId}/draws`, {
      ...freezeBody(1, "2019-03-18"),
      commitments,
    });
    expect(frozen.statusCode).toBe(201);
    drawId = frozen.json<{ id: string }>().id;
    const announced = await t.app.inject({ url: `/api/public/enrolment/rounds/${f.roundId}/announcements` });
    const [announcement] = announced.json<{ items: { seedAnnouncement: { commitments?: unknown[] } }[] }>()
      .items;
    expect(announcement?.seedAnnouncement.commitments).toEqual(commitments);
  });

  it("refuses an on-site number other than the committed one, or without its nonce, and changes nothing", async () => {
    await setTime(t, f, "2019-03-18T04:00:00.000Z");
    const other = inputs.map((i) => (i.label === "notary" ? { ...i, value: "987655" } : i));
    const wrong = await f.division.post(`/api/enrolment/draws/${drawId}/run`, { seedInputs: other });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<Problem>().detail).toBe("随机数「notary」与派位公告中公布的承诺不符");
    const bare = inputs.map(({ label, value }) => ({ label, value }));
    const noNonce = await f.division.post(`/api/enrolment/draws/${drawId}/run`, { seedInputs: bare });
    expect(noNonce.statusCode).toBe(400);
    expect(noNonce.json<Problem>().detail).toContain("口令");
    const draws = (await f.division.get(`/api/enrolment/rounds/${f.roundId}/draws`)).json<{
      items: { status: string }[];
    }>();
    expect(draws.items[0]?.status).toBe("frozen");
  });

  it("draws with the revealed numbers; the bundle verifies and matches the announcement", async () => {
    const run = await f.division.post(`/api/enrolment/draws/${drawId}/run`, { seedInputs: inputs });
    expect(run.statusCode).toBe(200);
    const bundle = (await t.app.inject({ url: `/api/public/enrolment/rounds/${f.roundId}/bundle` })).body;
    expect(bundle).toContain(NONCES.notary);
    expect(verifyDrawText(bundle).exitCode).toBe(0);
    const announcements = (
      await t.app.inject({ url: `/api/public/enrolment/rounds/${f.roundId}/announcements` })
    ).body;
    expect(checkAnnounced(bundle, [announcements], []).exitCode).toBe(0);
  });
});
