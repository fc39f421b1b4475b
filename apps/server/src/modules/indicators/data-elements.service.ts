import { DATA_VALUE_TYPE_LABELS, PERIOD_TYPE_LABELS, approvalLevelOf } from "@edubureau/domain/indicators";
import type { AppContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import * as q from "./data-elements.queries.ts";
import type { DataElementRow } from "./indicators.tables.ts";

function view(row: DataElementRow) {
  return {
    ...row,
    valueTypeLabel: DATA_VALUE_TYPE_LABELS[row.valueType],
    periodTypeLabel: PERIOD_TYPE_LABELS[row.periodType],
  };
}

function snapshot(row: DataElementRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

/** Elements are defined for the whole city, so only 市局 accounts that confirm data may define them. */
function requireDefine(actor: Actor): void {
  if (approvalLevelOf(actor.role) !== "city")
    throw problems.forbidden("只有市局数据管理账户可以定义数据元素。");
}

function checkRange(min: number | null | undefined, max: number | null | undefined): void {
  if (min !== null && min !== undefined && max !== null && max !== undefined && min > max)
    throw problems.field("maxValue", "最大值不能小于最小值");
}

export function createDataElementsService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  return {
    async list() {
      return (await q.listElements(db)).map(view);
    },

    async create(actor: Actor, input: q.ElementInput) {
      requireDefine(actor);
      checkRange(input.minValue, input.maxValue);
      const now = clock.now();
      return db.transaction(async (tx) => {
        if (await q.findElement(tx, input.code))
          throw problems.field("code", `数据元素代码 ${input.code} 已存在`);
        const row = await q.insertElement(tx, input, now);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "DATA_ELEMENT_CREATED", entityId: row.code, after: snapshot(row) },
          now,
        );
        return view(row);
      });
    },

    /** Name, unit, range and description may change; code, value type and period type are fixed once values may exist. */
    async update(
      actor: Actor,
      code: string,
      input: Partial<Pick<DataElementRow, "name" | "unit" | "minValue" | "maxValue" | "description">>,
    ) {
      requireDefine(actor);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await q.findElement(tx, code);
        if (!before) throw problems.notFound("数据元素");
        checkRange(
          input.minValue === undefined ? before.minValue : input.minValue,
          input.maxValue === undefined ? before.maxValue : input.maxValue,
        );
        const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
        const after = await q.updateElement(tx, code, defined, now);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "DATA_ELEMENT_UPDATED",
            entityId: code,
            before: snapshot(before),
            after: snapshot(after),
          },
          now,
        );
        return view(after);
      });
    },
  };
}

export type DataElementsService = ReturnType<typeof createDataElementsService>;
