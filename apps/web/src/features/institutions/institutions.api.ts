import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { QueryParams } from "../../app/api-legacy.ts";
import type {
  Areas,
  HistoryEntry,
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
