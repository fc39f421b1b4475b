import {
  advanceHonourRound,
  honourRoundTitle,
  HONOUR_ROUND_STAGE_LABELS,
  nominate,
  openHonourRound,
  type HonourRoundKind,
  type HonourRoundStage,
} from "@edubureau/domain/teachers";
import { beijingDate } from "@edubureau/domain/work-plan";
import { and, eq, inArray } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import type { TeachersService } from "../teachers/teachers.service.ts";
import { honourNominations, honourRounds } from "./honours.tables.ts";
import * as q from "./honours.queries.ts";
import { roundState, seriesOf } from "./honour-round-state.ts";
import { honoursPolicy } from "../../policies/honours.ts";

const refuse = (message: string) => problems.conflict(message);

/** Selection rounds (提名 → 评审 → 公示 → 授予) run on the domain's state machine, dated today. */
export function createHonoursService(ctx: AppContext, deps: { teachers: TeachersService }) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const today = () => beijingDate(clock.now());

  async function getRound(id: string, tx: Db = db) {
    const row = await q.findRound(tx, id);
    if (!row) throw problems.notFound("评选");
    return row;
  }

  return {
    async list() {
      return (await q.listRounds(db)).map((row) => ({ ...row, title: honourRoundTitle(seriesOf(row)) }));
    },

    async get(actor: Actor, id: string) {
      const row = await getRound(id);
      return {
        ...row,
        title: honourRoundTitle(seriesOf(row)),
        nominees: await q.nomineesOf(db, id, actor.scopePath),
      };
    },

    async open(
      actor: Actor,
      input: {
        kind: HonourRoundKind;
        year: number;
        seriesNo?: number | undefined;
        windowFrom: string;
        windowTo: string;
      },
    ) {
      honoursPolicy.authorize(actor, "manage");
      const series = seriesOf({ kind: input.kind, year: input.year, seriesNo: input.seriesNo ?? null });
      const opened = openHonourRound({
        id: "new",
        series,
        window: { from: input.windowFrom, to: input.windowTo },
        on: today(),
      });
      if (!opened.ok) throw refuse(opened.message);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(honourRounds)
          .values({
            ...input,
            seriesNo: input.seriesNo ?? null,
            stage: "nomination",
            history: opened.round.history,
            createdAt: now,
          })
          .returning({ id: honourRounds.id });
        if (!row) throw new AppError("internal", "保存失败");
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "HONOUR_ROUND_OPENED", entityId: row.id, after: input },
          now,
        );
        return { id: row.id, title: honourRoundTitle(series) };
      });
    },

    /** A school, district or the division nominates one of its teachers, inside the round's window only. */
    async nominate(actor: Actor, id: string, teacherId: string) {
      honoursPolicy.authorize(actor, "nominate");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const round = await getRound(id, tx);
        const teacher = await deps.teachers.getVisible(actor, teacherId, tx);
        const state = roundState(round, await q.nomineesOf(tx, id, "/"));
        const result = nominate(state, { nomineeId: teacherId, on: today() });
        if (!result.ok) throw refuse(result.message);
        await tx.insert(honourNominations).values({ roundId: id, teacherId });
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "HONOUR_NOMINATED",
            entityId: id,
            after: { teacher: teacher.teacherNumber },
          },
          now,
        );
        return { nominated: teacher.name };
      });
    },

    async advance(
      actor: Actor,
      id: string,
      input: { to: HonourRoundStage; selected?: string[] | undefined; note?: string | undefined },
    ) {
      honoursPolicy.authorize(actor, "manage");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const round = await getRound(id, tx);
        const state = roundState(round, await q.nomineesOf(tx, id, "/"));
        const result = advanceHonourRound(state, {
          to: input.to,
          on: today(),
          ...(input.selected ? { selected: input.selected } : {}),
          ...(input.note ? { note: input.note } : {}),
        });
        if (!result.ok) throw refuse(result.message);
        const next = result.round;
        await tx
          .update(honourRounds)
          .set({ stage: next.stage, history: next.history })
          .where(eq(honourRounds.id, id));
        await tx.update(honourNominations).set({ selected: false }).where(eq(honourNominations.roundId, id));
        if (next.selected.length > 0) {
          await tx
            .update(honourNominations)
            .set({ selected: true })
            .where(
              and(eq(honourNominations.roundId, id), inArray(honourNominations.teacherId, next.selected)),
            );
        }
        if (next.stage === "awarded") {
          await tx
            .update(honourNominations)
            .set({ awardedOn: today() })
            .where(
              and(eq(honourNominations.roundId, id), inArray(honourNominations.teacherId, next.awarded)),
            );
        }
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "HONOUR_ROUND_ADVANCED",
            entityId: id,
            before: { stage: round.stage },
            after: { stage: next.stage, selected: next.selected },
          },
          now,
        );
        return { id, stage: next.stage, stageLabel: HONOUR_ROUND_STAGE_LABELS[next.stage] };
      });
    },
  };
}

export type HonoursService = ReturnType<typeof createHonoursService>;
