import type { ApiError, FieldError } from "../../app/api-error.ts";
import { uploadFile } from "../../components/upload-file.ts";

const BASE = "/api/work-plan";

export const planExportUrl = (planId: string) => `${BASE}/plans/${encodeURIComponent(planId)}/export.xlsx`;
/** The 执行情况报告 with the 发文字号 and 主送机关 the clerk typed (either may be left to the defaults). */
export function planReportUrl(
  planId: string,
  issue: { docNumber?: string; recipients?: string } = {},
): string {
  const query = new URLSearchParams(
    Object.entries(issue).filter((entry): entry is [string, string] => (entry[1] ?? "").trim() !== ""),
  ).toString();
  return `${BASE}/plans/${encodeURIComponent(planId)}/report.docx${query ? `?${query}` : ""}`;
}
export const planTemplateUrl = (example: boolean) =>
  `${BASE}/plans/template.xlsx${example ? "?example=1" : ""}`;

export interface PlanImportResult {
  planId: string;
  year: number;
  title: string;
  counts: { focusAreas: number; tasks: number; targets: number; milestones: number };
}

/** One problem of a refused plan file: the sheet and row of a workbook, or the path in a YAML file. */
export interface PlanImportProblem {
  sheet: string | null;
  row: number | null;
  field: string;
  message: string;
}

export function importProblems(error: ApiError): PlanImportProblem[] {
  return error.fieldErrors.map((e: FieldError & { sheet?: unknown; row?: unknown }) => ({
    sheet: typeof e.sheet === "string" ? e.sheet : null,
    row: typeof e.row === "number" ? e.row : null,
    field: e.field,
    message: e.message,
  }));
}

/** Sends the file as multipart; a refused plan answers 400 with every problem. */
export function uploadPlan(file: File): Promise<PlanImportResult> {
  return uploadFile<PlanImportResult>(`${BASE}/plans/import`, file);
}
