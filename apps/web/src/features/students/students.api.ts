import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiData } from "../../app/api-contract.ts";

const BASE = "/api/students";

export type StudentView = ApiData<"/api/students">["items"][number];
export type PersonalView = ApiData<"/api/students/{id}/personal">;

export interface StudentFilters {
  q?: string | undefined;
  grade?: number | undefined;
}

export const studentKeys = {
  all: ["students"] as const,
  list: (params: object) => [...studentKeys.all, "list", params] as const,
};

export const studentsQuery = (filters: StudentFilters, page: number, pageSize: number) =>
  queryOptions({
    queryKey: studentKeys.list({ ...filters, page, pageSize }),
    queryFn: () => api.GET("/api/students", { params: { query: { ...filters, page, pageSize } } }),
    placeholderData: keepPreviousData,
  });

export const fetchPersonal = (id: string) =>
  api.GET("/api/students/{id}/personal", { params: { path: { id } } });

export const exportUrl = (full: boolean, grade?: number) =>
  `${BASE}/export.xlsx?full=${String(full)}${grade ? `&grade=${String(grade)}` : ""}`;
export const studentTemplateUrl = `${BASE}/template.xlsx`;
/** The import job's upload address; `${studentImportUrl}/${jobId}` is the job's status. */
export const studentImportUrl = `${BASE}/import`;
