import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";

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
  /** A certified 农村(薄弱)学校任教经历认定. */
  ruralCertificate: { certificateNo: string; certifiedOn: string; totalMonths: number } | null;
}

/** The domain's computed 农村(薄弱)学校任教经历 (packages/domain/src/teachers/rural-experience.ts). */
export interface RuralExperience {
  periods: { from: string; to: string }[];
  totalDays: number;
  totalMonths: number;
  years: number;
  months: number;
  recognised: boolean;
  basis: string;
  message: string;
}

export interface RuralRecognition {
  id: string;
  teacherId: string;
  teacherName: string;
  teacherNumber: string;
  institutionName: string;
  employment: string;
  status: "pending" | "certified" | "rejected";
  asOf: string;
  totalMonths: number;
  totalDays: number;
  periods: { from: string; to: string }[];
  basis: string;
  message: string;
  appliedAt: string;
  appliedByName: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  reviewNote: string | null;
  certificateNo: string | null;
}

export interface TeacherAbsence {
  id: string;
  from: string;
  to: string;
  approvedLeave: string | null;
  note: string | null;
  recordedAt: string;
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
  rural: (teacherId: string) => [...teacherKeys.all, "rural", teacherId] as const,
  ruralQueue: (status: string) => [...teacherKeys.all, "rural-queue", status] as const,
  absences: (teacherId: string) => [...teacherKeys.all, "absences", teacherId] as const,
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

export const teacherIdentity = (id: string) =>
  api.get<{ idNumber: string; birthDate: string }>(`/api/teachers/${id}/identity`);
export const reviewCorrection = (id: string, approve: boolean) =>
  api.post<{ status: string }>(`/api/teachers/corrections/${id}/review`, { approve });

/** A 工作室/工作站 as the list shows it; assessments newest first. */
export interface Studio {
  id: string;
  type: string;
  name: string;
  establishment: string;
  year: number;
  leaderId: string;
  leaderName: string;
  institutionName: string;
  members: number;
  assessments: { year: number; grade: string }[];
}

export interface StudioMember {
  teacherId: string;
  teacherNumber: string;
  name: string;
  institutionName: string;
  post: string;
  title: string;
  leader: boolean;
}

/** One studio with its members and every annual assessment (with notes), newest first. */
export interface StudioDetail extends Omit<Studio, "members" | "assessments"> {
  members: StudioMember[];
  assessments: { year: number; grade: string; note: string | null }[];
}

export interface IntakeList {
  year: number;
  items: { districtId: string; districtName: string; students: number | null }[];
  total: number;
  target: { code: string; value: number } | null;
}

export const honourKeys = {
  all: ["honours"] as const,
  studios: () => [...honourKeys.all, "studios"] as const,
  studio: (id: string) => [...honourKeys.studios(), id] as const,
  intakes: (year?: number) => [...honourKeys.all, "intakes", year ?? "latest"] as const,
};

export const studiosQuery = () =>
  queryOptions({
    queryKey: honourKeys.studios(),
    queryFn: async () => (await api.get<{ items: Studio[] }>("/api/honours/studios")).items,
  });

export const studioQuery = (id: string) =>
  queryOptions({
    queryKey: honourKeys.studio(id),
    queryFn: () => api.get<StudioDetail>(`/api/honours/studios/${id}`),
  });

/** Without a year the server answers for the latest year with records. */
export const intakesQuery = (year?: number) =>
  queryOptions({
    queryKey: honourKeys.intakes(year),
    queryFn: () => api.get<IntakeList>("/api/honours/intakes", { year }),
    placeholderData: keepPreviousData,
  });

export const addStudioMember = (studioId: string, teacherId: string) =>
  api.post<{ added: number }>(`/api/honours/studios/${studioId}/members`, { teacherIds: [teacherId] });
export const removeStudioMember = (studioId: string, teacherId: string) =>
  api.delete<undefined>(`/api/honours/studios/${studioId}/members/${teacherId}`);
