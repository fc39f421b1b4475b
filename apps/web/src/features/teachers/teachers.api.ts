import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { TEACHER_POSTS, TEACHER_TITLES, TEACHING_STAGES } from "@edubureau/domain/teachers";
import { api, oneOf, withoutEmpty } from "../../app/api.ts";
import type { ApiData, ApiQuery } from "../../app/api-contract.ts";
import type { ListSort } from "../../components/pagination.ts";
import type { ScopeFilter } from "../../components/scope-filters.tsx";

export type Teacher = ApiData<"/api/teachers">["items"][number];
export type TeacherDetail = ApiData<"/api/teachers/{id}">;
/** The domain's computed 农村(薄弱)学校任教经历 (packages/domain/src/teachers/rural-experience.ts). */
export type RuralExperience = ApiData<"/api/talent-pool/teachers/{id}/rural-experience">;
export type RuralRecognition = ApiData<"/api/talent-pool/rural-recognitions">["items"][number];
export type TeacherAbsence = ApiData<"/api/teachers/{id}/absences">["items"][number];
export type Correction = ApiData<"/api/teachers/corrections">["items"][number];

/** The columns the server sorts the 教师名录 on, from the contract. */
export type TeacherSort = ListSort<NonNullable<ApiQuery<"/api/teachers">["sort"]>>;

export interface TeacherFilters extends Partial<ScopeFilter> {
  q: string;
  subject: string;
  stage: string;
  title: string;
  post: string;
}

const byId = (id: string) => ({ params: { path: { id } } });

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

export const teachersQuery = (params: TeacherFilters & TeacherSort & { page: number; pageSize: number }) =>
  queryOptions({
    queryKey: teacherKeys.list(params),
    queryFn: () =>
      api.GET("/api/teachers", {
        params: {
          query: {
            ...withoutEmpty(params),
            stage: oneOf(TEACHING_STAGES, params.stage),
            title: oneOf(TEACHER_TITLES, params.title),
            post: oneOf(TEACHER_POSTS, params.post),
          },
        },
      }),
    placeholderData: keepPreviousData,
  });

export const teacherQuery = (id: string) =>
  queryOptions({
    queryKey: teacherKeys.detail(id),
    queryFn: () => api.GET("/api/teachers/{id}", byId(id)),
  });

export const correctionsQuery = () =>
  queryOptions({
    queryKey: teacherKeys.corrections(),
    queryFn: async () => (await api.GET("/api/teachers/corrections")).items,
  });

export const teacherIdentity = (id: string) => api.GET("/api/teachers/{id}/identity", byId(id));
export const reviewCorrection = (id: string, approve: boolean) =>
  api.POST("/api/teachers/corrections/{id}/review", { ...byId(id), body: { approve } });

/** A 工作室/工作站 as the list shows it; assessments newest first. */
export type Studio = ApiData<"/api/honours/studios">["items"][number];
export type StudioMember = StudioDetail["members"][number];
/** One studio with its members and every annual assessment (with notes), newest first. */
export type StudioDetail = ApiData<"/api/honours/studios/{id}">;
export type IntakeList = ApiData<"/api/honours/intakes">;

export const honourKeys = {
  all: ["honours"] as const,
  studios: () => [...honourKeys.all, "studios"] as const,
  studio: (id: string) => [...honourKeys.studios(), id] as const,
  intakes: (year?: number) => [...honourKeys.all, "intakes", year ?? "latest"] as const,
};

export const studiosQuery = () =>
  queryOptions({
    queryKey: honourKeys.studios(),
    queryFn: async () => (await api.GET("/api/honours/studios")).items,
  });

export const studioQuery = (id: string) =>
  queryOptions({
    queryKey: honourKeys.studio(id),
    queryFn: () => api.GET("/api/honours/studios/{id}", byId(id)),
  });

/** Without a year the server answers for the latest year with records. */
export const intakesQuery = (year?: number) =>
  queryOptions({
    queryKey: honourKeys.intakes(year),
    queryFn: () => api.GET("/api/honours/intakes", { params: { query: { year } } }),
    placeholderData: keepPreviousData,
  });

export const addStudioMember = (studioId: string, teacherId: string) =>
  api.POST("/api/honours/studios/{id}/members", { ...byId(studioId), body: { teacherIds: [teacherId] } });
export const removeStudioMember = (studioId: string, teacherId: string) =>
  api.DELETE("/api/honours/studios/{id}/members/{teacherId}", {
    params: { path: { id: studioId, teacherId } },
  });
