import {
  createBundle,
  drawRound,
  followUpSetup,
  freezeRound,
  type ApplicantChoices,
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
import { placementOf, publishedPhases } from "./enrolment-results.ts";
import * as rq from "./enrolment-rounds.queries.ts";
import type { EnrolmentDrawRow, EnrolmentRoundRow } from "./enrolment.tables.ts";

const PHASE_WINDOW = { 1: "draw", 2: "secondRound" } as const;

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

  async function secondRoundSetup(tx: Db, round: EnrolmentRoundRow): Promise<RoundSetup> {
    const phases = await publishedPhases(tx, round.id);
    const first = phases.find((p) => p.draw.phase === 1);
    if (!first) throw problems.conflict("第一轮派位结果公布后才能冻结第二轮名单");
    const unplaced = new Set(first.result.outcome.unplaced);
    const choices: ApplicantChoices[] = [];
    for (const app of await aq.approvedForDraw(tx, round.id)) {
      if (app.secondChoices === null) continue;
      const stillOpen = app.children.every(
        (n) => unplaced.has(n) && placementOf(phases, n).kind !== "admitted",
      );
      if (stillOpen) for (const number of app.children) choices.push({ number, choices: app.secondChoices });
    }
    if (choices.length === 0) throw problems.conflict("没有填报第二轮志愿的未录取报名者");
    const setup = followUpSetup({
      previous: first.result,
      label: `${round.code}-2`,
      mechanism: round.secondMechanism,
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
  ) {
    await recordAudit(
      tx,
      whoOf(actor),
      { event, entityId: draw.id, before, after: drawRecord(draw) },
      clock.now(),
    );
  }

  function run(round: EnrolmentRoundRow, draw: EnrolmentDrawRow, inputs: SeedInput[]) {
    const result = drawRound({
      setup: draw.setup,
      announcement: { digits: round.seedDigits, labels: round.seedLabels },
      inputs,
    });
    if (!result.ok) throw problems.field("seedInputs", result.message);
    return result.value;
  }

  return {
    async list(roundId: string) {
      await getRound(db, roundId);
      return (await dq.listDraws(db, roundId)).map(drawView);
    },

    /** Freezes a phase's lists from the approved applications and publishes their SHA-256 digests. */
    async freeze(actor: Actor, roundId: string, phase: 1 | 2) {
      return db.transaction(async (tx) => {
        const round = await getRound(tx, roundId, true);
        requireWindow(clock, round, PHASE_WINDOW[phase]);
        if (await dq.currentDraw(tx, roundId, phase)) throw problems.conflict(`第${phase}轮名单已冻结`);
        const setup = phase === 1 ? await firstRoundSetup(tx, round) : await secondRoundSetup(tx, round);
        const lists = freezeRound(setup);
        if (!lists.ok) throw problems.conflict(lists.message);
        const now = clock.now();
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
        await audit(tx, actor, "ENROLMENT_DRAW_FROZEN", draw);
        return drawView(draw);
      });
    },

    /** Checks the on-site numbers against the announcement and runs the draw. Runs once per frozen list. */
    async run(actor: Actor, id: string, inputs: SeedInput[]) {
      return db.transaction(async (tx) => {
        const draw = await getDraw(id, tx);
        const round = await getRound(tx, draw.roundId, true);
        requireWindow(clock, round, PHASE_WINDOW[phaseOf(draw)]);
        if (draw.status !== "frozen")
          throw problems.conflict("本轮已派位；重新派位须由系统管理员填写理由后进行");
        const result = run(round, draw, inputs);
        await dq.updateDraw(tx, id, { status: "drawn", result, drawnAt: clock.now() });
        const after = await getDraw(id, tx);
        await audit(tx, actor, "ENROLMENT_DRAW_DRAWN", after);
        return drawView(after);
      });
    },

    /** Publishes a result; from then on it is immutable. */
    async publish(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const draw = await getDraw(id, tx);
        const round = await getRound(tx, draw.roundId, true);
        requireWindow(clock, round, PHASE_WINDOW[phaseOf(draw)]);
        if (draw.status === "frozen") throw problems.conflict("尚未派位，不能公布");
        if (draw.status !== "drawn") throw problems.conflict("该派位结果已公布，公布后不可更改");
        await dq.updateDraw(tx, id, { status: "published", publishedAt: clock.now() });
        const after = await getDraw(id, tx);
        await audit(tx, actor, "ENROLMENT_DRAW_PUBLISHED", after);
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
        const result = run(round, old, input.seedInputs);
        const now = clock.now();
        await dq.updateDraw(tx, old.id, { status: "superseded" });
        const newId = await dq.insertDraw(tx, {
          roundId: round.id,
          phase: old.phase,
          status: "drawn",
          setup: old.setup,
          lists: old.lists,
          result,
          redrawReason: input.reason,
          frozenAt: old.frozenAt,
          drawnAt: now,
          createdAt: now,
        });
        const draw = await getDraw(newId, tx);
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

    /** The published bundle (docs/lottery.md §结果包): every published phase, in order. */
    async bundle(roundId: string) {
      await getRound(db, roundId);
      const phases = await publishedPhases(db, roundId);
      if (phases.length === 0) throw new AppError("not_found", "结果包不存在", "本轮派位结果尚未公布。");
      return wire(createBundle(phases.map((p) => p.result)));
    },
  };
}

export type EnrolmentDrawsService = ReturnType<typeof createEnrolmentDrawsService>;
