import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiData } from "../../app/api-contract.ts";
import { formatShare, formatSignedShare } from "../../app/format.ts";

export type MonitoringReport = ApiData<"/api/student-health/report">;
export type HealthRates = MonitoringReport["overall"]["current"];
export type ChildLine = MonitoringReport["children"][number];
export type GradeLine = MonitoringReport["byGrade"][number];
export type HealthRecord = ApiData<"/api/student-health/students/{id}/record">;
export type ImportKind = "screening" | "fitness";

const BASE = "/api/student-health";

export const healthKeys = {
  all: ["student-health"] as const,
  report: (params: object) => [...healthKeys.all, "report", params] as const,
  record: (id: string) => [...healthKeys.all, "record", id] as const,
};

export interface ReportParams {
  unitId?: string | undefined;
  schoolYear?: string | undefined;
}

export const reportQuery = (params: ReportParams) =>
  queryOptions({
    queryKey: healthKeys.report(params),
    queryFn: () => api.GET("/api/student-health/report", { params: { query: params } }),
    placeholderData: keepPreviousData,
  });

export const recordQuery = (studentId: string) =>
  queryOptions({
    queryKey: healthKeys.record(studentId),
    queryFn: () =>
      api.GET("/api/student-health/students/{id}/record", { params: { path: { id: studentId } } }),
  });

export function reportFileUrl(format: "docx" | "xlsx", params: ReportParams): string {
  const search = new URLSearchParams();
  if (params.unitId) search.set("unitId", params.unitId);
  if (params.schoolYear) search.set("schoolYear", params.schoolYear);
  const query = search.toString();
  return `${BASE}/report.${format}${query ? `?${query}` : ""}`;
}

/** The report made as a job on the server (the city-wide one takes a while): start, poll, then download. */
export async function startReportJob(format: "docx" | "xlsx", params: ReportParams): Promise<string> {
  const body = {
    format,
    ...(params.unitId ? { unitId: params.unitId } : {}),
    ...(params.schoolYear ? { schoolYear: params.schoolYear } : {}),
  };
  return (await api.POST("/api/student-health/report-jobs", { body })).jobId;
}

export const reportJobStatus = (jobId: string) =>
  api.GET("/api/student-health/report-jobs/{jobId}", { params: { path: { jobId } } });

export const reportJobFileUrl = (jobId: string) => `${BASE}/report-jobs/${encodeURIComponent(jobId)}/file`;

export const templateUrl = (kind: ImportKind) => `${BASE}/${kind}/template.xlsx`;
/** Kept here for the students roster import, which uploads the same way. */
export { uploadFile } from "../../components/upload-file.ts";

export const lookupRecord = (body: { name: string; idNumber: string; birthDate: string }) =>
  api.POST("/api/public/health-record", { body });

/** Rates as "37.8%"; "—" when nobody was screened or tested. */
export function pct(rate: number | null | undefined): string {
  return formatShare(rate);
}

/** A change in percentage points, signed: "+1.2", "−0.5". */
export function points(delta: number | null | undefined): string {
  return formatSignedShare(delta).replace("-", "−");
}
