import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ClassInstitution, ClassRowInput, YearClasses } from "./class-types.ts";

export const classKeys = {
  all: ["classes"] as const,
  institutions: (q: string) => [...classKeys.all, "institutions", q] as const,
  years: (institutionId: string) => [...classKeys.all, "years", institutionId] as const,
  year: (institutionId: string, schoolYear: string) =>
    [...classKeys.all, "year", institutionId, schoolYear] as const,
};

const yearPath = (institutionId: string, schoolYear: string) =>
  `/api/classes/institutions/${encodeURIComponent(institutionId)}/years/${encodeURIComponent(schoolYear)}`;

export const classInstitutionsQuery = (q: string) =>
  queryOptions({
    queryKey: classKeys.institutions(q),
    queryFn: async () =>
      (await api.get<{ items: ClassInstitution[] }>("/api/classes/institutions", { q })).items,
    placeholderData: keepPreviousData,
  });

/** School years with classes on record for an institution, newest first. */
export const classYearsQuery = (institutionId: string) =>
  queryOptions({
    queryKey: classKeys.years(institutionId),
    queryFn: async () =>
      (
        await api.get<{ items: { schoolYear: string; classes: number }[] }>(
          `/api/classes/institutions/${encodeURIComponent(institutionId)}/years`,
        )
      ).items,
    enabled: institutionId !== "",
  });

export const yearClassesQuery = (institutionId: string, schoolYear: string) =>
  queryOptions({
    queryKey: classKeys.year(institutionId, schoolYear),
    queryFn: () => api.get<YearClasses>(yearPath(institutionId, schoolYear)),
    enabled: institutionId !== "",
  });

/** All-or-nothing: the server checks every row and saves none if any fails. */
export function replaceYearClasses(
  institutionId: string,
  schoolYear: string,
  classes: ClassRowInput[],
): Promise<YearClasses> {
  return api.put<YearClasses>(yearPath(institutionId, schoolYear), { classes });
}
