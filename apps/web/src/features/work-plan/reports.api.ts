import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import { ApiError, networkError, toProblem } from "../../app/api-error.ts";
import { workPlanKeys } from "./work-plan.api.ts";
import type { ApiQuery } from "../../app/api-contract.ts";
import type { Report, ReportUpdate } from "./work-plan.api.ts";

const BASE = "/api/work-plan/reports";
const id = (value: string) => encodeURIComponent(value);
const byId = (reportId: string) => ({ params: { path: { id: reportId } } });

export const reportsQuery = (params: ApiQuery<"/api/work-plan/reports">) =>
  queryOptions({
    queryKey: workPlanKeys.reports(params),
    queryFn: async () => (await api.GET("/api/work-plan/reports", { params: { query: params } })).items,
  });

export const reportQuery = (reportId: string) =>
  queryOptions({
    queryKey: workPlanKeys.report(reportId),
    queryFn: () => api.GET("/api/work-plan/reports/{id}", byId(reportId)),
  });

/** Opens the unit's report for a period: the existing one, or a new draft. */
export function openReport(input: { taskId: string; periodKey: string }) {
  return api.POST("/api/work-plan/reports", { body: input });
}

export function updateReport(reportId: string, input: ReportUpdate) {
  return api.PATCH("/api/work-plan/reports/{id}", { ...byId(reportId), body: input });
}

export function submitReport(reportId: string) {
  return api.POST("/api/work-plan/reports/{id}/submit", byId(reportId));
}

export function acceptReport(reportId: string) {
  return api.POST("/api/work-plan/reports/{id}/accept", byId(reportId));
}

export function returnReport(reportId: string, reason: string) {
  return api.POST("/api/work-plan/reports/{id}/return", { ...byId(reportId), body: { reason } });
}

export function removeAttachment(reportId: string, attachmentId: string) {
  return api.DELETE("/api/work-plan/reports/{id}/attachments/{attachmentId}", {
    params: { path: { id: reportId, attachmentId } },
  });
}

export function attachmentUrl(reportId: string, attachmentId: string): string {
  return `${BASE}/${id(reportId)}/attachments/${id(attachmentId)}`;
}

function parse(text: string): unknown {
  try {
    return text === "" ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Uploads one file as multipart/form-data (field `file`). XMLHttpRequest rather than fetch because
 * only it reports upload progress. The JSON client keeps its CSRF token to itself, so ask the session.
 */
export async function uploadAttachment(options: {
  reportId: string;
  file: File;
  onProgress: (percent: number) => void;
}): Promise<Report> {
  const { csrfToken } = await api.GET("/api/auth/me");
  const form = new FormData();
  form.append("file", options.file, options.file.name);
  return new Promise<Report>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${BASE}/${id(options.reportId)}/attachments`);
    xhr.withCredentials = true;
    xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.setRequestHeader("accept", "application/json, application/problem+json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as Report);
      else reject(new ApiError(toProblem(xhr.status, body)));
    };
    xhr.send(form);
  });
}
