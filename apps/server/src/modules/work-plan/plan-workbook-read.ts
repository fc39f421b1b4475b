import type { PlanProblem } from "@edubureau/domain/work-plan";
import { AppError } from "../../http/problem.ts";
import { SheetRefused } from "../../platform/sheet-import/sheet-refusal.ts";
import type { SheetRow } from "../../platform/sheet-import/sheet-rows.ts";
import { openWorkbook, readSheets, type OpenWorkbook } from "../../platform/sheet-import/workbook-reader.ts";
import type { Refusal } from "../../platform/sheet-import/xlsx-container.ts";
import { PLAN_SHEET, TABLE_SHEETS } from "./plan-workbook-sheets.ts";

/** Where a problem sits in the workbook; row and column are as Excel shows them (header names). */
export interface SheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

export interface SheetLocation {
  sheet: string;
  row: number | null;
  column: string | null;
}

/** A plan has a few hundred rows at most; anything far beyond is not a plan template. */
const MAX_ROWS = 5000;

export type WorkbookRead = { ok: true; sheets: Map<string, SheetRow[]> } | { ok: false; message: string };

/** The plan's words for a file that is not a workbook; the size refusals are the platform's. */
function refusal(reason: Refusal): string | undefined {
  if (reason === "legacy_or_encrypted")
    return "文件是旧版 Excel（.xls）或设置了打开密码：请另存为 .xlsx 后再导入。";
  return reason.startsWith("too_") ? undefined : "文件不是 Excel 工作簿（.xlsx）：请使用系统下载的计划模板。";
}

/** Reads the template's sheets with the platform's reader and limits; refuses anything that is not an .xlsx workbook. */
export async function readPlanWorkbook(buffer: Buffer): Promise<WorkbookRead> {
  let workbook: OpenWorkbook;
  try {
    workbook = await openWorkbook(buffer, refusal);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.detail ?? error.title };
    throw error;
  }
  try {
    const read = await readSheets(workbook, {
      sheets: [PLAN_SHEET.name, ...TABLE_SHEETS.map((s) => s.name)],
      maxRows: MAX_ROWS,
    });
    const long = [...read].find(([, sheet]) => sheet.truncated);
    if (long)
      return {
        ok: false,
        message: `工作表“${long[0]}”超过 ${MAX_ROWS} 行，不像是工作计划：请检查后再导入。`,
      };
    return { ok: true, sheets: new Map([...read].map(([name, sheet]) => [name, sheet.rows])) };
  } catch (error) {
    if (error instanceof SheetRefused) return { ok: false, message: error.problem.message };
    return { ok: false, message: "无法读取该文件：请在 Excel 中打开并另存为 .xlsx 后再导入。" };
  }
}

/** A validator problem placed on its cell: the nearest recorded ancestor of its path. */
export function locateProblem(
  locations: ReadonlyMap<string, SheetLocation>,
  problem: PlanProblem,
): SheetProblem {
  let path = problem.path;
  while (path !== "") {
    const hit = locations.get(path);
    if (hit) return { ...hit, message: problem.message };
    const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (parent === path) break;
    path = parent;
  }
  return { sheet: "（工作簿）", row: null, column: problem.path || null, message: problem.message };
}
