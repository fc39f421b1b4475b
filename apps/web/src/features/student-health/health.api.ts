import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, type QueryParams } from "../../app/api.ts";
import { ApiError, networkError, toProblem } from "../../app/api-error.ts";
import type { HealthImportJob, HealthRecord, ImportKind, MonitoringReport } from "./health-types.ts";

const BASE = "/api/student-health";

export const healthKeys = {
  all: ["student-health"] as const,
  report: (params: object) => [...healthKeys.all, "report", params] as const,
  record: (id: string) => [...healthKeys.all, "record", id] as const,
  job: (kind: ImportKind, id: string) => [...healthKeys.all, "job", kind, id] as const,
};

export interface ReportParams {
  unitId?: string | undefined;
  schoolYear?: string | undefined;
}

export const reportQuery = (params: ReportParams) =>
  queryOptions({
    queryKey: healthKeys.report(params),
    queryFn: () => api.get<MonitoringReport>(`${BASE}/report`, params as QueryParams),
    placeholderData: keepPreviousData,
  });

export const recordQuery = (studentId: string) =>
  queryOptions({
    queryKey: healthKeys.record(studentId),
    queryFn: () => api.get<HealthRecord>(`${BASE}/students/${encodeURIComponent(studentId)}/record`),
  });

export function reportFileUrl(format: "docx" | "xlsx", params: ReportParams): string {
  const search = new URLSearchParams();
  if (params.unitId) search.set("unitId", params.unitId);
  if (params.schoolYear) search.set("schoolYear", params.schoolYear);
  const query = search.toString();
  return `${BASE}/report.${format}${query ? `?${query}` : ""}`;
}

export const templateUrl = (kind: ImportKind) => `${BASE}/${kind}/template.xlsx`;
export const importEventsUrl = (kind: ImportKind, jobId: string) =>
  `${BASE}/${kind}/import/${encodeURIComponent(jobId)}/events`;

export const importJobQuery = (kind: ImportKind, jobId: string) =>
  queryOptions({
    queryKey: healthKeys.job(kind, jobId),
    queryFn: () => api.get<HealthImportJob>(`${BASE}/${kind}/import/${encodeURIComponent(jobId)}`),
    refetchInterval: (query) =>
      query.state.data?.state === "done" || query.state.data?.state === "failed" ? false : 500,
  });

/** A multipart upload (the JSON client cannot send files); answers the job id or a problem. */
export async function uploadFile<T>(url: string, file: File): Promise<T> {
  const { csrfToken } = await api.get<{ csrfToken: string }>("/api/auth/me");
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "x-csrf-token": csrfToken, accept: "application/json, application/problem+json" },
      body: form,
    });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    body = text;
  }
  if (!response.ok) throw new ApiError(toProblem(response.status, body));
  return body as T;
}

export const uploadHealthImport = (kind: ImportKind, file: File) =>
  uploadFile<{ jobId: string }>(`${BASE}/${kind}/import`, file);

export const lookupRecord = (body: { name: string; idNumber: string; birthDate: string }) =>
  api.post<HealthRecord>("/api/public/health-record", body);

/** Rates as "37.8%"; "—" when nobody was screened or tested. */
export function pct(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`;
}

/** A change in percentage points, signed: "+1.2", "−0.5". */
export function points(delta: number | null | undefined): string {
  if (delta === null || delta === undefined) return "—";
  const value = (delta * 100).toFixed(1);
  return delta > 0 ? `+${value}` : delta < 0 ? value.replace("-", "−") : "0.0";
}
