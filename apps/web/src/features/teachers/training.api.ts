import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";

export type Programme = ApiData<"/api/training/programmes">["items"][number];
export type ProgrammeDetail = ApiData<"/api/training/programmes/{id}">;
export type Enrolment = ProgrammeDetail["enrolments"][number];
export type CompletionInput = ApiBody<"/api/training/programmes/{id}/completions", "post">;

const byId = (id: string) => ({ params: { path: { id } } });

export const trainingKeys = { all: ["training"] as const };

export const programmesQuery = (year: number | undefined) =>
  queryOptions({
    queryKey: [...trainingKeys.all, "list", year],
    queryFn: async () => (await api.GET("/api/training/programmes", { params: { query: { year } } })).items,
  });

export const programmeQuery = (id: string) =>
  queryOptions({
    queryKey: [...trainingKeys.all, "detail", id],
    queryFn: () => api.GET("/api/training/programmes/{id}", byId(id)),
  });

export const enrol = (id: string, teacherIds: string[]) =>
  api.POST("/api/training/programmes/{id}/enrolments", { ...byId(id), body: { teacherIds } });

export const complete = (id: string, body: CompletionInput) =>
  api.POST("/api/training/programmes/{id}/completions", { ...byId(id), body });
