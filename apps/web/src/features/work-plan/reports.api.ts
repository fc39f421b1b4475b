import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import { ApiError, networkError, toProblem } from "../../app/api-error.ts";
import { workPlanKeys } from "./work-plan.api.ts";
import type { Report, ReportListItem, ReportStatus, ReportUpdate } from "./work-plan-types.ts";

const BASE = "/api/work-plan/reports";
const id = (value: string) => encodeURIComponent(value);

export const reportsQuery = (params: { queue?: "review" | "mine"; taskId?: string; status?: ReportStatus }) =>
  queryOptions({
    queryKey: workPlanKeys.reports(params),
    queryFn: async () => (await api.get<{ items: ReportListItem[] }>(BASE, params)).items,
  });

export const reportQuery = (reportId: string) =>
  queryOptions({
    queryKey: workPlanKeys.report(reportId),
    queryFn: () => api.get<Report>(`${BASE}/${id(reportId)}`),
  });

/** Opens the unit's report for a period: the existing one, or a new draft. */
export function openReport(input: { taskId: string; periodKey: string }) {
  return api.post<Report>(BASE, input);
}

export function updateReport(reportId: string, input: ReportUpdate) {
  return api.patch<Report>(`${BASE}/${id(reportId)}`, input);
}

export function submitReport(reportId: string) {
  return api.post<Report>(`${BASE}/${id(reportId)}/submit`);
}

export function acceptReport(reportId: string) {
  return api.post<Report>(`${BASE}/${id(reportId)}/accept`);
}

export function returnReport(reportId: string, reason: string) {
  return api.post<Report>(`${BASE}/${id(reportId)}/return`, { reason });
}

export function removeAttachment(reportId: string, attachmentId: string) {
  return api.delete<Report>(`${BASE}/${id(reportId)}/attachments/${id(attachmentId)}`);
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
  const { csrfToken } = await api.get<{ csrfToken: string }>("/api/auth/me");
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
