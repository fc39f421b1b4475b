import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";

const BASE = "/api/students";

export interface StudentView {
  id: string;
  studentNo: string;
  name: string;
  sex: "male" | "female";
  birthDate: string;
  institutionId: string;
  institutionName: string;
  grade: number;
  gradeLabel: string;
  className: string;
  masked: boolean;
}

export interface PersonalView {
  id: string;
  studentNo: string;
  name: string;
  birthDate: string;
  idNumber: string | null;
}

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
    queryFn: () => api.get<{ items: StudentView[]; total: number }>(BASE, { ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });

export const fetchPersonal = (id: string) =>
  api.get<PersonalView>(`${BASE}/${encodeURIComponent(id)}/personal`);

export const exportUrl = (full: boolean, grade?: number) =>
  `${BASE}/export.xlsx?full=${String(full)}${grade ? `&grade=${String(grade)}` : ""}`;
export const studentTemplateUrl = `${BASE}/template.xlsx`;
/** The import job's upload address; `${studentImportUrl}/${jobId}` is the job's status. */
export const studentImportUrl = `${BASE}/import`;
