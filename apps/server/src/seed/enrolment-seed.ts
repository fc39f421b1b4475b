import { lotteryPlaces } from "@edubureau/domain/enrolment";
import { drawRound, type RoundSetup } from "@edubureau/domain/lottery";
import { beijingDate } from "@edubureau/domain/work-plan";
import { ENROLMENT_SIZES, generateEnrolment } from "../../../../tools/synthetic-city/enrolment.ts";
import { Prng } from "../../../../tools/synthetic-city/index.ts";
import type {
  SyntheticEnrolment,
  SyntheticEnrolmentRound,
} from "../../../../tools/synthetic-city/enrolment.ts";
import { enrolmentDeclines, enrolmentDraws } from "../modules/enrolment/enrolment.tables.ts";
import {
  ENROLMENT_APPLICANTS,
  ENROLMENT_APPLICATIONS,
  ENROLMENT_PLANS,
  ENROLMENT_ROUNDS,
} from "./enrolment-tables.ts";
import type { FeatureSeedContext } from "./feature-seed.ts";

/** The first round's setup, built as the draw console builds it from the approved applications. */
function firstRoundSetup(data: SyntheticEnrolment, round: SyntheticEnrolmentRound): RoundSetup {
  const schools = data.plans
    .filter((p) => p.roundId === round.id && p.inLottery)
    .map((p) => ({ code: p.code, quota: lotteryPlaces(p.places, p.reservedPercent) }));
  const approved = data.applications.filter((a) => a.roundId === round.id && a.status === "approved");
  const childrenOf = new Map<string, string[]>();
  for (const child of data.applicants) {
    childrenOf.set(child.applicationId, [...(childrenOf.get(child.applicationId) ?? []), child.number]);
  }
  return {
    label: `${round.code}-1`,
    mechanism: round.mechanism,
    partialUnit: "skip",
    schools,
    applicants: approved.flatMap((a) =>
      (childrenOf.get(a.id) ?? []).map((number) => ({ number, choices: a.choices })),
    ),
    units: approved
      .filter((a) => (childrenOf.get(a.id) ?? []).length > 1)
      .map((a) => ({ id: a.number, members: childrenOf.get(a.id) ?? [] })),
  };
}

/**
 * 招生入学 demo data: the 2019 初中 round drawn and published on its draw day (so the public page,
 * the statistics and `npm run verify-draw` have a real result, with a few places declined and passed
 * down the waiting lists), and a 小学 round open for applications today.
 */
export async function seedEnrolment(ctx: FeatureSeedContext): Promise<void> {
  const { tx, city, seed, scale, now, write } = ctx;
  const data = generateEnrolment(city, seed, { ...ENROLMENT_SIZES[scale], today: beijingDate(now) });
  await write("enrolment", "招生轮次", ENROLMENT_ROUNDS, data.rounds);
  await write("enrolment", "招生计划", ENROLMENT_PLANS, data.plans);
  await write("enrolment", "入学申请", ENROLMENT_APPLICATIONS, data.applications);
  await write("enrolment", "报名学生", ENROLMENT_APPLICANTS, data.applicants);

  const junior = data.rounds.find((r) => r.stage === "junior_1");
  if (!junior) return;
  const setup = firstRoundSetup(data, junior);
  if (setup.schools.length === 0 || setup.applicants.length === 0) return;
  const rng = new Prng(seed, "enrolment-draw");
  const digits = () => String(rng.int(0, 999_999)).padStart(junior.seedDigits, "0");
  const drawn = drawRound({
    setup,
    announcement: { digits: junior.seedDigits, labels: junior.seedLabels },
    inputs: junior.seedLabels.map((label) => ({ label, value: digits() })),
  });
  if (!drawn.ok) throw new Error(`演示派位失败：${drawn.message}`);
  const drawDay = new Date(`${junior.calendar.draw.start}T02:00:00Z`);
  const [draw] = await tx
    .insert(enrolmentDraws)
    .values({
      roundId: junior.id,
      phase: 1,
      status: "published",
      setup,
      lists: drawn.value.lists,
      result: drawn.value,
      frozenAt: drawDay,
      drawnAt: drawDay,
      publishedAt: drawDay,
      createdAt: drawDay,
    })
    .returning({ id: enrolmentDraws.id });
  // A few families give up their place at an oversubscribed school (放弃录取), so the waiting list moves.
  const declined = drawn.value.outcome.schools
    .filter((s) => s.oversubscribed && s.waiting.length > 0)
    .slice(0, 3)
    .map((s) => s.admitted.find((n) => !n.includes("-")))
    .filter((n): n is string => n !== undefined);
  if (draw && declined.length > 0) {
    const at = new Date(`${junior.calendar.admission.start}T02:00:00Z`);
    await tx
      .insert(enrolmentDeclines)
      .values(declined.map((number, i) => ({ drawId: draw.id, number, seq: i + 1, at })));
  }
}
