import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, numberOrNone } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";

export type DesignationType = ApiData<"/api/designations/types">["items"][number];
export type DesignationPage = ApiData<"/api/designations">;
export type Designation = DesignationPage["items"][number];
export type DesignationSummaryRow = ApiData<"/api/designations/summary">["items"][number];
export type AwardInput = ApiBody<"/api/designations", "post">;

/** Filters as the address bar keeps them: empty text means "any". */
export interface DesignationFilters {
  typeCode: string;
  year: string;
  districtId: string;
  q: string;
  includeRevoked: boolean;
}

const byId = (id: string) => ({ params: { path: { id } } });

export const designationKeys = {
  all: ["designations"] as const,
  types: () => [...designationKeys.all, "types"] as const,
  list: (params: object) => [...designationKeys.all, "list", params] as const,
  summary: (params: object) => [...designationKeys.all, "summary", params] as const,
};

export const designationTypesQuery = () =>
  queryOptions({
    queryKey: designationKeys.types(),
    queryFn: async () => (await api.GET("/api/designations/types")).items,
    staleTime: Infinity,
  });

export const designationsQuery = (params: DesignationFilters & { page: number; pageSize: number }) =>
  queryOptions({
    queryKey: designationKeys.list(params),
    queryFn: () =>
      api.GET("/api/designations", {
        params: {
          query: {
            ...params,
            year: numberOrNone(params.year),
            includeRevoked: params.includeRevoked ? "true" : undefined,
          },
        },
      }),
    placeholderData: keepPreviousData,
  });

export const designationSummaryQuery = (params: { year: string; districtId: string }) =>
  queryOptions({
    queryKey: designationKeys.summary(params),
    queryFn: async () =>
      (
        await api.GET("/api/designations/summary", {
          params: { query: { districtId: params.districtId, year: numberOrNone(params.year) } },
        })
      ).items,
  });

export function awardDesignation(input: AwardInput): Promise<Designation> {
  return api.POST("/api/designations", { body: input });
}

export function updateDesignation(
  id: string,
  input: ApiBody<"/api/designations/{id}", "patch">,
): Promise<Designation> {
  return api.PATCH("/api/designations/{id}", { ...byId(id), body: input });
}

export function revokeDesignation(
  id: string,
  input: ApiBody<"/api/designations/{id}/revoke", "post">,
): Promise<Designation> {
  return api.POST("/api/designations/{id}/revoke", { ...byId(id), body: input });
}
