import { ORG_UNIT_KIND_LABELS, type OrgUnitKind } from "@edubureau/domain";
import {
  approvalLevelOf,
  checkApprovalAction,
  checkDataEntry,
  lockedMessage,
  parsePeriod,
  type ApprovalAction,
  type ApprovalLevel,
  type ApprovalStatus,
  type Period,
} from "@edubureau/domain/indicators";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { DATA_APPROVAL_EVENTS, recordAudit, whoOf } from "../audit/audit.service.ts";
import type { OrgUnitsService } from "../org-units/org-units.service.ts";
import { listElements } from "./data-elements.queries.ts";
import * as q from "./data-entry.queries.ts";
import {
  allowedActions,
  approvalProblem,
  approvalView,
  DRAFT,
  transitionPatch,
} from "./data-approval-view.ts";
import { dataStepPolicy } from "../../policies/data-form.ts";

export function parseAnyPeriod(text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw problems.field("period", `期间格式不正确：应为 2019 或 2019-2020，收到“${text}”`);
  return period;
}

function levelOf(actor: Actor): ApprovalLevel {
  const level = approvalLevelOf(actor.role);
  if (!level) throw problems.forbidden();
  return level;
}
export function createDataEntryService(ctx: AppContext, deps: { orgUnits: OrgUnitsService }) {
  const { db } = ctx.database;
  const { clock } = ctx;

  /**
   * Refuses an edit of a unit's reported data for a period past 草稿. Other modules that hold reported
   * data (a school's class list for a school year) call this inside their write transaction.
   */
  async function assertEditable(tx: Db, unit: { id: string; name: string }, period: Period): Promise<void> {
    const row = await q.findApproval(tx, unit.id, period.key);
    if (row && row.status !== "draft") {
      throw new AppError("locked", "数据已锁定", lockedMessage(row.status, `${unit.name} ${period.label}`));
    }
  }

  async function form(actor: Actor, orgUnitId: string, periodText: string, tx: Db = db) {
    const period = parseAnyPeriod(periodText);
    const unit = await deps.orgUnits.getInScope(actor, orgUnitId, tx);
    const [elements, values, approval] = await Promise.all([
      listElements(tx),
      q.valuesOf(tx, unit.id, period.key),
      q.findApproval(tx, unit.id, period.key),
    ]);
    const byCode = new Map(values.map((v) => [v.elementCode, v]));
    const state = approval ?? DRAFT;
    return {
      orgUnit: {
        id: unit.id,
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        kindLabel: ORG_UNIT_KIND_LABELS[unit.kind],
      },
      period: { key: period.key, label: period.label, type: period.type },
      approval: approvalView(state),
      actions: allowedActions(actor, state.status),
      elements: elements
        .filter((e) => e.periodType === period.type)
        .map((e) => ({
          code: e.code,
          name: e.name,
          unit: e.unit,
          valueType: e.valueType,
          minValue: e.minValue,
          maxValue: e.maxValue,
          description: e.description,
          value: byCode.get(e.code)?.value ?? null,
          updatedAt: byCode.get(e.code)?.updatedAt ?? null,
        })),
    };
  }

  return {
    assertEditable,
    form: (actor: Actor, orgUnitId: string, period: string) => form(actor, orgUnitId, period),

    /** Saves some of a unit's values for a period (null clears one), checked against every rule. */
    async saveValues(
      actor: Actor,
      input: { orgUnitId: string; period: string; values: Record<string, number | null> },
    ) {
      const period = parseAnyPeriod(input.period);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const unit = await deps.orgUnits.getInScope(actor, input.orgUnitId, tx);
        const approval = await q.lockApproval(tx, unit.id, period.key, now);
        if (approval.status !== "draft") {
          throw new AppError(
            "locked",
            "数据已锁定",
            lockedMessage(approval.status, `${unit.name} ${period.label}`),
          );
        }
        const elements = (await listElements(tx)).filter((e) => e.periodType === period.type);
        const known = new Set(elements.map((e) => e.code));
        const foreign = Object.keys(input.values).filter((code) => !known.has(code));
        if (foreign.length > 0) {
          throw problems.invalid(
            `以下数据元素不存在或不按${period.type === "year" ? "自然年" : "学年"}填报：${foreign.join("、")}`,
            foreign.map((code) => ({
              field: `values.${code}`,
              message: `数据元素 ${code} 不能在 ${period.label} 填报`,
            })),
          );
        }
        const stored = await q.valuesOf(tx, unit.id, period.key);
        const before = new Map(stored.map((v) => [v.elementCode, v.value]));
        const after = new Map(before);
        for (const [code, value] of Object.entries(input.values)) {
          if (value === null) after.delete(code);
          else after.set(code, value);
        }
        const entryProblems = checkDataEntry({ elements, values: after });
        if (entryProblems.length > 0) {
          throw problems.invalid(
            entryProblems.map((p) => p.message).join("；"),
            entryProblems.map((p) => ({ field: `values.${p.field}`, message: p.message })),
          );
        }
        const changed = Object.keys(input.values).filter((code) => before.get(code) !== after.get(code));
        for (const code of changed) {
          const value = after.get(code);
          const key = { elementCode: code, orgUnitId: unit.id, period: period.key };
          if (value === undefined) await q.deleteValue(tx, key);
          else await q.upsertValue(tx, { ...key, value, userId: actor.userId, at: now });
        }
        if (changed.length === 0) return;
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "DATA_VALUE_SAVED",
            entityId: `${unit.id}:${period.key}`,
            before: Object.fromEntries(changed.map((code) => [code, before.get(code) ?? null])),
            after: Object.fromEntries(changed.map((code) => [code, after.get(code) ?? null])),
          },
          now,
        );
      });
      return form(actor, input.orgUnitId, input.period);
    },

    /** One step of 学校提交 → 区县审核 → 市局确认, or a reopen back to 草稿; audited. */
    async act(
      actor: Actor,
      action: ApprovalAction,
      input: { orgUnitId: string; period: string; reason?: string | undefined },
    ) {
      dataStepPolicy.authorize(actor, action);
      const level = levelOf(actor);
      if (action === "reopen" && !input.reason?.trim()) throw problems.field("reason", "退回修改须说明原因");
      const period = parseAnyPeriod(input.period);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const unit = await deps.orgUnits.getInScope(actor, input.orgUnitId, tx);
        const before = await q.lockApproval(tx, unit.id, period.key, now);
        const check = checkApprovalAction({ status: before.status, action, level, reason: input.reason });
        if (!check.ok) throw approvalProblem(check.problem, check.message);
        if (action === "submit") await assertSubmittable(tx, unit.id, period);
        const reason = input.reason?.trim() || null;
        const patch = transitionPatch(action, { userId: actor.userId, at: now, reason });
        const after = await q.updateApproval(
          tx,
          { orgUnitId: unit.id, period: period.key },
          { ...patch, status: check.next },
        );
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: DATA_APPROVAL_EVENTS[action],
            entityId: `${unit.id}:${period.key}`,
            before: { status: before.status },
            after: { status: after.status, ...(reason ? { reason } : {}) },
          },
          now,
        );
      });
      return form(actor, input.orgUnitId, input.period);
    },

    async queue(actor: Actor, options: { period: string; status?: ApprovalStatus | undefined }) {
      const period = parseAnyPeriod(options.period);
      const scopePattern = `${actor.scopePath}%`;
      const rows = await q.approvalQueue(db, { scopePattern, period: period.key, status: options.status });
      return {
        period: { key: period.key, label: period.label, type: period.type },
        items: rows.map((row) => ({
          orgUnit: {
            id: row.id,
            code: row.code,
            name: row.name,
            kind: row.kind as OrgUnitKind,
            kindLabel: ORG_UNIT_KIND_LABELS[row.kind as OrgUnitKind],
          },
          valueCount: row.valueCount,
          approval: approvalView(row),
          actions: allowedActions(actor, row.status),
        })),
      };
    },
  };

  /** What is submitted must still pass the rules (an empty form may be submitted: nothing to report). */
  async function assertSubmittable(tx: Db, orgUnitId: string, period: Period): Promise<void> {
    const [elements, stored] = await Promise.all([listElements(tx), q.valuesOf(tx, orgUnitId, period.key)]);
    const entryProblems = checkDataEntry({
      elements: elements.filter((e) => e.periodType === period.type),
      values: new Map(stored.map((v) => [v.elementCode, v.value])),
    });
    if (entryProblems.length > 0) {
      throw problems.invalid(
        entryProblems.map((p) => p.message).join("；"),
        entryProblems.map((p) => ({ field: `values.${p.field}`, message: p.message })),
      );
    }
  }
}

export type DataEntryService = ReturnType<typeof createDataEntryService>;
