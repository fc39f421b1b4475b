import type { SheetCell } from "@edubureau/domain/registry";
import { SHEET_COLUMN } from "../../platform/sheet-import/sheet-refusal.ts";
import type { SheetRow } from "../../platform/sheet-import/sheet-rows.ts";
import type { SheetLocation, SheetProblem } from "./plan-workbook-read.ts";
import {
  COMPARATOR_WORDS,
  FREQUENCY_WORDS,
  PLAN_FIELDS,
  PLAN_SHEET,
  TABLE_SHEETS,
  type PlanSheet,
} from "./plan-workbook-sheets.ts";

/** The workbook as a raw plan object (what a YAML file parses into) and where each part came from. */
export interface WorkbookPlan {
  raw: { plan: Record<string, unknown>; focusAreas: unknown[]; tasks: Record<string, unknown>[] };
  /** Plan-file path ("tasks[3].targets[0].deadline") → cell. */
  locations: Map<string, SheetLocation>;
  /** Problems of the workbook's own shape (missing sheet or column, bad JSON, orphan rows). */
  problems: SheetProblem[];
}

const text = (cell: SheetCell | undefined): string | undefined => {
  if (cell === null || cell === undefined) return undefined;
  const value = String(cell).trim();
  return value === "" ? undefined : value;
};

/** Numbers typed as text still count; anything else is passed on for the validator to name. */
const numeric = (cell: SheetCell | undefined): unknown => {
  if (typeof cell === "number") return cell;
  const value = text(cell);
  if (value === undefined) return undefined;
  const n = Number(value.replace(/,/g, ""));
  return Number.isFinite(n) ? n : value;
};

const COMPARATOR_BY_WORD: Record<string, string> = Object.fromEntries<string>([
  ...Object.entries(COMPARATOR_WORDS).map(([code, word]): [string, string] => [word, code]),
  ...Object.keys(COMPARATOR_WORDS).map((code): [string, string] => [code, code]),
  ["＝", "="],
  ["＞=", ">="],
  ["＜=", "<="],
]);
const FREQUENCY_BY_WORD: Record<string, string> = Object.fromEntries<string>([
  ...Object.entries(FREQUENCY_WORDS).map(([code, word]): [string, string] => [word, code]),
  ...Object.keys(FREQUENCY_WORDS).map((code): [string, string] => [code, code]),
  ["按月", "monthly"],
  ["按季度", "quarterly"],
]);

interface TableRow {
  row: number;
  get(key: string): SheetCell | undefined;
}

/** Rows of a table sheet keyed by column; problems when the sheet or a required column is missing. */
function tableRows(sheets: Map<string, SheetRow[]>, sheet: PlanSheet, problems: SheetProblem[]): TableRow[] {
  const rows = sheets.get(sheet.name);
  if (!rows) {
    problems.push({
      sheet: sheet.name,
      row: null,
      column: SHEET_COLUMN,
      message: `缺少工作表“${sheet.name}”`,
    });
    return [];
  }
  const [header, ...data] = rows;
  const headerRow = header?.row ?? 1;
  const indexOf = new Map<string, number>();
  header?.cells.forEach((cell, i) => {
    const name = text(cell);
    const column = sheet.columns.find((c) => c.header === name);
    if (column) indexOf.set(column.key, i);
  });
  for (const column of sheet.columns) {
    if (!indexOf.has(column.key) && column.required) {
      problems.push({
        sheet: sheet.name,
        row: headerRow,
        column: column.header,
        message: `缺少列“${column.header}”`,
      });
    }
  }
  return data
    .filter((r) => r.cells.some((c) => text(c) !== undefined))
    .map((r) => ({
      row: r.row,
      get: (key: string) => {
        const i = indexOf.get(key);
        return i === undefined ? undefined : r.cells[i];
      },
    }));
}

function headerOf(sheet: PlanSheet, key: string): string {
  return sheet.columns.find((c) => c.key === key)?.header ?? key;
}

/**
 * Turns the template's sheets into the object a plan YAML file parses into, recording for every
 * field the cell it came from so the validator's problems can be shown as sheet / row / column.
 * Nothing is judged here beyond the workbook's own shape: the plan validator checks the content.
 */
export function planFromSheets(sheets: Map<string, SheetRow[]>): WorkbookPlan {
  const problems: SheetProblem[] = [];
  const locations = new Map<string, SheetLocation>();
  const at = (path: string, sheet: PlanSheet, row: number | null, key: string | null) =>
    locations.set(path, { sheet: sheet.name, row, column: key === null ? null : headerOf(sheet, key) });
  const [areaSheet, taskSheet, targetSheet, milestoneSheet, shareSheet] = TABLE_SHEETS;

  const plan = planMeta(sheets, problems, locations);

  locations.set("focusAreas", { sheet: areaSheet.name, row: null, column: SHEET_COLUMN });
  const focusAreas = tableRows(sheets, areaSheet, problems).map((r, i) => {
    at(`focusAreas[${i}]`, areaSheet, r.row, null);
    for (const key of ["code", "seq", "title", "summary"])
      at(`focusAreas[${i}].${key}`, areaSheet, r.row, key);
    return {
      code: text(r.get("code")),
      seq: numeric(r.get("seq")),
      title: text(r.get("title")),
      summary: text(r.get("summary")),
    };
  });

  locations.set("tasks", { sheet: taskSheet.name, row: null, column: SHEET_COLUMN });
  const taskIndex = new Map<
    string,
    Record<string, unknown> & { targets: unknown[]; milestones: unknown[] }
  >();
  const taskPath = new Map<string, string>();
  const tasks = tableRows(sheets, taskSheet, problems).map((r, i) => {
    const path = `tasks[${i}]`;
    at(path, taskSheet, r.row, null);
    for (const key of ["code", "focusArea", "title", "text", "leadUnit", "coUnits"])
      at(`${path}.${key}`, taskSheet, r.row, key);
    const coUnits = (text(r.get("coUnits")) ?? "").split(/[、,，;；\s]+/).filter((u) => u !== "");
    coUnits.forEach((_, j) => at(`${path}.coUnits[${j}]`, taskSheet, r.row, "coUnits"));
    const task = {
      code: text(r.get("code")),
      focusArea: text(r.get("focusArea")),
      title: text(r.get("title")),
      text: text(r.get("text")),
      leadUnit: text(r.get("leadUnit")),
      coUnits,
      targets: [] as unknown[],
      milestones: [] as unknown[],
    };
    if (task.code && !taskIndex.has(task.code)) {
      taskIndex.set(task.code, task);
      taskPath.set(task.code, path);
    }
    return task;
  });

  const ownerOf = (sheet: PlanSheet, r: TableRow) => {
    const code = text(r.get("task"));
    const task = code === undefined ? undefined : taskIndex.get(code);
    if (!task) {
      problems.push({
        sheet: sheet.name,
        row: r.row,
        column: headerOf(sheet, "task"),
        message: code === undefined ? "缺少必填字段" : `任务表中没有编号为 ${code} 的任务`,
      });
    }
    return task && code ? { task, path: taskPath.get(code) ?? "" } : undefined;
  };

  const targetByCode = new Map<string, { target: Record<string, unknown>; path: string }>();
  for (const r of tableRows(sheets, targetSheet, problems)) {
    const owner = ownerOf(targetSheet, r);
    if (!owner) continue;
    const path = `${owner.path}.targets[${owner.task.targets.length}]`;
    at(path, targetSheet, r.row, null);
    const target: Record<string, unknown> = {
      code: text(r.get("code")),
      name: text(r.get("name")),
      unit: text(r.get("unit")),
      baseline: numeric(r.get("baseline")) ?? null,
      targetValue: numeric(r.get("targetValue")),
      comparator: COMPARATOR_BY_WORD[text(r.get("comparator")) ?? ""] ?? text(r.get("comparator")),
      startDate: text(r.get("startDate")),
      deadline: text(r.get("deadline")),
      source: text(r.get("source")),
      binding: bindingOf(r, (message) =>
        problems.push({
          sheet: targetSheet.name,
          row: r.row,
          column: headerOf(targetSheet, "filter"),
          message,
        }),
      ),
    };
    for (const key of [
      "code",
      "name",
      "unit",
      "baseline",
      "targetValue",
      "comparator",
      "startDate",
      "deadline",
      "source",
    ])
      at(`${path}.${key}`, targetSheet, r.row, key);
    at(`${path}.binding`, targetSheet, r.row, "measure");
    at(`${path}.binding.measure`, targetSheet, r.row, "measure");
    at(`${path}.binding.filter`, targetSheet, r.row, "filter");
    owner.task.targets.push(target);
    if (typeof target.code === "string" && !targetByCode.has(target.code))
      targetByCode.set(target.code, { target, path });
  }

  for (const r of tableRows(sheets, milestoneSheet, problems)) {
    const owner = ownerOf(milestoneSheet, r);
    if (!owner) continue;
    const path = `${owner.path}.milestones[${owner.task.milestones.length}]`;
    at(path, milestoneSheet, r.row, null);
    for (const key of ["code", "name", "dueDate"]) at(`${path}.${key}`, milestoneSheet, r.row, key);
    owner.task.milestones.push({
      code: text(r.get("code")),
      name: text(r.get("name")),
      dueDate: text(r.get("dueDate")),
    });
  }

  for (const r of tableRows(sheets, shareSheet, problems)) {
    const code = text(r.get("target"));
    const owner = code === undefined ? undefined : targetByCode.get(code);
    if (!owner) {
      problems.push({
        sheet: shareSheet.name,
        row: r.row,
        column: headerOf(shareSheet, "target"),
        message: code === undefined ? "缺少必填字段" : `目标表中没有编号为 ${code} 的目标`,
      });
      continue;
    }
    const shares = (owner.target.districtShares ??= []) as unknown[];
    const path = `${owner.path}.districtShares`;
    if (shares.length === 0) at(path, shareSheet, r.row, "value");
    at(`${path}[${shares.length}]`, shareSheet, r.row, null);
    at(`${path}[${shares.length}].unit`, shareSheet, r.row, "unit");
    at(`${path}[${shares.length}].value`, shareSheet, r.row, "value");
    shares.push({ unit: text(r.get("unit")), value: numeric(r.get("value")) });
  }

  return { raw: { plan, focusAreas, tasks }, locations, problems };
}

function bindingOf(r: TableRow, problem: (message: string) => void): unknown {
  const measure = text(r.get("measure"));
  const filterText = text(r.get("filter"));
  if (measure === undefined) {
    if (filterText !== undefined) problem("只有填写了绑定指标才能填写筛选条件");
    return { kind: "manual" };
  }
  if (filterText === undefined) return { kind: "indicator", measure, filter: {} };
  try {
    const filter: unknown = JSON.parse(filterText);
    return { kind: "indicator", measure, filter };
  } catch {
    problem('筛选条件不是有效的 JSON，如 {"year": 2020}');
    return { kind: "indicator", measure, filter: {} };
  }
}

/** The 计划 sheet: one field per row, found by its name in column A. */
function planMeta(
  sheets: Map<string, SheetRow[]>,
  problems: SheetProblem[],
  locations: Map<string, SheetLocation>,
): Record<string, unknown> {
  const rows = sheets.get(PLAN_SHEET.name);
  locations.set("plan", { sheet: PLAN_SHEET.name, row: null, column: SHEET_COLUMN });
  if (!rows) {
    problems.push({
      sheet: PLAN_SHEET.name,
      row: null,
      column: SHEET_COLUMN,
      message: `缺少工作表“${PLAN_SHEET.name}”`,
    });
    return {};
  }
  const value = new Map<string, SheetCell | undefined>();
  for (const field of PLAN_FIELDS) {
    const row = rows.find((r) => text(r.cells[0]) === field.header);
    const location = {
      sheet: PLAN_SHEET.name,
      row: row?.row ?? null,
      column: row ? `内容（${field.header}）` : "字段",
    };
    locations.set(`plan.${field.key}`, location);
    if (!row && field.required) problems.push({ ...location, message: `缺少“${field.header}”一行` });
    value.set(field.key, row?.cells[1]);
  }
  locations.set(
    "plan.city",
    locations.get("plan.city.code") ?? { sheet: PLAN_SHEET.name, row: null, column: null },
  );
  const frequency = text(value.get("reportingFrequency"));
  return {
    year: numeric(value.get("year")),
    city: { name: text(value.get("city.name")), code: text(value.get("city.code")) },
    title: text(value.get("title")),
    issuer: text(value.get("issuer")),
    publishDate: text(value.get("publishDate")),
    sourceUrl: text(value.get("sourceUrl")) ?? null,
    sourceNote: text(value.get("sourceNote")),
    reportingFrequency: FREQUENCY_BY_WORD[frequency ?? ""] ?? frequency,
    demoDataNote: text(value.get("demoDataNote")),
  };
}
