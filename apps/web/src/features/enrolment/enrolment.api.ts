import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, oneOf, withoutEmpty } from "../../app/api.ts";
import type { ApiBody, ApiData, ApiQuery } from "../../app/api-contract.ts";
import type { ListSort } from "../../components/pagination.ts";

// Shapes of /api/enrolment and /api/public/enrolment, from the generated contract.
export type PublicRound = ApiData<"/api/public/enrolment/rounds">["items"][number];
export type RoundWithPlans = ApiData<"/api/enrolment/rounds/{roundId}">;
export type Round = Omit<RoundWithPlans, "plans">;
export type Plan = RoundWithPlans["plans"][number];
export type RoundSchool = ApiData<"/api/public/enrolment/rounds/{roundId}/schools">["items"][number];
export type MyApplication = ApiData<"/api/enrolment/applications/mine">["items"][number];
export type Placement = MyApplication["children"][number]["placement"];
export type ReviewApplication = ApiData<"/api/enrolment/review">["items"][number];
export type Draw = ApiData<"/api/enrolment/rounds/{roundId}/draws">["items"][number];
export type Statistics = ApiData<"/api/enrolment/rounds/{roundId}/statistics">;
export type SchoolResults = ApiData<"/api/public/enrolment/rounds/{roundId}/results/{phase}/{school}">;
export type MaskedPerson = SchoolResults["admitted"][number];
export type SearchResult = ApiData<"/api/public/enrolment/search">;
export type RoundInput = ApiBody<"/api/enrolment/rounds", "post">;
export type RoundUpdate = ApiBody<"/api/enrolment/rounds/{roundId}", "patch">;
export type PlanInput = ApiBody<"/api/enrolment/rounds/{roundId}/plans", "put">;
export type ApplicationInput = ApiBody<"/api/enrolment/applications", "post">;

export type FreezeInput = ApiBody<"/api/enrolment/rounds/{roundId}/draws", "post">;
type ApplicationStatus = ReviewApplication["status"];
const APPLICATION_STATUSES: readonly ApplicationStatus[] = ["submitted", "approved", "returned", "withdrawn"];

const PUBLIC = "/api/public/enrolment";
const id = (value: string) => encodeURIComponent(value);
const inRound = (roundId: string) => ({ params: { path: { roundId } } });
const byId = (appOrDrawId: string) => ({ params: { path: { id: appOrDrawId } } });

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
      (await api.GET("/api/public/enrolment/rounds/{roundId}/schools", inRound(roundId))).items,
    enabled: roundId !== "",
  });

export const roundQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("round", roundId),
    queryFn: () => api.GET("/api/enrolment/rounds/{roundId}", inRound(roundId)),
    enabled: roundId !== "",
  });

export const myApplicationsQuery = () =>
  queryOptions({
    queryKey: key("mine"),
    queryFn: async () => (await api.GET("/api/enrolment/applications/mine")).items,
  });

/** The columns the server sorts the review list on (报名号 by default). */
export type ReviewSort = ListSort<NonNullable<ApiQuery<"/api/enrolment/review">["sort"]>>;

export const reviewQuery = (
  params: {
    roundId: string;
    status: string;
    q: string;
    districtId: string;
    institutionId: string;
  } & ReviewSort & {
      page: number;
      pageSize: number;
    },
) =>
  queryOptions({
    queryKey: key("review", params),
    queryFn: () =>
      api.GET("/api/enrolment/review", {
        params: {
          query: {
            ...withoutEmpty(params),
            roundId: params.roundId,
            status: oneOf(APPLICATION_STATUSES, params.status),
          },
        },
      }),
    enabled: params.roundId !== "",
    placeholderData: keepPreviousData,
  });

export const drawsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("draws", roundId),
    queryFn: async () => (await api.GET("/api/enrolment/rounds/{roundId}/draws", inRound(roundId))).items,
    enabled: roundId !== "",
  });

export const statisticsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("statistics", roundId),
    queryFn: () => api.GET("/api/enrolment/rounds/{roundId}/statistics", inRound(roundId)),
    enabled: roundId !== "",
  });

export const resultsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("results", roundId),
    queryFn: () => api.GET("/api/public/enrolment/rounds/{roundId}/results", inRound(roundId)),
    enabled: roundId !== "",
  });

export const announcementsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("announcements", roundId),
    queryFn: async () =>
      (await api.GET("/api/public/enrolment/rounds/{roundId}/announcements", inRound(roundId))).items,
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
export const announcementsUrl = (roundId: string) => `${PUBLIC}/rounds/${id(roundId)}/announcements`;
export const listsUrl = (roundId: string, phase: number) => `${PUBLIC}/rounds/${id(roundId)}/lists/${phase}`;

type SeedInputsBody = ApiBody<"/api/enrolment/draws/{id}/run", "post">["seedInputs"];

export const enrolmentApi = {
  createRound: (body: RoundInput) => api.POST("/api/enrolment/rounds", { body }),
  updateRound: (roundId: string, body: RoundUpdate) =>
    api.PATCH("/api/enrolment/rounds/{roundId}", { ...inRound(roundId), body }),
  setPlan: (roundId: string, body: PlanInput) =>
    api.PUT("/api/enrolment/rounds/{roundId}/plans", { ...inRound(roundId), body }),
  apply: (body: ApplicationInput) => api.POST("/api/enrolment/applications", { body }),
  withdraw: (appId: string) => api.POST("/api/enrolment/applications/{id}/withdraw", byId(appId)),
  decline: (appId: string) => api.POST("/api/enrolment/applications/{id}/decline", byId(appId)),
  secondChoices: (appId: string, choices: string[]) =>
    api.POST("/api/enrolment/applications/{id}/second-choices", { ...byId(appId), body: { choices } }),
  approve: (appId: string) => api.POST("/api/enrolment/review/{id}/approve", byId(appId)),
  returnApplication: (appId: string, reason: string) =>
    api.POST("/api/enrolment/review/{id}/return", { ...byId(appId), body: { reason } }),
  personal: (appId: string) => api.POST("/api/enrolment/review/{id}/personal", byId(appId)),
  freeze: (roundId: string, body: FreezeInput) =>
    api.POST("/api/enrolment/rounds/{roundId}/draws", { ...inRound(roundId), body }),
  run: (drawId: string, seedInputs: SeedInputsBody) =>
    api.POST("/api/enrolment/draws/{id}/run", { ...byId(drawId), body: { seedInputs } }),
  redraw: (drawId: string, body: ApiBody<"/api/enrolment/draws/{id}/redraw", "post">) =>
    api.POST("/api/enrolment/draws/{id}/redraw", { ...byId(drawId), body }),
};

/** The lottery's public record (派位公告, ledger figures, redraws), from the generated contract. */

export type DrawAnnouncement =
  ApiData<"/api/public/enrolment/rounds/{roundId}/announcements">["items"][number];
export type PublicValueSpec = ApiBody<
  "/api/enrolment/rounds/{roundId}/draws",
  "post"
>["publicValues"][number];
export type ResultsSummary = ApiData<"/api/public/enrolment/rounds/{roundId}/results">;
export type PublicPhase = ResultsSummary["items"][number];
export type Redraw = PublicPhase["redraws"][number];
export type LedgerFigures = ResultsSummary["figures"];
