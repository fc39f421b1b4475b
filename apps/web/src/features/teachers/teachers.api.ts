import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import { ApiError, networkError, toProblem } from "../../app/api-error.ts";

export interface Teacher {
  id: string;
  teacherNumber: string;
  name: string;
  sex: "male" | "female";
  birthDate: string;
  idNumber: string;
  institution: { id: string; name: string };
  district: { id: string; name: string };
  post: string;
  subject: string;
  stage: string;
  title: string;
  employment: string;
  qualification: {
    type: string | null;
    subject: string | null;
    number: string | null;
    firstRegisteredOn: string | null;
  };
  registeredOn: string | null;
  linkedAccount: boolean;
}

export interface TeacherDetail extends Teacher {
  postings: { id: string; schoolName: string; from: string; to: string | null; rural: boolean }[];
  reviews: { year: number; grade: string; approvedLeave: string | null }[];
}

export interface Correction {
  id: string;
  teacherName: string;
  teacherNumber: string;
  field: string;
  currentValue: string | null;
  requestedValue: string;
  reason: string;
  status: string;
  createdAt: string;
}

export interface TeacherFilters {
  q: string;
  subject: string;
  stage: string;
  title: string;
  post: string;
}

export const teacherKeys = {
  all: ["teachers"] as const,
  list: (params: object) => [...teacherKeys.all, "list", params] as const,
  detail: (id: string) => [...teacherKeys.all, "detail", id] as const,
  corrections: () => [...teacherKeys.all, "corrections"] as const,
  me: () => [...teacherKeys.all, "me"] as const,
};

export const teachersQuery = (params: TeacherFilters & { page: number; pageSize: number }) =>
  queryOptions({
    queryKey: teacherKeys.list(params),
    queryFn: () => api.get<{ items: Teacher[]; total: number }>("/api/teachers", { ...params }),
    placeholderData: keepPreviousData,
  });

export const teacherQuery = (id: string) =>
  queryOptions({
    queryKey: teacherKeys.detail(id),
    queryFn: () => api.get<TeacherDetail>(`/api/teachers/${id}`),
  });

export const correctionsQuery = () =>
  queryOptions({
    queryKey: teacherKeys.corrections(),
    queryFn: async () => (await api.get<{ items: Correction[] }>("/api/teachers/corrections")).items,
  });

export const teacherIdentity = (id: string) => api.get<{ idNumber: string }>(`/api/teachers/${id}/identity`);
export const reviewCorrection = (id: string, approve: boolean) =>
  api.post<{ status: string }>(`/api/teachers/corrections/${id}/review`, { approve });

/** Multipart upload of a 教师名录 workbook; the server imports all rows or none. */
export type ImportOutcome =
  | { ok: true; imported: number }
  | { ok: false; detail: string; errors: { row?: number; field: string; message: string }[] };

export async function uploadTeachers(file: File): Promise<ImportOutcome> {
  const { csrfToken } = await api.get<{ csrfToken: string }>("/api/auth/me");
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch("/api/teachers/import", {
      method: "POST",
      credentials: "same-origin",
      headers: { "x-csrf-token": csrfToken, accept: "application/json, application/problem+json" },
      body: form,
    });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  const body: unknown = text === "" ? undefined : JSON.parse(text);
  if (response.status === 400 && typeof body === "object" && body !== null && "errors" in body) {
    const problem = body as { detail?: string; errors: { row?: number; field: string; message: string }[] };
    return { ok: false, detail: problem.detail ?? "", errors: problem.errors };
  }
  if (!response.ok) throw new ApiError(toProblem(response.status, body));
  return { ok: true, imported: (body as { imported: number }).imported };
}
