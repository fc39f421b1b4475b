import {
  createDrawAnnouncement,
  drawRound,
  drawTimeProblem,
  freezeRound,
  mayApplyAgain,
  nextRoundSetup,
  type ApplicantChoices,
  type DrawAnnouncement,
  type PlacementLedger,
  type PublicValueSpec,
  type SeedCommitment,
  type RoundSetup,
  type SeedInput,
  type SiblingUnit,
} from "@edubureau/domain/lottery";
import { lotteryPlaces } from "@edubureau/domain/enrolment";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf, type AuditEventOf } from "../audit/audit.service.ts";
import { getRound, requireWindow, wire } from "./enrolment-common.ts";
import * as aq from "./enrolment-applications.queries.ts";
import * as dq from "./enrolment-draws.queries.ts";
import { drawBundle } from "./enrolment-bundle.ts";
import * as lq from "./enrolment-ledger.queries.ts";
import { loadLedger, recordLedger } from "./enrolment-results.ts";
import * as rq from "./enrolment-rounds.queries.ts";
import type { EnrolmentDrawRow, EnrolmentRoundRow } from "./enrolment.tables.ts";

const PHASE_WINDOW = { 1: "draw", 2: "secondRound" } as const;

export interface FreezeInput {
  phase: 1 | 2;
  /** ISO time before which the draw refuses to run. */
  earliestDrawAt: string;
  /** The future public values the seed recipe names. */
  publicValues: PublicValueSpec[];
  /** Digests of on-site numbers chosen in advance (commit–reveal), published in the announcement. */
  commitments?: SeedCommitment[] | undefined;
}

function phaseOf(draw: EnrolmentDrawRow): 1 | 2 {
  return draw.phase === 2 ? 2 : 1;
}

/** What staff and the public see of a draw: digests and counts, never names. */
export function drawView(draw: EnrolmentDrawRow) {
  return {
    id: draw.id,
    phase: draw.phase,
    status: draw.status,
    label: draw.setup.label,
    mechanism: draw.setup.mechanism,
    applicants: draw.setup.applicants.length,
    lists: draw.lists.map((l) => ({
      school: l.school,
      quota: l.quota,
      applicants: l.applicants.length,
      digest: l.digest,
    })),
    seedInputs: draw.result ? wire(draw.result.seedInputs) : null,
    seed: draw.result?.seed ?? null,
    admitted: draw.result ? draw.result.outcome.schools.reduce((n, s) => n + s.admitted.length, 0) : null,
    unplaced: draw.result?.outcome.unplaced.length ?? null,
    redrawReason: draw.redrawReason,
    frozenAt: draw.frozenAt,
    drawnAt: draw.drawnAt,
    publishedAt: draw.publishedAt,
  };
}

function drawRecord(draw: EnrolmentDrawRow) {
  return {
    drawId: draw.id,
    phase: draw.phase,
    status: draw.status,
    seedInputs: draw.result?.seedInputs ?? null,
    seed: draw.result?.seed ?? null,
    outcome: draw.result?.outcome ?? null,
  };
}

/** 电脑派位 console: freeze the lists, enter the on-site numbers and run, publish; redraw only by a sys_admin. */
export function createEnrolmentDrawsService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function getDraw(id: string, tx: Db = db): Promise<EnrolmentDrawRow> {
    const draw = await dq.findDraw(tx, id);
    if (!draw) throw problems.notFound("派位");
    return draw;
  }

  async function firstRoundSetup(tx: Db, round: EnrolmentRoundRow): Promise<RoundSetup> {
    const schools = (await rq.listPlans(tx, round.id))
      .filter((p) => p.inLottery)
      .map((p) => ({ code: p.code, quota: lotteryPlaces(p.places, p.reservedPercent) }));
    if (schools.length === 0) throw problems.conflict("本轮没有参加电脑派位的学校，请先在招生计划中设置");
    const applications = await aq.approvedForDraw(tx, round.id);
    if (applications.length === 0) throw problems.conflict("本轮没有审核通过的报名，无法冻结名单");
    const applicants: ApplicantChoices[] = applications.flatMap((a) =>
      a.children.map((number) => ({ number, choices: a.choices })),
    );
    const units: SiblingUnit[] = applications
      .filter((a) => a.children.length > 1)
      .map((a) => ({ id: a.number, members: a.children }));
    return {
      label: `${round.code}-1`,
      mechanism: round.mechanism,
      partialUnit: round.partialUnit,
      schools,
      applicants,
      units,
    };
  }

  /** 第二轮 from the ledger: the places free now, for children holding none who chose again. */
  async function secondRoundSetup(tx: Db, round: EnrolmentRoundRow): Promise<RoundSetup> {
    const { phases, ledger } = await loadLedger(tx, round.id);
    if (!phases.some((p) => p.draw.phase === 1))
      throw problems.conflict("第一轮派位结果公布后才能冻结第二轮名单");
    const choices: ApplicantChoices[] = [];
    for (const app of await aq.approvedForDraw(tx, round.id)) {
      if (app.secondChoices === null) continue;
      if (!app.children.every((n) => mayApplyAgain(ledger, n))) continue;
      for (const number of app.children) choices.push({ number, choices: app.secondChoices });
    }
    if (choices.length === 0) throw problems.conflict("没有填报第二轮志愿的未录取报名者");
    const setup = nextRoundSetup({
      ledger,
      label: `${round.code}-2`,
      mechanism: round.secondMechanism,
      partialUnit: round.partialUnit,
      choices,
    });
    if (!setup.ok) throw problems.conflict(setup.message);
    return setup.value;
  }

  async function audit(
    tx: Db,
    actor: Actor,
    event: AuditEventOf<"ENROLMENT_DRAW_">,
    draw: EnrolmentDrawRow,
    before: object | null = null,
    announcementDigest?: string,
  ) {
    const after = { ...drawRecord(draw), ...(announcementDigest ? { announcementDigest } : {}) };
    await recordAudit(tx, whoOf(actor), { event, entityId: draw.id, before, after }, clock.now());
  }

  /** Draws as the announcement says, refusing before its time or with inputs off its recipe. */
  async function drawAsAnnounced(tx: Db, draw: EnrolmentDrawRow, inputs: SeedInput[]) {
    const announced = await lq.findAnnouncement(tx, draw.roundId, draw.phase);
    if (!announced) throw problems.conflict("本轮没有派位公告，不能派位");
    const announcement: DrawAnnouncement = announced.body;
    const now = clock.now();
    const early = drawTimeProblem(announcement, now);
    if (early !== null) throw problems.conflict(early);
    const result = drawRound({ setup: draw.setup, announcement: announcement.seedAnnouncement, inputs });
    if (!result.ok) throw problems.field("seedInputs", result.message);
    return { ...result.value, drawnAt: now.toISOString(), announcementDigest: announcement.digest };
  }

  /** Joins a published result to the ledger and writes the placements; the ledger must accept it. */
  async function joinLedger(
    tx: Db,
    roundId: string,
    draw: EnrolmentDrawRow,
    ledger: PlacementLedger,
    from: number,
  ) {
    if (draw.result === null) return;
    const problem = ledger.join(draw.result, draw.setup);
    if (problem !== null) throw problems.conflict(`派位结果与招生名额台账不符：${problem}`);
    await recordLedger(tx, roundId, ledger, from, clock.now());
  }

  return {
    async list(roundId: string) {
      await getRound(db, roundId);
      return (await dq.listDraws(db, roundId)).map(drawView);
    },

    /** Freezes a phase's lists from the approved applications and publishes their SHA-256 digests. */
    async freeze(actor: Actor, roundId: string, input: FreezeInput) {
      const { phase } = input;
      return db.transaction(async (tx) => {
        const round = await getRound(tx, roundId, true);
        requireWindow(clock, round, PHASE_WINDOW[phase]);
        if (await dq.currentDraw(tx, roundId, phase)) throw problems.conflict(`第${phase}轮名单已冻结`);
        const setup = phase === 1 ? await firstRoundSetup(tx, round) : await secondRoundSetup(tx, round);
        const lists = freezeRound(setup);
        if (!lists.ok) throw problems.conflict(lists.message);
        const now = clock.now();
        const announcement = createDrawAnnouncement({
          setup,
          lists: lists.value,
          seedAnnouncement: {
            digits: round.seedDigits,
            labels: round.seedLabels,
            publicValues: input.publicValues,
            ...(input.commitments?.length ? { commitments: input.commitments } : {}),
          },
          earliestDrawAt: input.earliestDrawAt,
          publishedAt: now.toISOString(),
        });
        if (!announcement.ok) {
          const message = announcement.message;
          const field = message.startsWith("最早派位时间")
            ? "earliestDrawAt"
            : message.includes("承诺")
              ? "commitments"
              : "publicValues";
          throw problems.field(field, announcement.message);
        }
        await lq.insertAnnouncement(tx, {
          roundId,
          phase,
          body: announcement.value,
          digest: announcement.value.digest,
          publishedAt: now,
        });
        const id = await dq.insertDraw(tx, {
          roundId,
          phase,
          status: "frozen",
          setup,
          lists: lists.value,
          frozenAt: now,
          createdAt: now,
        });
        const draw = await getDraw(id, tx);
        await audit(tx, actor, "ENROLMENT_DRAW_FROZEN", draw, null, announcement.value.digest);
        return drawView(draw);
      });
    },

    /**
     * Draws and publishes in one step, so nobody sees a result before the public does. Refuses
     * before the announced time and inputs that do not follow the announced recipe.
     */
    async run(actor: Actor, id: string, inputs: SeedInput[]) {
      return db.transaction(async (tx) => {
        const draw = await getDraw(id, tx);
        const round = await getRound(tx, draw.roundId, true);
        requireWindow(clock, round, PHASE_WINDOW[phaseOf(draw)]);
        if (draw.status !== "frozen")
          throw problems.conflict("本轮已派位；重新派位须由系统管理员填写理由后进行");
        const result = await drawAsAnnounced(tx, draw, inputs);
        const { ledger } = await loadLedger(tx, round.id);
        const from = ledger.events.length;
        const now = clock.now();
        await dq.updateDraw(tx, id, { status: "published", result, drawnAt: now, publishedAt: now });
        const after = await getDraw(id, tx);
        await joinLedger(tx, round.id, after, ledger, from);
        await audit(tx, actor, "ENROLMENT_DRAW_DRAWN", after);
        return drawView(after);
      });
    },

    /**
     * 重新派位: only a 系统管理员, with a written reason. The old result is kept (superseded) and both
     * results go into the audit row; the new one must be published again.
     */
    async redraw(actor: Actor, id: string, input: { reason: string; seedInputs: SeedInput[] }) {
      if (actor.role !== "sys_admin") throw problems.forbidden("重新派位须由系统管理员操作并填写理由。");
      return db.transaction(async (tx) => {
        const old = await getDraw(id, tx);
        const round = await getRound(tx, old.roundId, true);
        if (old.status !== "drawn" && old.status !== "published")
          throw problems.conflict("只有已派位的结果才能重新派位");
        if (phaseOf(old) === 1 && (await dq.currentDraw(tx, round.id, 2))) {
          throw problems.conflict("第二轮名单已冻结，不能再重新进行第一轮派位");
        }
        const events = await lq.ledgerEvents(tx, round.id);
        const last = events.at(-1);
        if (old.status === "published" && !(last?.kind === "round" && last.round === old.setup.label)) {
          throw problems.conflict("已有家长放弃录取或递补，本轮不能再重新派位");
        }
        const result = await drawAsAnnounced(tx, old, input.seedInputs);
        const now = clock.now();
        await dq.updateDraw(tx, old.id, { status: "superseded" });
        const newId = await dq.insertDraw(tx, {
          roundId: round.id,
          phase: old.phase,
          status: "published",
          setup: old.setup,
          lists: old.lists,
          result,
          redrawReason: input.reason,
          frozenAt: old.frozenAt,
          drawnAt: now,
          publishedAt: now,
          createdAt: now,
        });
        const draw = await getDraw(newId, tx);
        if (old.status === "published") {
          const { ledger } = await loadLedger(tx, round.id);
          await recordLedger(tx, round.id, ledger, ledger.events.length, now);
        } else {
          const { ledger } = await loadLedger(tx, round.id);
          await joinLedger(tx, round.id, draw, ledger, ledger.events.length);
        }
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "ENROLMENT_DRAW_REDRAWN",
            entityId: newId,
            before: drawRecord({ ...old, status: "superseded" }),
            after: { ...drawRecord(draw), reason: input.reason },
          },
          now,
        );
        return drawView(draw);
      });
    },

    /** The published bundle (docs/lottery.md §结果包): every published phase, its redraws and the ledger's log. */
    async bundle(roundId: string) {
      await getRound(db, roundId);
      const bundle = await drawBundle(db, roundId);
      if (bundle === null) throw new AppError("not_found", "结果包不存在", "本轮派位结果尚未公布。");
      return wire(bundle);
    },
  };
}

export type EnrolmentDrawsService = ReturnType<typeof createEnrolmentDrawsService>;
