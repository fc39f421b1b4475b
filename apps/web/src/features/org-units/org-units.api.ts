import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { CreateOrgUnitInput, OrgUnit, OrgUnitWithPath, UpdateOrgUnitInput } from "./org-unit-types.ts";

interface Items<T> {
  items: T[];
}

export const orgUnitKeys = {
  all: ["org-units"] as const,
  roots: () => [...orgUnitKeys.all, "roots"] as const,
  search: (q: string) => [...orgUnitKeys.all, "search", q] as const,
  detail: (id: string) => [...orgUnitKeys.all, "unit", id] as const,
  children: (id: string) => [...orgUnitKeys.all, "children", id] as const,
};

export const rootsQuery = () =>
  queryOptions({
    queryKey: orgUnitKeys.roots(),
    queryFn: async () => (await api.get<Items<OrgUnit>>("/api/org-units/roots")).items,
  });

export const childrenQuery = (id: string) =>
  queryOptions({
    queryKey: orgUnitKeys.children(id),
    queryFn: async () =>
      (await api.get<Items<OrgUnit>>(`/api/org-units/${encodeURIComponent(id)}/children`)).items,
  });

export const searchQuery = (q: string) =>
  queryOptions({
    queryKey: orgUnitKeys.search(q),
    queryFn: async () => (await api.get<Items<OrgUnitWithPath>>("/api/org-units/search", { q })).items,
    enabled: q.length > 0,
  });

export const detailQuery = (id: string) =>
  queryOptions({
    queryKey: orgUnitKeys.detail(id),
    queryFn: () => api.get<OrgUnitWithPath>(`/api/org-units/${encodeURIComponent(id)}`),
  });

export function createOrgUnit(input: CreateOrgUnitInput): Promise<OrgUnit> {
  return api.post<OrgUnit>("/api/org-units", input);
}

export function updateOrgUnit(id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
  return api.patch<OrgUnit>(`/api/org-units/${encodeURIComponent(id)}`, input);
}
