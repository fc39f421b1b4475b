import { asc, eq } from "drizzle-orm";
import {
  checkFramework,
  computedScore,
  evaluationTotals,
  finalScore,
  leaves,
  rankByTotal,
  scoreLeaf,
  type FrameworkIndicator,
  type ScoreInput,
} from "@edubureau/domain/inspectorate";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems, type FieldProblem } from "../../http/problem.ts";
import {
  dutyEvaluationPolicy,
  evaluationScope,
  type DutyEvaluationRecord,
} from "../../policies/duty-evaluation.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import type { AttachmentStore } from "../work-plan/attachment-store.ts";
import type { AttachmentUpload } from "../work-plan/attachment-upload.ts";
import type { MeasureReader, MeasureRequest } from "./computed-measures.ts";
import { versionedMemo } from "../../platform/versioned-memo.ts";
import * as q from "./evaluation.queries.ts";
import {
  attachEvidence,
  checkUpload,
  evidenceFile,
  evidenceOf,
  withStoredFile,
} from "./inspectorate-shared.ts";
import {
  inspEvaluations,
  inspEvaluationScores,
  inspFrameworkIndicators,
  inspFrameworks,
  type EvaluationStatus,
} from "./inspectorate.tables.ts";
import type { RectificationService } from "./rectification.service.ts";

export const EVALUATION_STATUS_LABELS: Record<EvaluationStatus, string> = {
  self_evaluating: "自评中",
  submitted: "待核查",
  verified: "已核定",
};

export interface SelfScoreItem {
  code: string;
  input: ScoreInput;
  note?: string | undefined;
}
export interface VerifyItem {
  code: string;
  score: number;
  comment?: string | undefined;
}

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

interface SheetCell {
  selfScore: number | null;
  selfNote: string;
  verifiedScore: number | null;
  verifyComment: string;
  liveValue: number | null;
}
type Sheet = Map<string, SheetCell>;

export function createEvaluationService(
  ctx: AppContext,
  deps: { store: AttachmentStore; measures: MeasureReader; rectifications: RectificationService },
) {
  const { db } = ctx.database;
  const liveKey = (r: MeasureRequest) => JSON.stringify([r.measure, r.filter, r.unit.id, r.year]);
  // The measures read through the app's connection (never a caller's transaction), so the memo is safe.
  const liveValues = versionedMemo(db, liveKey, deps.measures);

  async function frameworkIndicators(tx: Db, frameworkId: string): Promise<FrameworkIndicator[]> {
    const rows = await tx
      .select()
      .from(inspFrameworkIndicators)
      .where(eq(inspFrameworkIndicators.frameworkId, frameworkId))
      .orderBy(asc(inspFrameworkIndicators.sort));
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      parentCode: r.parentCode,
      maxScore: Number(r.maxScore),
      rule: r.rule,
    }));
  }

  const recordOf = (e: q.EvaluationListRow): DutyEvaluationRecord => ({
    districtId: e.district_id,
    districtPath: e.district_path,
    status: e.status,
  });

  async function loadAuthorized(
    tx: Db,
    actor: Actor,
    id: string,
    action: "read" | "selfEvaluate" | "verify",
  ) {
    const evaluation = await q.evaluationById(tx, id);
    if (!evaluation) throw problems.notFound("履职评价");
    dutyEvaluationPolicy.authorize(actor, action, recordOf(evaluation));
    return evaluation;
  }

  /**
   * Scores of each evaluation per leaf; computed leaves read their live figure (both self and verified).
   * Every computed cell of every district is read at once and kept while the data version stands, so the
   * board, the list and each detail page pay the live figures once per write, not once per request.
   */
  async function scoreSheets(
    tx: Db,
    evaluations: readonly q.EvaluationListRow[],
    indicators: FrameworkIndicator[],
  ) {
    const stored = await q.scoresOf(
      tx,
      evaluations.map((e) => e.id),
    );
    const storedByCell = new Map(stored.map((r) => [`${r.evaluation_id}|${r.indicator_code}`, r]));
    const leafList = leaves(indicators);
    const requests = evaluations.flatMap((e) =>
      leafList.flatMap((leaf): MeasureRequest[] =>
        leaf.rule?.kind === "computed"
          ? [
              {
                measure: leaf.rule.measure,
                filter: leaf.rule.filter,
                unit: { id: e.district_id, path: e.district_path },
                year: e.year,
              },
            ]
          : [],
      ),
    );
    const values = await liveValues.all(requests);
    const liveOf = new Map(requests.map((request, i) => [liveKey(request), values[i] ?? null]));
    const sheets = new Map<string, Sheet>();
    for (const e of evaluations) {
      const sheet: Sheet = new Map();
      for (const leaf of leafList) {
        const s = storedByCell.get(`${e.id}|${leaf.code}`);
        let selfScore = num(s?.self_score ?? null);
        let liveValue: number | null = null;
        if (leaf.rule?.kind === "computed") {
          const unit = { id: e.district_id, path: e.district_path };
          const request = { measure: leaf.rule.measure, filter: leaf.rule.filter, unit, year: e.year };
          liveValue = liveOf.get(liveKey(request)) ?? null;
          selfScore = computedScore(leaf, liveValue);
        }
        sheet.set(leaf.code, {
          selfScore,
          selfNote: s?.self_note ?? "",
          verifiedScore: num(s?.verified_score ?? null),
          verifyComment: s?.verify_comment ?? "",
          liveValue,
        });
      }
      sheets.set(e.id, sheet);
    }
    return sheets;
  }

  function totalsOf(
    indicators: FrameworkIndicator[],
    sheet: Map<string, { selfScore: number | null; verifiedScore: number | null }>,
  ) {
    return evaluationTotals(
      indicators,
      [...sheet].map(([code, s]) => ({ code, selfScore: s.selfScore, verifiedScore: s.verifiedScore })),
    );
  }

  /** All districts of a year ranked (ranking is city-wide even when the actor sees one row). */
  async function yearSummary(tx: Db, actor: Actor, year: number) {
    const [framework] = await tx.select().from(inspFrameworks).where(eq(inspFrameworks.year, year));
    if (!framework) return null;
    const indicators = await frameworkIndicators(tx, framework.id);
    const all = await q.evaluationsInScope(tx, { year, scopePath: null });
    const visible = new Set(
      (await q.evaluationsInScope(tx, { year, ...evaluationScope(actor) })).map((e) => e.id),
    );
    const sheets = await scoreSheets(tx, all, indicators);
    const ranked = rankByTotal(
      all.map((e) => {
        const sheet: Sheet = sheets.get(e.id) ?? new Map<string, SheetCell>();
        return {
          evaluation: e,
          sheet,
          totals: totalsOf(indicators, sheet),
          total: totalsOf(indicators, sheet).total,
        };
      }),
    );
    return { framework, indicators, rows: ranked.filter((r) => visible.has(r.evaluation.id)) };
  }

  async function detail(tx: Db, actor: Actor, id: string) {
    const evaluation = await loadAuthorized(tx, actor, id, "read");
    const summary = await yearSummary(tx, actor, evaluation.year);
    const row = summary?.rows.find((r) => r.evaluation.id === id);
    if (!summary || !row) throw problems.notFound("履职评价");
    const evidence = await evidenceOf(tx, "evaluation", id);
    const abilities = dutyEvaluationPolicy.abilities(actor, recordOf(evaluation));
    return {
      id,
      year: evaluation.year,
      frameworkName: summary.framework.name,
      district: { id: evaluation.district_id, name: evaluation.district_name },
      status: evaluation.status,
      statusLabel: EVALUATION_STATUS_LABELS[evaluation.status],
      total: row.totals.total,
      rank: row.rank,
      districtCount: (await q.evaluationsInScope(tx, { year: evaluation.year, scopePath: null })).length,
      scored: row.totals.scored,
      leafCount: row.totals.leafCount,
      items: summary.indicators.map((i) => {
        const s = row.sheet.get(i.code);
        const final = s ? finalScore(s) : null;
        return {
          code: i.code,
          name: i.name,
          level: i.level,
          parentCode: i.parentCode,
          maxScore: i.level === 1 ? (row.totals.byHeading.get(i.code) ?? 0) : i.maxScore,
          ruleKind: i.rule?.kind ?? null,
          grades: i.rule?.kind === "graded" ? i.rule.grades.map((g) => g.label) : [],
          liveValue: s?.liveValue ?? null,
          selfScore: s?.selfScore ?? null,
          selfNote: s?.selfNote ?? "",
          verifiedScore: s?.verifiedScore ?? null,
          verifyComment: s?.verifyComment ?? "",
          finalScore: i.level === 1 ? (row.totals.byHeading.get(i.code) ?? null) : final,
          weakness: row.totals.weaknesses.includes(i.code),
          evidence: evidence.filter((e) => e.itemCode === i.code),
        };
      }),
      weaknesses: row.totals.weaknesses,
      abilities,
    };
  }

  async function leafMap(tx: Db, frameworkId: string) {
    const indicators = await frameworkIndicators(tx, frameworkId);
    return new Map(leaves(indicators).map((i) => [i.code, i]));
  }

  return {
    async createFramework(
      actor: Actor,
      input: { year: number; name: string; indicators: FrameworkIndicator[] },
    ) {
      checkFrameworkInput(actor, input.indicators);
      return db.transaction(async (tx) => {
        const [exists] = await tx.select().from(inspFrameworks).where(eq(inspFrameworks.year, input.year));
        if (exists) throw problems.field("year", `${input.year} 年的评价指标体系已存在`);
        const id = await insertFramework(tx, input);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "INSP_FRAMEWORK_CREATED", entityId: id, after: { year: input.year, name: input.name } },
          ctx.clock.now(),
        );
        return { id };
      });
    },

    /** Rewrites a year's framework while no district's evaluation has been opened on it. */
    async updateFramework(
      actor: Actor,
      id: string,
      input: { year: number; name: string; indicators: FrameworkIndicator[] },
    ) {
      checkFrameworkInput(actor, input.indicators);
      return db.transaction(async (tx) => {
        const [framework] = await tx
          .select()
          .from(inspFrameworks)
          .where(eq(inspFrameworks.id, id))
          .for("update");
        if (!framework) throw problems.notFound("评价指标体系");
        if (framework.year !== input.year) throw problems.field("year", "指标体系的年度不能修改");
        const [opened] = await tx
          .select({ id: inspEvaluations.id })
          .from(inspEvaluations)
          .where(eq(inspEvaluations.frameworkId, id))
          .limit(1);
        if (opened) throw problems.conflict("该年度评价已启动，指标体系不能再修改。");
        await tx.delete(inspFrameworkIndicators).where(eq(inspFrameworkIndicators.frameworkId, id));
        await tx.update(inspFrameworks).set({ name: input.name }).where(eq(inspFrameworks.id, id));
        await insertIndicators(tx, id, input.indicators);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "INSP_FRAMEWORK_UPDATED",
            entityId: id,
            before: { name: framework.name },
            after: { name: input.name, indicators: input.indicators.length },
          },
          ctx.clock.now(),
        );
        return { id };
      });
    },

    async frameworks() {
      const rows = await db.select().from(inspFrameworks).orderBy(asc(inspFrameworks.year));
      const opened = new Set(
        (await db.selectDistinct({ id: inspEvaluations.frameworkId }).from(inspEvaluations)).map((r) => r.id),
      );
      return Promise.all(
        rows.map(async (f) => ({
          id: f.id,
          year: f.year,
          name: f.name,
          indicators: await frameworkIndicators(db, f.id),
          // Editable until the year's evaluations are opened.
          editable: !opened.has(f.id),
        })),
      );
    },

    /** Opens the year's evaluation for every district (once); the districts then self-evaluate. */
    async open(actor: Actor, year: number) {
      if (actor.role !== "inspector") throw problems.forbidden("只有督学可以启动履职评价。");
      return db.transaction(async (tx) => {
        const [framework] = await tx.select().from(inspFrameworks).where(eq(inspFrameworks.year, year));
        if (!framework) throw problems.field("year", `${year} 年还没有评价指标体系`);
        const districts = await q.allDistricts(tx);
        const rows = await tx
          .insert(inspEvaluations)
          .values(
            districts.map((d) => ({
              frameworkId: framework.id,
              districtId: d.id,
              createdAt: ctx.clock.now(),
            })),
          )
          .onConflictDoNothing()
          .returning({ id: inspEvaluations.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "INSP_EVALUATIONS_OPENED", entityId: framework.id, after: { year, opened: rows.length } },
          ctx.clock.now(),
        );
        return { opened: rows.length };
      });
    },

    async list(actor: Actor, year: number) {
      const summary = await yearSummary(db, actor, year);
      const previous = await yearSummary(db, actor, year - 1);
      if (!summary) return { year, items: [] };
      // Each district's 整改销号率 beside its score: the board moves as orders are accepted and closed.
      const closures = await deps.rectifications.closures(
        summary.rows.map((r) => r.evaluation.district_path),
      );
      return {
        year,
        items: summary.rows.map((r, i) => ({
          closureRate: closures[i]?.closureRate ?? null,
          id: r.evaluation.id,
          district: { id: r.evaluation.district_id, name: r.evaluation.district_name },
          status: r.evaluation.status,
          statusLabel: EVALUATION_STATUS_LABELS[r.evaluation.status],
          total: r.totals.total,
          rank: r.rank,
          scored: r.totals.scored,
          leafCount: r.totals.leafCount,
          weaknessCount: r.totals.weaknesses.length,
          previousTotal:
            previous?.rows.find((p) => p.evaluation.district_id === r.evaluation.district_id)?.totals.total ??
            null,
        })),
      };
    },

    /** Districts × indicators: each cell the share of the indicator's points earned (heat map). */
    async board(actor: Actor, year: number) {
      const summary = await yearSummary(db, actor, year);
      if (!summary) return { year, indicators: [], districts: [] };
      const leafList = leaves(summary.indicators);
      return {
        year,
        indicators: leafList.map((i) => ({
          code: i.code,
          name: i.name,
          maxScore: i.maxScore,
          computed: i.rule?.kind === "computed",
          parentName: summary.indicators.find((h) => h.code === i.parentCode)?.name ?? "",
        })),
        districts: summary.rows.map((r) => ({
          id: r.evaluation.id,
          name: r.evaluation.district_name,
          status: r.evaluation.status,
          total: r.totals.total,
          rank: r.rank,
          scores: leafList.map((i) => {
            const s = r.sheet.get(i.code);
            return s ? finalScore(s) : null;
          }),
        })),
      };
    },

    get: (actor: Actor, id: string) => detail(db, actor, id),

    async selfScore(actor: Actor, id: string, items: SelfScoreItem[]) {
      await db.transaction(async (tx) => {
        const evaluation = await loadAuthorized(tx, actor, id, "selfEvaluate");
        const byCode = await leafMap(tx, evaluation.framework_id);
        const errors: FieldProblem[] = [];
        const values: { code: string; score: number; note: string }[] = [];
        items.forEach((item, index) => {
          const indicator = byCode.get(item.code);
          if (!indicator)
            return errors.push({
              field: `items.${index}.code`,
              message: `指标“${item.code}”不在本年度指标体系中`,
            });
          if (indicator.rule?.kind === "computed")
            return errors.push({
              field: `items.${index}.input`,
              message: `“${indicator.name}”由系统按实时数据计分，无需自评`,
            });
          const scored = scoreLeaf(indicator, item.input);
          if (!scored.ok) return errors.push({ field: `items.${index}.input`, message: scored.message });
          values.push({ code: item.code, score: scored.score, note: (item.note ?? "").trim() });
        });
        if (errors.length > 0) throw problems.invalid(errors.map((e) => e.message).join("；"), errors);
        for (const v of values)
          await tx
            .insert(inspEvaluationScores)
            .values({ evaluationId: id, indicatorCode: v.code, selfScore: v.score, selfNote: v.note })
            .onConflictDoUpdate({
              target: [inspEvaluationScores.evaluationId, inspEvaluationScores.indicatorCode],
              set: { selfScore: v.score, selfNote: v.note },
            });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "INSP_SELF_SCORED", entityId: id, after: { items: values } },
          ctx.clock.now(),
        );
      });
      return detail(db, actor, id);
    },

    async submit(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const evaluation = await loadAuthorized(tx, actor, id, "selfEvaluate");
        const byCode = await leafMap(tx, evaluation.framework_id);
        const stored = await q.scoresOf(tx, [id]);
        const missing = [...byCode.values()].filter(
          (i) =>
            i.rule?.kind !== "computed" &&
            !stored.some((s) => s.indicator_code === i.code && s.self_score !== null),
        );
        if (missing.length > 0)
          throw problems.field(
            "items",
            `尚有 ${missing.length} 项未自评：${missing.map((m) => m.name).join("、")}`,
          );
        const at = ctx.clock.now();
        await tx
          .update(inspEvaluations)
          .set({ status: "submitted", submittedAt: at })
          .where(eq(inspEvaluations.id, id));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "INSP_EVALUATION_SUBMITTED",
            entityId: id,
            before: { status: evaluation.status },
            after: { status: "submitted" },
          },
          at,
        );
      });
      return detail(db, actor, id);
    },

    async verifyScores(actor: Actor, id: string, items: VerifyItem[]) {
      await db.transaction(async (tx) => {
        const evaluation = await loadAuthorized(tx, actor, id, "verify");
        const byCode = await leafMap(tx, evaluation.framework_id);
        const errors: FieldProblem[] = [];
        items.forEach((item, index) => {
          const indicator = byCode.get(item.code);
          if (!indicator)
            return errors.push({
              field: `items.${index}.code`,
              message: `指标“${item.code}”不在本年度指标体系中`,
            });
          const scored = scoreLeaf(indicator, { kind: "score", score: item.score });
          if (!scored.ok) return errors.push({ field: `items.${index}.score`, message: scored.message });
        });
        if (errors.length > 0) throw problems.invalid(errors.map((e) => e.message).join("；"), errors);
        for (const item of items) {
          const comment = (item.comment ?? "").trim();
          await tx
            .insert(inspEvaluationScores)
            .values({
              evaluationId: id,
              indicatorCode: item.code,
              verifiedScore: item.score,
              verifyComment: comment,
            })
            .onConflictDoUpdate({
              target: [inspEvaluationScores.evaluationId, inspEvaluationScores.indicatorCode],
              set: { verifiedScore: item.score, verifyComment: comment },
            });
        }
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "INSP_SCORES_VERIFIED", entityId: id, after: { items } },
          ctx.clock.now(),
        );
      });
      return detail(db, actor, id);
    },

    /** Concludes the verification: the scores are final and each weakness becomes a 整改单 to the district. */
    async conclude(actor: Actor, id: string, deadline: string) {
      // Live figures are read before the transaction (the embedded engine has one connection).
      await loadAuthorized(db, actor, id, "verify");
      const current = await detail(db, actor, id);
      await db.transaction(async (tx) => {
        const evaluation = await loadAuthorized(tx, actor, id, "verify");
        const at = ctx.clock.now();
        await tx
          .update(inspEvaluations)
          .set({ status: "verified", verifiedAt: at, verifiedBy: actor.userId })
          .where(eq(inspEvaluations.id, id));
        const orders: string[] = [];
        for (const code of current.weaknesses) {
          const item = current.items.find((i) => i.code === code);
          if (!item) continue;
          orders.push(
            await deps.rectifications.orderInTx(tx, actor, {
              sourceKind: "weakness",
              sourceId: id,
              sourceItem: code,
              unitId: evaluation.district_id,
              title: `${evaluation.year}年履职评价薄弱项：${item.name}`,
              requirement:
                `“${item.name}”得分 ${item.finalScore ?? 0}/${item.maxScore}，低于六成。${item.verifyComment}`.trim(),
              deadline,
              public: true,
            }),
          );
        }
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "INSP_EVALUATION_CONCLUDED",
            entityId: id,
            before: { status: evaluation.status },
            after: { status: "verified", total: current.total, orders: orders.length },
          },
          at,
        );
      });
      return detail(db, actor, id);
    },

    async addEvidence(actor: Actor, id: string, itemCode: string, upload: AttachmentUpload) {
      const mediaType = checkUpload(upload);
      await withStoredFile(deps.store, (key) =>
        db.transaction(async (tx) => {
          const evaluation = await loadAuthorized(tx, actor, id, "selfEvaluate");
          const byCode = await leafMap(tx, evaluation.framework_id);
          if (!byCode.has(itemCode)) throw problems.field("item", `指标“${itemCode}”不在本年度指标体系中`);
          await attachEvidence(tx, {
            ctx,
            store: deps.store,
            actor,
            owner: { kind: "evaluation", id, itemCode },
            upload,
            mediaType,
            key,
          });
        }),
      );
      return detail(db, actor, id);
    },

    async evidenceFile(actor: Actor, id: string, evidenceId: string) {
      await loadAuthorized(db, actor, id, "read");
      return evidenceFile(db, deps.store, { kind: "evaluation", id }, evidenceId);
    },

    /** Evaluation progress of a year for the plan binding: districts submitted and verified of all. */
    async progress(year: number) {
      const rows = await q.evaluationsInScope(db, { year, scopePath: null });
      return {
        year,
        districts: rows.length,
        submitted: rows.filter((r) => r.status !== "self_evaluating").length,
        verified: rows.filter((r) => r.status === "verified").length,
      };
    },
  };
}

export async function insertFramework(
  tx: Db,
  input: { year: number; name: string; indicators: readonly FrameworkIndicator[] },
): Promise<string> {
  const [framework] = await tx
    .insert(inspFrameworks)
    .values({ year: input.year, name: input.name })
    .returning({ id: inspFrameworks.id });
  if (!framework) throw new Error("framework insert returned nothing");
  await insertIndicators(tx, framework.id, input.indicators);
  return framework.id;
}

async function insertIndicators(tx: Db, frameworkId: string, indicators: readonly FrameworkIndicator[]) {
  await tx.insert(inspFrameworkIndicators).values(
    indicators.map((i, sort) => ({
      frameworkId,
      code: i.code,
      name: i.name,
      level: i.level,
      parentCode: i.parentCode,
      maxScore: i.level === 1 ? 0 : i.maxScore,
      rule: i.rule,
      sort,
    })),
  );
}

function checkFrameworkInput(actor: Actor, indicators: readonly FrameworkIndicator[]) {
  if (actor.role !== "inspector") throw problems.forbidden("只有督学可以制定评价指标体系。");
  const check = checkFramework(indicators);
  if (!check.ok)
    throw problems.invalid(
      check.problems.join("；"),
      check.problems.map((message) => ({ field: "indicators", message })),
    );
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
