import {
  allocateRound,
  deriveSeed,
  setupFromLists,
  type FrozenList,
  type RoundOutcome,
  type SeedAnnouncement,
  type SeedInput,
} from "@edubureau/domain/lottery";
import type { TestApp } from "../../test/test-app.ts";
import type { EnrolmentFixture } from "./enrolment-test-fixtures.ts";

/** Test only: the value a test announcement's public value takes (上证指数收盘 ×100, eight digits). */
export const PUBLIC_VALUE = "00302175";

/** Moves the app clock and signs everyone in again. */
export async function setTime(t: TestApp, f: EnrolmentFixture, iso: string): Promise<void> {
  t.clock.set(new Date(iso));
  f.division = await t.login("division");
  f.parent = await t.login("parent");
  f.districtA = await t.login("districtA");
  f.districtB = await t.login("districtB");
}

/** A freeze body announcing a public value available an hour after `day` 09:00 Beijing and the draw at 11:00. */
export function freezeBody(phase: 1 | 2, day: string) {
  return {
    phase,
    earliestDrawAt: `${day}T03:00:00.000Z`,
    publicValues: [
      {
        label: "sse-close",
        digits: 8,
        source: `上海证券交易所上证综合指数 ${day} 10:00 点位乘以100，8位，不足前补零`,
        availableAt: `${day}T02:00:00.000Z`,
      },
    ],
  };
}

interface DrawView {
  id: string;
  label: string;
  mechanism: "boston" | "deferred-acceptance";
  status: string;
}

/**
 * Freezes a phase at 09:00 Beijing on `day`, then searches on-site numbers that give an outcome the
 * scenario needs (the test then reads like the story) and draws at noon, publishing the result.
 */
export async function freezeAndDraw(options: {
  t: TestApp;
  f: EnrolmentFixture;
  phase: 1 | 2;
  day: string;
  want: (outcome: RoundOutcome) => boolean;
}): Promise<{ drawId: string; outcome: RoundOutcome; inputs: SeedInput[] }> {
  const { t, f, phase, day, want } = options;
  await setTime(t, f, `${day}T01:00:00.000Z`);
  const frozen = await f.division.post(`/api/enrolment/rounds/${f.roundId}/draws`, freezeBody(phase, day));
  if (frozen.statusCode !== 201) throw new Error(frozen.body);
  const draw = frozen.json<DrawView>();
  const base = `/api/public/enrolment/rounds/${f.roundId}`;
  const lists = (await t.app.inject({ url: `${base}/lists/${phase}` })).json<{ lists: FrozenList[] }>().lists;
  const round = (await f.division.get(`/api/enrolment/rounds/${f.roundId}`)).json<{
    partialUnit: "skip" | "stop";
    seedAnnouncement: SeedAnnouncement;
  }>();
  const announced = await t.app.inject({ url: `${base}/announcements` });
  const announcement =
    announced.statusCode === 200
      ? (announced
          .json<{ items: { phase: number; seedAnnouncement: SeedAnnouncement }[] }>()
          .items.find((a) => a.phase === phase)?.seedAnnouncement ?? round.seedAnnouncement)
      : round.seedAnnouncement;
  const listed = { label: draw.label, mechanism: draw.mechanism, partialUnit: round.partialUnit, lists };
  const setup = setupFromLists(listed);
  if (!setup.ok) throw new Error(setup.message);
  for (let i = 0; i < 5000; i++) {
    const inputs = [
      ...announcement.labels.map((label, k) => ({
        label,
        value: String((i * 7919 + k * 104729) % 10 ** announcement.digits).padStart(announcement.digits, "0"),
      })),
      ...(announcement.publicValues ?? []).map((v) => ({ label: v.label, value: PUBLIC_VALUE })),
    ];
    const seed = deriveSeed({ ...listed, announcement, inputs });
    if (!seed.ok) throw new Error(seed.message);
    const outcome = allocateRound(setup.value, seed.value);
    if (!want(outcome)) continue;
    await setTime(t, f, `${day}T04:00:00.000Z`);
    const run = await f.division.post(`/api/enrolment/draws/${draw.id}/run`, { seedInputs: inputs });
    if (run.statusCode !== 200) throw new Error(run.body);
    if (run.json<DrawView>().status === "drawn") {
      const published = await f.division.post(`/api/enrolment/draws/${draw.id}/publish`);
      if (published.statusCode !== 200) throw new Error(published.body);
    }
    return { drawId: draw.id, outcome, inputs };
  }
  throw new Error("no on-site numbers give the scenario");
}
