import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type {
  AwardInput,
  Designation,
  DesignationFilters,
  DesignationPage,
  DesignationSummaryRow,
  DesignationType,
} from "./designation-types.ts";

export const designationKeys = {
  all: ["designations"] as const,
  types: () => [...designationKeys.all, "types"] as const,
  list: (params: object) => [...designationKeys.all, "list", params] as const,
  summary: (params: object) => [...designationKeys.all, "summary", params] as const,
};

export const designationTypesQuery = () =>
  queryOptions({
    queryKey: designationKeys.types(),
    queryFn: async () => (await api.get<{ items: DesignationType[] }>("/api/designations/types")).items,
    staleTime: Infinity,
  });

export const designationsQuery = (params: DesignationFilters & { page: number; pageSize: number }) =>
  queryOptions({
    queryKey: designationKeys.list(params),
    queryFn: () =>
      api.get<DesignationPage>("/api/designations", {
        ...params,
        includeRevoked: params.includeRevoked || undefined,
      }),
    placeholderData: keepPreviousData,
  });

export const designationSummaryQuery = (params: { year: string; districtId: string }) =>
  queryOptions({
    queryKey: designationKeys.summary(params),
    queryFn: async () =>
      (await api.get<{ items: DesignationSummaryRow[] }>("/api/designations/summary", params)).items,
  });

export function awardDesignation(input: AwardInput): Promise<Designation> {
  return api.post<Designation>("/api/designations", input);
}

export function updateDesignation(
  id: string,
  input: { documentNo: string | null; documentDate: string | null },
): Promise<Designation> {
  return api.patch<Designation>(`/api/designations/${encodeURIComponent(id)}`, input);
}

export function revokeDesignation(
  id: string,
  input: { revokedOn: string; reason: string },
): Promise<Designation> {
  return api.post<Designation>(`/api/designations/${encodeURIComponent(id)}/revoke`, input);
}
