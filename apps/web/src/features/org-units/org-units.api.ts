import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";

export type OrgUnit = ApiData<"/api/org-units/roots">["items"][number];
/** Search results and GET /api/org-units/:id also carry the names of the ancestors, top first. */
export type OrgUnitWithPath = ApiData<"/api/org-units/{id}">;
export type CreateOrgUnitInput = ApiBody<"/api/org-units", "post">;
export type UpdateOrgUnitInput = ApiBody<"/api/org-units/{id}", "patch">;

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
    queryFn: async () => (await api.GET("/api/org-units/roots")).items,
  });

export const childrenQuery = (id: string) =>
  queryOptions({
    queryKey: orgUnitKeys.children(id),
    queryFn: async () => (await api.GET("/api/org-units/{id}/children", { params: { path: { id } } })).items,
  });

export const searchQuery = (q: string) =>
  queryOptions({
    queryKey: orgUnitKeys.search(q),
    queryFn: async () => (await api.GET("/api/org-units/search", { params: { query: { q } } })).items,
    enabled: q.length > 0,
  });

export const detailQuery = (id: string) =>
  queryOptions({
    queryKey: orgUnitKeys.detail(id),
    queryFn: () => api.GET("/api/org-units/{id}", { params: { path: { id } } }),
  });

export function createOrgUnit(input: CreateOrgUnitInput): Promise<OrgUnit> {
  return api.POST("/api/org-units", { body: input });
}

export function updateOrgUnit(id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
  return api.PATCH("/api/org-units/{id}", { params: { path: { id } }, body: input });
}
