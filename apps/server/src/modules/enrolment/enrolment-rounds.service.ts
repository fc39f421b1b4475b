import { gradeRangeOf } from "@edubureau/domain/registry";
import {
  STAGE_LABELS,
  validateCalendar,
  type EnrolmentCalendar,
  type EnrolmentStage,
} from "@edubureau/domain/enrolment";
import { checkAnnouncement, type Mechanism, type PartialUnitRule } from "@edubureau/domain/lottery";
import type { AppContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { getRound, roundView } from "./enrolment-common.ts";
import * as dq from "./enrolment-draws.queries.ts";
import * as rq from "./enrolment-rounds.queries.ts";

export interface RoundInput {
  year: number;
  stage: EnrolmentStage;
  name: string;
  maxChoices: number;
  mechanism: Mechanism;
  secondMechanism: Mechanism;
  partialUnit: PartialUnitRule;
  calendar: EnrolmentCalendar;
  seedAnnouncement: { digits: number; labels: string[] };
}

export interface PlanInput {
  institutionId: string;
  places: number;
  inLottery: boolean;
  reservedPercent: number | null;
}

const ENTRY_GRADE: Record<EnrolmentStage, number> = { primary_1: 1, junior_1: 7 };

function checkRoundRules(input: Omit<RoundInput, "year" | "stage">): void {
  const calendar = validateCalendar(input.calendar);
  if (!calendar.ok) throw problems.field(calendar.field, calendar.message);
  const announced = checkAnnouncement(input.seedAnnouncement);
  if (!announced.ok) throw problems.field("seedAnnouncement", announced.message);
}

/** 招生轮次: the calendar and the plans of one year and stage. */
export function createEnrolmentRoundsService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function lockedBeforeFreeze(roundId: string, what: string, tx = db): Promise<void> {
    if (await dq.currentDraw(tx, roundId, 1)) throw problems.conflict(`第一轮名单已冻结，不能再修改${what}`);
  }

  return {
    async list() {
      return (await rq.listRounds(db)).map(roundView);
    },

    async get(id: string) {
      const round = await getRound(db, id);
      return { ...roundView(round), plans: await rq.listPlans(db, id) };
    },

    async create(actor: Actor, input: RoundInput) {
      checkRoundRules(input);
      const now = clock.now();
      return db.transaction(async (tx) => {
        if (await rq.findRoundByYearStage(tx, input.year, input.stage)) {
          throw problems.conflict(`${input.year}年${STAGE_LABELS[input.stage]}招生轮次已存在`, [
            { field: "stage", message: "同一年度同一学段只能有一个招生轮次" },
          ]);
        }
        const id = await rq.insertRound(tx, {
          ...input,
          code: `${input.year}-${input.stage}`,
          seedDigits: input.seedAnnouncement.digits,
          seedLabels: input.seedAnnouncement.labels,
          createdAt: now,
          updatedAt: now,
        });
        const round = roundView(await getRound(tx, id));
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "ENROLMENT_ROUND_CREATED", entityId: id, after: round },
          now,
        );
        return round;
      });
    },

    async update(actor: Actor, id: string, input: Omit<RoundInput, "year" | "stage">) {
      checkRoundRules(input);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = roundView(await getRound(tx, id, true));
        const announcementChanged =
          JSON.stringify(before.seedAnnouncement) !== JSON.stringify(input.seedAnnouncement);
        const rulesChanged = before.maxChoices !== input.maxChoices || before.mechanism !== input.mechanism;
        if (announcementChanged || rulesChanged)
          await lockedBeforeFreeze(id, "公告的随机数、志愿数或录取方式", tx);
        await rq.updateRound(tx, id, {
          name: input.name,
          maxChoices: input.maxChoices,
          mechanism: input.mechanism,
          secondMechanism: input.secondMechanism,
          partialUnit: input.partialUnit,
          calendar: input.calendar,
          seedDigits: input.seedAnnouncement.digits,
          seedLabels: input.seedAnnouncement.labels,
          updatedAt: now,
        });
        const after = roundView(await getRound(tx, id));
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "ENROLMENT_ROUND_UPDATED", entityId: id, before, after },
          now,
        );
        return after;
      });
    },

    /** Sets one school's places; a private school may take part in the lottery. */
    async setPlan(actor: Actor, roundId: string, input: PlanInput) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const round = await getRound(tx, roundId, true);
        await lockedBeforeFreeze(roundId, "招生计划", tx);
        const school = await rq.findInstitution(tx, input.institutionId);
        if (!school) throw problems.field("institutionId", "不是登记在册的学校");
        const grades = gradeRangeOf(school.type);
        const entry = ENTRY_GRADE[round.stage];
        if (grades === null || entry < grades.min || entry > grades.max) {
          throw problems.field("institutionId", `${school.name}不招收${STAGE_LABELS[round.stage]}`);
        }
        if (input.inLottery && school.ownership !== "private") {
          throw problems.field("inLottery", `${school.name}是公办学校，按划片招生，不参加民办学校电脑派位`);
        }
        const before =
          (await rq.listPlans(tx, roundId)).find((p) => p.institutionId === input.institutionId) ?? null;
        await rq.upsertPlan(tx, { roundId, ...input, updatedAt: now });
        const after =
          (await rq.listPlans(tx, roundId)).find((p) => p.institutionId === input.institutionId) ?? null;
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: before ? "ENROLMENT_PLAN_UPDATED" : "ENROLMENT_PLAN_CREATED",
            entityId: input.institutionId,
            before,
            after,
          },
          now,
        );
        return after;
      });
    },
  };
}

export type EnrolmentRoundsService = ReturnType<typeof createEnrolmentRoundsService>;
