import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, type QueryParams } from "../../app/api.ts";
import { ApiError, networkError, toProblem } from "../../app/api-error.ts";
import type {
  Areas,
  HistoryEntry,
  ImportJob,
  InstitutionDetail,
  InstitutionFilters,
  InstitutionInput,
  InstitutionPage,
  MapPoint,
} from "./institution-types.ts";

const BASE = "/api/institutions";

export const institutionKeys = {
  all: ["institutions"] as const,
  list: (params: object) => [...institutionKeys.all, "list", params] as const,
  map: (filters: InstitutionFilters) => [...institutionKeys.all, "map", filters] as const,
  areas: () => [...institutionKeys.all, "areas"] as const,
  detail: (id: string) => [...institutionKeys.all, "detail", id] as const,
  history: (id: string) => [...institutionKeys.all, "history", id] as const,
  job: (id: string) => ["institution-import", id] as const,
};

function filterParams(filters: InstitutionFilters): QueryParams {
  return { ...filters };
}

export const institutionsQuery = (filters: InstitutionFilters, page: number, pageSize: number) =>
  queryOptions({
    queryKey: institutionKeys.list({ ...filters, page, pageSize }),
    queryFn: () => api.get<InstitutionPage>(BASE, { ...filterParams(filters), page, pageSize }),
    placeholderData: keepPreviousData,
  });

export const mapQuery = (filters: InstitutionFilters) =>
  queryOptions({
    queryKey: institutionKeys.map(filters),
    queryFn: () => api.get<{ items: MapPoint[]; total: number }>(`${BASE}/map`, filterParams(filters)),
    placeholderData: keepPreviousData,
  });

export const areasQuery = () =>
  queryOptions({
    queryKey: institutionKeys.areas(),
    queryFn: () => api.get<Areas>(`${BASE}/areas`),
    staleTime: 5 * 60_000,
  });

export const detailQuery = (id: string) =>
  queryOptions({
    queryKey: institutionKeys.detail(id),
    queryFn: () => api.get<InstitutionDetail>(`${BASE}/${encodeURIComponent(id)}`),
  });

export const historyQuery = (id: string) =>
  queryOptions({
    queryKey: institutionKeys.history(id),
    queryFn: async () =>
      (await api.get<{ items: HistoryEntry[] }>(`${BASE}/${encodeURIComponent(id)}/history`)).items,
  });

const FINISHED = new Set(["done", "failed"]);

/** Polls a running import twice a second until it is done or failed. */
export const importJobQuery = (id: string) =>
  queryOptions({
    queryKey: institutionKeys.job(id),
    queryFn: () => api.get<ImportJob>(`${BASE}/import/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (query.state.data && FINISHED.has(query.state.data.state) ? false : 500),
    refetchIntervalInBackground: true,
  });

export function importEventsUrl(jobId: string): string {
  return `${BASE}/import/${encodeURIComponent(jobId)}/events`;
}

export function createInstitution(input: InstitutionInput): Promise<InstitutionDetail> {
  return api.post<InstitutionDetail>(BASE, input);
}

export function updateInstitution(id: string, input: Partial<InstitutionInput>): Promise<InstitutionDetail> {
  return api.patch<InstitutionDetail>(`${BASE}/${encodeURIComponent(id)}`, input);
}

export const templateUrl = `${BASE}/template.xlsx`;

/** The export honours the list's filters; a plain link lets the browser download it with the session cookie. */
export function exportUrl(filters: InstitutionFilters): string {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ""));
  const search = params.toString();
  return search ? `${BASE}/export.xlsx?${search}` : `${BASE}/export.xlsx`;
}

/**
 * Uploads a workbook as multipart/form-data. The JSON client cannot send files, so this asks the session
 * for its CSRF token (writes must echo it) and posts the form itself.
 */
export async function uploadImport(file: File): Promise<{ jobId: string }> {
  const { csrfToken } = await api.get<{ csrfToken: string }>("/api/auth/me");
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(`${BASE}/import`, {
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
  return body as { jobId: string };
}
