import { queryOptions } from "@tanstack/react-query";
import { api, oneOf } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";

export type PublicRound = ApiData<"/api/public/enrolment/rounds">["items"][number];
export type RoundWithPlans = ApiData<"/api/enrolment/rounds/{roundId}">;
export type Round = Omit<RoundWithPlans, "plans">;
export type Mechanism = Round["mechanism"];
export type Plan = RoundWithPlans["plans"][number];
export type RoundSchool = ApiData<"/api/public/enrolment/rounds/{roundId}/schools">["items"][number];
export type MyApplication = ApiData<"/api/enrolment/applications/mine">["items"][number];
export type ReviewApplication = ApiData<"/api/enrolment/review">["items"][number];
export type Placement = MyApplication["children"][number]["placement"];
export type ApplicationStatus = MyApplication["status"];
export type Draw = ApiData<"/api/enrolment/rounds/{roundId}/draws">["items"][number];
export type Statistics = ApiData<"/api/enrolment/rounds/{roundId}/statistics">;
export type ResultsPhase = ApiData<"/api/public/enrolment/rounds/{roundId}/results">["items"][number];
export type SchoolResults = ApiData<"/api/public/enrolment/rounds/{roundId}/results/{phase}/{school}">;
export type MaskedPerson = SchoolResults["admitted"][number];
/** 1: the first draw; 2: the second-choice draw. */
export type DrawPhase = ApiBody<"/api/enrolment/rounds/{roundId}/draws", "post">["phase"];
export type SearchResult = ApiData<"/api/public/enrolment/search">;

const APPLICATION_STATUSES: readonly ApplicationStatus[] = ["submitted", "approved", "returned", "withdrawn"];
const PUBLIC = "/api/public/enrolment";
const id = (value: string) => encodeURIComponent(value);
const round = (roundId: string) => ({ params: { path: { roundId } } });
const byId = (value: string) => ({ params: { path: { id: value } } });

export const enrolmentKeys = { all: ["enrolment"] as const };
const key = (...parts: unknown[]) => [...enrolmentKeys.all, ...parts];

export const publicRoundsQuery = () =>
  queryOptions({
    queryKey: key("public-rounds"),
    queryFn: async () => (await api.GET("/api/public/enrolment/rounds")).items,
  });

export const districtsQuery = () =>
  queryOptions({
    queryKey: key("districts"),
    queryFn: async () => (await api.GET("/api/public/enrolment/districts")).items,
    staleTime: Infinity,
  });

export const roundSchoolsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("schools", roundId),
    queryFn: async () =>
      (await api.GET("/api/public/enrolment/rounds/{roundId}/schools", round(roundId))).items,
    enabled: roundId !== "",
  });

export const roundQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("round", roundId),
    queryFn: () => api.GET("/api/enrolment/rounds/{roundId}", round(roundId)),
    enabled: roundId !== "",
  });

export const myApplicationsQuery = () =>
  queryOptions({
    queryKey: key("mine"),
    queryFn: async () => (await api.GET("/api/enrolment/applications/mine")).items,
  });

export const reviewQuery = (params: { roundId: string; status: string; q: string }) =>
  queryOptions({
    queryKey: key("review", params),
    queryFn: () =>
      api.GET("/api/enrolment/review", {
        params: { query: { ...params, status: oneOf(APPLICATION_STATUSES, params.status) } },
      }),
    enabled: params.roundId !== "",
  });

export const drawsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("draws", roundId),
    queryFn: async () => (await api.GET("/api/enrolment/rounds/{roundId}/draws", round(roundId))).items,
    enabled: roundId !== "",
  });

export const statisticsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("statistics", roundId),
    queryFn: () => api.GET("/api/enrolment/rounds/{roundId}/statistics", round(roundId)),
    enabled: roundId !== "",
  });

export const resultsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("results", roundId),
    queryFn: async () =>
      (await api.GET("/api/public/enrolment/rounds/{roundId}/results", round(roundId))).items,
    enabled: roundId !== "",
  });

export const schoolResultsQuery = (roundId: string, phase: number, school: string) =>
  queryOptions({
    queryKey: key("school-results", roundId, phase, school),
    queryFn: () =>
      api.GET("/api/public/enrolment/rounds/{roundId}/results/{phase}/{school}", {
        params: { path: { roundId, phase, school } },
      }),
  });

export const searchQuery = (number: string) =>
  queryOptions({
    queryKey: key("search", number),
    queryFn: () => api.GET("/api/public/enrolment/search", { params: { query: { number } } }),
    enabled: number !== "",
    retry: false,
  });

export const bundleUrl = (roundId: string) => `${PUBLIC}/rounds/${id(roundId)}/bundle`;
export const listsUrl = (roundId: string, phase: number) => `${PUBLIC}/rounds/${id(roundId)}/lists/${phase}`;

export const enrolmentApi = {
  createRound: (body: ApiBody<"/api/enrolment/rounds", "post">) =>
    api.POST("/api/enrolment/rounds", { body }),
  updateRound: (roundId: string, body: ApiBody<"/api/enrolment/rounds/{roundId}", "patch">) =>
    api.PATCH("/api/enrolment/rounds/{roundId}", { ...round(roundId), body }),
  setPlan: (roundId: string, body: ApiBody<"/api/enrolment/rounds/{roundId}/plans", "put">) =>
    api.PUT("/api/enrolment/rounds/{roundId}/plans", { ...round(roundId), body }),
  apply: (body: ApiBody<"/api/enrolment/applications", "post">) =>
    api.POST("/api/enrolment/applications", { body }),
  withdraw: (appId: string) => api.POST("/api/enrolment/applications/{id}/withdraw", byId(appId)),
  decline: (appId: string) => api.POST("/api/enrolment/applications/{id}/decline", byId(appId)),
  secondChoices: (appId: string, choices: string[]) =>
    api.POST("/api/enrolment/applications/{id}/second-choices", { ...byId(appId), body: { choices } }),
  approve: (appId: string) => api.POST("/api/enrolment/review/{id}/approve", byId(appId)),
  returnApplication: (appId: string, reason: string) =>
    api.POST("/api/enrolment/review/{id}/return", { ...byId(appId), body: { reason } }),
  personal: (appId: string) => api.POST("/api/enrolment/review/{id}/personal", byId(appId)),
  freeze: (roundId: string, phase: DrawPhase) =>
    api.POST("/api/enrolment/rounds/{roundId}/draws", { ...round(roundId), body: { phase } }),
  run: (drawId: string, seedInputs: { label: string; value: string }[]) =>
    api.POST("/api/enrolment/draws/{id}/run", { ...byId(drawId), body: { seedInputs } }),
  publish: (drawId: string) => api.POST("/api/enrolment/draws/{id}/publish", byId(drawId)),
  redraw: (drawId: string, body: { reason: string; seedInputs: { label: string; value: string }[] }) =>
    api.POST("/api/enrolment/draws/{id}/redraw", { ...byId(drawId), body }),
};
