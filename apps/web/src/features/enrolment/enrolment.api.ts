import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type {
  Draw,
  MyApplication,
  Plan,
  PublicRound,
  ReviewApplication,
  Round,
  RoundSchool,
  SchoolResults,
  SearchResult,
  Statistics,
} from "./enrolment-types.ts";
import type { DrawAnnouncement, PublicValueSpec, ResultsSummary } from "./lottery-public-types.ts";

const PUBLIC = "/api/public/enrolment";
const STAFF = "/api/enrolment";
const id = (value: string) => encodeURIComponent(value);

export const enrolmentKeys = { all: ["enrolment"] as const };
const key = (...parts: unknown[]) => [...enrolmentKeys.all, ...parts];

export const publicRoundsQuery = () =>
  queryOptions({
    queryKey: key("public-rounds"),
    queryFn: async () => (await api.get<{ items: PublicRound[] }>(`${PUBLIC}/rounds`)).items,
  });

export const districtsQuery = () =>
  queryOptions({
    queryKey: key("districts"),
    queryFn: async () =>
      (await api.get<{ items: { id: string; name: string }[] }>(`${PUBLIC}/districts`)).items,
    staleTime: Infinity,
  });

export const roundSchoolsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("schools", roundId),
    queryFn: async () =>
      (await api.get<{ items: RoundSchool[] }>(`${PUBLIC}/rounds/${id(roundId)}/schools`)).items,
    enabled: roundId !== "",
  });

export const roundQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("round", roundId),
    queryFn: () => api.get<Round & { plans: Plan[] }>(`${STAFF}/rounds/${id(roundId)}`),
    enabled: roundId !== "",
  });

export const myApplicationsQuery = () =>
  queryOptions({
    queryKey: key("mine"),
    queryFn: async () => (await api.get<{ items: MyApplication[] }>(`${STAFF}/applications/mine`)).items,
  });

export const reviewQuery = (params: { roundId: string; status: string; q: string }) =>
  queryOptions({
    queryKey: key("review", params),
    queryFn: () => api.get<{ items: ReviewApplication[]; total: number }>(`${STAFF}/review`, params),
    enabled: params.roundId !== "",
  });

export const drawsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("draws", roundId),
    queryFn: async () => (await api.get<{ items: Draw[] }>(`${STAFF}/rounds/${id(roundId)}/draws`)).items,
    enabled: roundId !== "",
  });

export const statisticsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("statistics", roundId),
    queryFn: () => api.get<Statistics>(`${STAFF}/rounds/${id(roundId)}/statistics`),
    enabled: roundId !== "",
  });

export const resultsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("results", roundId),
    queryFn: () => api.get<ResultsSummary>(`${PUBLIC}/rounds/${id(roundId)}/results`),
    enabled: roundId !== "",
  });

export const announcementsQuery = (roundId: string) =>
  queryOptions({
    queryKey: key("announcements", roundId),
    queryFn: async () =>
      (await api.get<{ items: DrawAnnouncement[] }>(`${PUBLIC}/rounds/${id(roundId)}/announcements`)).items,
    enabled: roundId !== "",
  });

export const schoolResultsQuery = (roundId: string, phase: number, school: string) =>
  queryOptions({
    queryKey: key("school-results", roundId, phase, school),
    queryFn: () => api.get<SchoolResults>(`${PUBLIC}/rounds/${id(roundId)}/results/${phase}/${id(school)}`),
  });

export const searchQuery = (number: string) =>
  queryOptions({
    queryKey: key("search", number),
    queryFn: () => api.get<SearchResult>(`${PUBLIC}/search`, { number }),
    enabled: number !== "",
    retry: false,
  });

export const bundleUrl = (roundId: string) => `${PUBLIC}/rounds/${id(roundId)}/bundle`;
export const announcementsUrl = (roundId: string) => `${PUBLIC}/rounds/${id(roundId)}/announcements`;
export const listsUrl = (roundId: string, phase: number) => `${PUBLIC}/rounds/${id(roundId)}/lists/${phase}`;

export const enrolmentApi = {
  createRound: (body: unknown) => api.post<Round>(`${STAFF}/rounds`, body),
  updateRound: (roundId: string, body: unknown) => api.patch<Round>(`${STAFF}/rounds/${id(roundId)}`, body),
  setPlan: (roundId: string, body: unknown) => api.put<Plan>(`${STAFF}/rounds/${id(roundId)}/plans`, body),
  apply: (body: unknown) => api.post<MyApplication>(`${STAFF}/applications`, body),
  withdraw: (appId: string) => api.post<MyApplication>(`${STAFF}/applications/${id(appId)}/withdraw`),
  decline: (appId: string) => api.post<MyApplication>(`${STAFF}/applications/${id(appId)}/decline`),
  secondChoices: (appId: string, choices: string[]) =>
    api.post<MyApplication>(`${STAFF}/applications/${id(appId)}/second-choices`, { choices }),
  approve: (appId: string) => api.post<ReviewApplication>(`${STAFF}/review/${id(appId)}/approve`),
  returnApplication: (appId: string, reason: string) =>
    api.post<ReviewApplication>(`${STAFF}/review/${id(appId)}/return`, { reason }),
  personal: (appId: string) =>
    api.post<{ items: { number: string; name: string; idNumber: string }[] }>(
      `${STAFF}/review/${id(appId)}/personal`,
    ),
  freeze: (
    roundId: string,
    body: {
      phase: number;
      earliestDrawAt: string;
      publicValues: PublicValueSpec[];
      commitments?: { label: string; digest: string }[];
    },
  ) => api.post<Draw>(`${STAFF}/rounds/${id(roundId)}/draws`, body),
  run: (drawId: string, seedInputs: { label: string; value: string; nonce?: string }[]) =>
    api.post<Draw>(`${STAFF}/draws/${id(drawId)}/run`, { seedInputs }),
  redraw: (
    drawId: string,
    body: { reason: string; seedInputs: { label: string; value: string; nonce?: string }[] },
  ) => api.post<Draw>(`${STAFF}/draws/${id(drawId)}/redraw`, body),
};
