import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";

type YearPath = "/api/classes/institutions/{institutionId}/years/{schoolYear}";
export type ClassInstitution = ApiData<"/api/classes/institutions">["items"][number];
export type YearClasses = ApiData<YearPath>;
export type SchoolClass = YearClasses["items"][number];
export type ClassRowInput = ApiBody<YearPath, "put">["classes"][number];

export const classKeys = {
  all: ["classes"] as const,
  institutions: (q: string) => [...classKeys.all, "institutions", q] as const,
  years: (institutionId: string) => [...classKeys.all, "years", institutionId] as const,
  year: (institutionId: string, schoolYear: string) =>
    [...classKeys.all, "year", institutionId, schoolYear] as const,
};

const yearParams = (institutionId: string, schoolYear: string) => ({
  params: { path: { institutionId, schoolYear } },
});

export const classInstitutionsQuery = (q: string) =>
  queryOptions({
    queryKey: classKeys.institutions(q),
    queryFn: async () => (await api.GET("/api/classes/institutions", { params: { query: { q } } })).items,
    placeholderData: keepPreviousData,
  });

/** School years with classes on record for an institution, newest first. */
export const classYearsQuery = (institutionId: string) =>
  queryOptions({
    queryKey: classKeys.years(institutionId),
    queryFn: async () =>
      (
        await api.GET("/api/classes/institutions/{institutionId}/years", {
          params: { path: { institutionId } },
        })
      ).items,
    enabled: institutionId !== "",
  });

export const yearClassesQuery = (institutionId: string, schoolYear: string) =>
  queryOptions({
    queryKey: classKeys.year(institutionId, schoolYear),
    queryFn: () =>
      api.GET(
        "/api/classes/institutions/{institutionId}/years/{schoolYear}",
        yearParams(institutionId, schoolYear),
      ),
    enabled: institutionId !== "",
  });

/** All-or-nothing: the server checks every row and saves none if any fails. */
export function replaceYearClasses(
  institutionId: string,
  schoolYear: string,
  classes: ClassRowInput[],
): Promise<YearClasses> {
  return api.PUT("/api/classes/institutions/{institutionId}/years/{schoolYear}", {
    ...yearParams(institutionId, schoolYear),
    body: { classes },
  });
}
