import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { ProjectStatus } from "@edubureau/domain/registry";
import { api } from "../../app/api.ts";
import type { Board, BoardFilters, Project, ProjectInput, TestsInput } from "./project-types.ts";

export const projectKeys = {
  all: ["projects"] as const,
  board: (filters: BoardFilters) => [...projectKeys.all, "board", filters] as const,
  detail: (id: string) => [...projectKeys.all, "detail", id] as const,
};

export const boardQuery = (filters: BoardFilters) =>
  queryOptions({
    queryKey: projectKeys.board(filters),
    queryFn: () => api.get<Board>("/api/projects/board", { ...filters }),
    placeholderData: keepPreviousData,
  });

export const projectQuery = (id: string) =>
  queryOptions({
    queryKey: projectKeys.detail(id),
    queryFn: () => api.get<Project>(`/api/projects/${encodeURIComponent(id)}`),
  });

export function createProject(input: ProjectInput): Promise<Project> {
  return api.post<Project>("/api/projects", input);
}

export function updateProject(id: string, input: Partial<ProjectInput>): Promise<Project> {
  return api.patch<Project>(`/api/projects/${encodeURIComponent(id)}`, input);
}

export function deleteProject(id: string): Promise<void> {
  return api.delete<undefined>(`/api/projects/${encodeURIComponent(id)}`);
}

export function transitionProject(
  id: string,
  input: { status: ProjectStatus; actualStart?: string; actualFinish?: string },
): Promise<Project> {
  return api.post<Project>(`/api/projects/${encodeURIComponent(id)}/transition`, input);
}

export function recordProjectTests(id: string, input: TestsInput): Promise<Project> {
  return api.post<Project>(`/api/projects/${encodeURIComponent(id)}/tests`, input);
}
