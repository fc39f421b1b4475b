import { lotteryPlaces } from "@edubureau/domain/enrolment";
import {
  createDrawAnnouncement,
  drawRound,
  freezeRound,
  PlacementLedger,
  type RoundSetup,
} from "@edubureau/domain/lottery";
import { beijingDate } from "@edubureau/domain/work-plan";
import { ENROLMENT_SIZES, generateEnrolment } from "../../../../tools/synthetic-city/enrolment.ts";
import { Prng } from "../../../../tools/synthetic-city/index.ts";
import type {
  SyntheticEnrolment,
  SyntheticEnrolmentRound,
} from "../../../../tools/synthetic-city/enrolment.ts";
import * as lq from "../modules/enrolment/enrolment-ledger.queries.ts";
import { enrolmentDraws } from "../modules/enrolment/enrolment.tables.ts";
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
  const drawDay = junior.calendar.draw.start;
  // Announced the day before: the lists, the rules and a public value published after the announcement.
  const lists = freezeRound(setup);
  if (!lists.ok) throw new Error(`演示派位失败：${lists.message}`);
  const announcement = createDrawAnnouncement({
    setup,
    lists: lists.value,
    seedAnnouncement: {
      digits: junior.seedDigits,
      labels: junior.seedLabels,
      publicValues: [
        {
          label: "sse-close",
          digits: 8,
          source: `上海证券交易所上证综合指数 ${dayBefore(drawDay)} 收盘点位乘以100取整，8位，不足前补零`,
          availableAt: `${dayBefore(drawDay)}T07:30:00.000Z`,
        },
      ],
    },
    earliestDrawAt: `${drawDay}T01:00:00.000Z`,
    publishedAt: `${dayBefore(drawDay)}T02:00:00.000Z`,
  });
  if (!announcement.ok) throw new Error(`演示派位公告有误：${announcement.message}`);
  const drawn = drawRound({
    setup,
    announcement: announcement.value.seedAnnouncement,
    inputs: [
      ...junior.seedLabels.map((label) => ({ label, value: digits() })),
      { label: "sse-close", value: String(rng.int(280_000, 320_000)).padStart(8, "0") },
    ],
  });
  if (!drawn.ok) throw new Error(`演示派位失败：${drawn.message}`);
  const drawnAt = new Date(`${drawDay}T02:00:00Z`);
  const result = {
    ...drawn.value,
    drawnAt: drawnAt.toISOString(),
    announcementDigest: announcement.value.digest,
  };
  await lq.insertAnnouncement(tx, {
    roundId: junior.id,
    phase: 1,
    body: announcement.value,
    digest: announcement.value.digest,
    publishedAt: new Date(announcement.value.publishedAt),
  });
  await tx.insert(enrolmentDraws).values({
    roundId: junior.id,
    phase: 1,
    status: "published",
    setup,
    lists: drawn.value.lists,
    result,
    frozenAt: new Date(announcement.value.publishedAt),
    drawnAt,
    publishedAt: drawnAt,
    createdAt: drawnAt,
  });
  // A few families give up their place at an oversubscribed school (放弃录取), so the waiting list moves.
  const ledger = new PlacementLedger();
  const joined = ledger.join(result, setup);
  if (joined !== null) throw new Error(`演示派位台账有误：${joined}`);
  const declined = drawn.value.outcome.schools
    .filter((s) => s.oversubscribed && s.waiting.length > 0)
    .slice(0, 3)
    .map((s) => s.admitted.find((n) => !n.includes("-")))
    .filter((n): n is string => n !== undefined);
  const at = `${junior.calendar.admission.start}T02:00:00.000Z`;
  for (const number of declined) ledger.decline(number, at);
  await lq.appendLedgerEvents(tx, junior.id, ledger.events, drawnAt);
  await lq.ensurePlaces(tx, junior.id, ledger.capacity);
  await lq.replacePlacements(tx, junior.id, ledger.held);
}

/** The Beijing calendar day before a day (YYYY-MM-DD). */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
