import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { PROJECT_KINDS, SCHOOL_LEVELS } from "@edubureau/domain/registry";
import { api, oneOf, withoutEmpty } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";

export type Board = ApiData<"/api/projects/board">;
export type BoardColumn = Board["columns"][number];
export type Totals = Board["totals"];
export type Project = ApiData<"/api/projects/{id}">;
export type ProjectInput = ApiBody<"/api/projects", "post">;
export type TestsInput = ApiBody<"/api/projects/{id}/tests", "post">;

/** Board filters as the address bar keeps them: empty means "any". */
export interface BoardFilters {
  districtId: string;
  level: string;
  kind: string;
  q: string;
}

const byId = (id: string) => ({ params: { path: { id } } });

export const projectKeys = {
  all: ["projects"] as const,
  board: (filters: BoardFilters) => [...projectKeys.all, "board", filters] as const,
  detail: (id: string) => [...projectKeys.all, "detail", id] as const,
};

export const boardQuery = (filters: BoardFilters) =>
  queryOptions({
    queryKey: projectKeys.board(filters),
    queryFn: () =>
      api.GET("/api/projects/board", {
        params: {
          query: {
            ...withoutEmpty(filters),
            level: oneOf(SCHOOL_LEVELS, filters.level),
            kind: oneOf(PROJECT_KINDS, filters.kind),
          },
        },
      }),
    placeholderData: keepPreviousData,
  });

export const projectQuery = (id: string) =>
  queryOptions({
    queryKey: projectKeys.detail(id),
    queryFn: () => api.GET("/api/projects/{id}", byId(id)),
  });

export function createProject(input: ProjectInput): Promise<Project> {
  return api.POST("/api/projects", { body: input });
}

export function updateProject(id: string, input: ApiBody<"/api/projects/{id}", "patch">): Promise<Project> {
  return api.PATCH("/api/projects/{id}", { ...byId(id), body: input });
}

export async function deleteProject(id: string): Promise<void> {
  await api.DELETE("/api/projects/{id}", byId(id));
}

export function transitionProject(
  id: string,
  input: ApiBody<"/api/projects/{id}/transition", "post">,
): Promise<Project> {
  return api.POST("/api/projects/{id}/transition", { ...byId(id), body: input });
}

export function recordProjectTests(id: string, input: TestsInput): Promise<Project> {
  return api.POST("/api/projects/{id}/tests", { ...byId(id), body: input });
}
