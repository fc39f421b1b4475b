import { and, eq, isNull, lt, notInArray } from "drizzle-orm";
import {
  CLOSED_RECTIFICATION_STATES,
  closureRate,
  closureRateOf,
  isRectificationOverdue,
  RECTIFICATION_STATE_LABELS,
  rectificationTransition,
  type RectificationAction,
  type RectificationState,
} from "@edubureau/domain/inspectorate";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { rectificationPolicy } from "../../policies/rectification.ts";
import { entityHistory, recordAudit, whoOf, type AuditWho } from "../audit/audit.service.ts";
import { notify } from "../notifications/notifications.service.ts";
import type { AttachmentStore } from "../work-plan/attachment-store.ts";
import type { AttachmentUpload } from "../work-plan/attachment-upload.ts";
import type { SupervisionService } from "../work-plan/supervision.service.ts";
import {
  attachEvidence,
  checkUpload,
  evidenceFile,
  evidenceOf,
  SUPERVISION_TASK_CODE,
  todayOf,
  unitById,
  withStoredFile,
} from "./inspectorate-shared.ts";
import { inspRectifications } from "./inspectorate.tables.ts";
import * as q from "./rectification.queries.ts";

const SYSTEM: AuditWho = { actorId: null, actorName: "系统督办", ip: null };
/** Evidence may be added while the unit is working on the order. */
const EVIDENCE_STATES: readonly RectificationState[] = ["ordered", "plan_submitted", "returned"];

export interface NewOrder {
  sourceKind: "finding" | "weakness";
  sourceId: string;
  sourceItem: string | null;
  unitId: string;
  title: string;
  requirement: string;
  deadline: string;
  public: boolean;
}

/** How far a scope's orders are done: all, accepted or closed, open past the deadline, and the share done. */
export interface Closure {
  total: number;
  closed: number;
  overdue: number;
  closureRate: number | null;
}

export function createRectificationService(
  ctx: AppContext,
  deps: { store: AttachmentStore; supervision: Pick<SupervisionService, "raiseFor"> },
) {
  const { db } = ctx.database;

  async function load(tx: Db, actor: Actor, id: string, action: "read" | RectificationAction, lock = false) {
    const query = tx.select().from(inspRectifications).where(eq(inspRectifications.id, id));
    const [row] = lock ? await query.for("update") : await query;
    if (!row) throw problems.notFound("整改单");
    const unit = await unitById(tx, row.unitId);
    if (!unit) throw problems.notFound("整改单");
    rectificationPolicy.authorize(actor, action, { unitId: row.unitId, unitPath: unit.path });
    return { row, unit };
  }

  async function detail(tx: Db, actor: Actor, id: string) {
    const { row, unit } = await load(tx, actor, id, "read");
    const evidence = await evidenceOf(tx, "rectification", id);
    const history = await entityHistory(tx, { entities: ["insp_rectification"], entityId: id, limit: 50 });
    const abilities = rectificationPolicy.abilities(actor, { unitId: row.unitId, unitPath: unit.path });
    const today = todayOf(ctx);
    return {
      id: row.id,
      title: row.title,
      requirement: row.requirement,
      sourceKind: row.sourceKind,
      unit: { id: unit.id, name: unit.name },
      deadline: row.deadline,
      state: row.state,
      stateLabel: RECTIFICATION_STATE_LABELS[row.state],
      overdue: isRectificationOverdue(row.state, row.deadline, today),
      escalatedOn: row.escalatedOn,
      planText: row.planText,
      evidenceNote: row.evidenceNote,
      returnReason: row.returnReason,
      public: row.public,
      orderedAt: row.orderedAt,
      evidence,
      abilities: {
        submitPlan: abilities.submit_plan && (row.state === "ordered" || row.state === "plan_submitted"),
        submitEvidence:
          abilities.submit_evidence && EVIDENCE_STATES.includes(row.state) && row.state !== "ordered",
        attach: abilities.submit_evidence && EVIDENCE_STATES.includes(row.state),
        review: abilities.accept && row.state === "evidence_submitted",
        close: abilities.close && row.state === "accepted",
      },
      history: history.map((h) => ({ at: h.at, actor: h.actorName, action: h.action, after: h.after })),
    };
  }

  /**
   * Closure of all orders in each scope, in order: one grouped query for any number of scopes (the
   * evaluation list shows every district's 销号率 beside its score).
   */
  async function closures(scopePaths: readonly string[]): Promise<Closure[]> {
    const unique = [...new Set(scopePaths)];
    const counts = await q.closureCounts(db, {
      scopePaths: unique,
      closedStates: CLOSED_RECTIFICATION_STATES,
      today: todayOf(ctx),
    });
    const byScope = new Map(counts.map((c) => [c.scope_path, c]));
    return scopePaths.map((path) => {
      const { total = 0, closed = 0, overdue = 0 } = byScope.get(path) ?? {};
      return { total, closed, overdue, closureRate: closureRateOf(closed, total) };
    });
  }

  return {
    /** Issues an order inside the caller's transaction (a visit's finding, an evaluation's weakness). */
    async orderInTx(tx: Db, actor: Actor, order: NewOrder): Promise<string> {
      const at = ctx.clock.now();
      if (order.deadline <= todayOf(ctx)) throw problems.field("deadline", "整改期限应晚于今天");
      const [row] = await tx
        .insert(inspRectifications)
        .values({ ...order, orderedBy: actor.userId, orderedAt: at, updatedAt: at })
        .onConflictDoNothing()
        .returning({ id: inspRectifications.id });
      if (!row) throw problems.conflict("该问题已下达过整改单。");
      await recordAudit(
        tx,
        whoOf(actor),
        { event: "INSP_RECTIFICATION_ORDERED", entityId: row.id, after: order },
        at,
      );
      await notify(
        tx,
        [
          {
            orgUnitId: order.unitId,
            role: null,
            kind: "rectification_ordered",
            title: `督导整改通知：${order.title}`,
            body: `请于 ${order.deadline} 前完成整改并报送佐证材料。`,
            link: `/inspectorate/rectifications/${row.id}`,
          },
        ],
        at,
      );
      return row.id;
    },

    async list(actor: Actor, filter: { state?: RectificationState | undefined; mine?: boolean | undefined }) {
      const rows = await q.listRectifications(db, {
        scopePath: actor.scopePath,
        state: filter.state,
        unitId: filter.mine ? actor.orgUnitId : undefined,
        limit: 500,
      });
      const today = todayOf(ctx);
      const items = rows.map((r) => ({
        id: r.id,
        title: r.title,
        sourceKind: r.source_kind,
        unit: { id: r.unit_id, name: r.unit_name },
        deadline: r.deadline,
        state: r.state,
        stateLabel: RECTIFICATION_STATE_LABELS[r.state],
        overdue: isRectificationOverdue(r.state, r.deadline, today),
        escalatedOn: r.escalated_on,
      }));
      const rate = closureRate(items.map((i) => i.state));
      return { items, closureRate: rate, overdue: items.filter((i) => i.overdue).length };
    },

    get: (actor: Actor, id: string) => detail(db, actor, id),

    /**
     * 工作台: orders waiting on the actor — for the responsible unit those it must answer with a plan or
     * evidence (已下达, 方案已报, 已退回); for a 督学 those in scope to verify or close (材料待验收, 验收通过).
     */
    async waitingCount(actor: Actor, as: "unit" | "inspector"): Promise<number> {
      return as === "unit"
        ? q.countRectifications(db, {
            scopePath: actor.scopePath,
            unitId: actor.orgUnitId,
            states: ["ordered", "plan_submitted", "returned"],
          })
        : q.countRectifications(db, {
            scopePath: actor.scopePath,
            states: ["evidence_submitted", "accepted"],
          });
    },

    async act(actor: Actor, id: string, action: RectificationAction, text: string) {
      return db.transaction(async (tx) => {
        const { row } = await load(tx, actor, id, action, true);
        const evidence = await evidenceOf(tx, "rectification", id);
        const step = rectificationTransition({
          state: row.state,
          action,
          evidenceCount: evidence.length,
          text,
        });
        if (!step.ok) {
          const field =
            action === "return" || action === "submit_plan" || action === "submit_evidence"
              ? "text"
              : "state";
          throw step.message.startsWith("整改单当前为")
            ? problems.conflict(step.message)
            : problems.field(evidence.length === 0 && action !== "return" ? "evidence" : field, step.message);
        }
        const at = ctx.clock.now();
        const trimmed = text.trim();
        await tx
          .update(inspRectifications)
          .set({
            state: step.next,
            updatedAt: at,
            ...(action === "submit_plan" ? { planText: trimmed } : {}),
            ...(action === "submit_evidence" ? { evidenceNote: trimmed } : {}),
            ...(action === "return" ? { returnReason: trimmed } : {}),
          })
          .where(eq(inspRectifications.id, id));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "INSP_RECTIFICATION_STEP",
            entityId: id,
            before: { state: row.state },
            after: { state: step.next, action, text: trimmed || null },
          },
          at,
        );
        if (action === "return" || action === "accept")
          await notify(
            tx,
            [
              {
                orgUnitId: row.unitId,
                role: null,
                kind: "rectification_reviewed",
                title: `整改单“${row.title}”${action === "accept" ? "已验收通过" : "被退回"}`,
                ...(action === "return" ? { body: trimmed } : {}),
                link: `/inspectorate/rectifications/${id}`,
              },
            ],
            at,
          );
        return detail(tx, actor, id);
      });
    },

    async addEvidence(actor: Actor, id: string, upload: AttachmentUpload) {
      const mediaType = checkUpload(upload);
      return withStoredFile(deps.store, (key) =>
        db.transaction(async (tx) => {
          const { row } = await load(tx, actor, id, "submit_evidence", true);
          if (!EVIDENCE_STATES.includes(row.state))
            throw problems.conflict(
              `整改单当前为“${RECTIFICATION_STATE_LABELS[row.state]}”，不能再上传材料。`,
            );
          await attachEvidence(tx, {
            ctx,
            store: deps.store,
            actor,
            owner: { kind: "rectification", id, itemCode: null },
            upload,
            mediaType,
            key,
          });
          return detail(tx, actor, id);
        }),
      );
    },

    async evidenceFile(actor: Actor, id: string, evidenceId: string) {
      await load(db, actor, id, "read");
      return evidenceFile(db, deps.store, { kind: "rectification", id }, evidenceId);
    },

    /**
     * Open orders past their deadline are escalated once through the work plan's 督办 machinery: a 督办单
     * on 加强教育督导评估 to the responsible unit, which the plan's sweep escalates to the leaders when it
     * goes unanswered. Running twice changes nothing the second time.
     */
    async escalateOverdue(): Promise<{ escalated: number }> {
      const today = todayOf(ctx);
      return db.transaction(async (tx) => {
        const overdue = await tx
          .select()
          .from(inspRectifications)
          .where(
            and(
              lt(inspRectifications.deadline, today),
              isNull(inspRectifications.escalatedOn),
              notInArray(inspRectifications.state, ["accepted", "closed"]),
            ),
          )
          .for("update");
        let escalated = 0;
        const at = ctx.clock.now();
        for (const order of overdue) {
          const raised = await deps.supervision.raiseFor(tx, {
            taskCode: SUPERVISION_TASK_CODE,
            orgUnitId: order.unitId,
            trigger: { kind: "rectification_overdue", taskCode: SUPERVISION_TASK_CODE, orderId: order.id },
            reason: `【督导整改】“${order.title}”应于 ${order.deadline} 前完成整改，至今${RECTIFICATION_STATE_LABELS[order.state]}。`,
          });
          await tx
            .update(inspRectifications)
            .set({ escalatedOn: today, updatedAt: at })
            .where(eq(inspRectifications.id, order.id));
          await recordAudit(
            tx,
            SYSTEM,
            {
              event: "INSP_RECTIFICATION_ESCALATED",
              entityId: order.id,
              after: { escalatedOn: today, noticeId: raised?.id ?? null },
            },
            at,
          );
          escalated += 1;
        }
        return { escalated };
      });
    },

    async publicList() {
      const rows = await q.publicRectifications(db);
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        unitName: r.unit_name,
        deadline: r.deadline,
        stateLabel: RECTIFICATION_STATE_LABELS[r.state],
      }));
    },

    /** Closure rate of all orders in a scope (the plan binding and the dashboard). */
    async closure(scopePath: string) {
      return (await closures([scopePath]))[0] as Closure;
    },

    closures,
  };
}

export type RectificationService = ReturnType<typeof createRectificationService>;
