import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiBody, ApiData, ApiQuery } from "../../app/api-contract.ts";
import { uploadFile } from "../../components/upload-file.ts";

export type ServiceItem = ApiData<"/api/public/services-hall/items">["items"][number];
export type ManagedItem = ApiData<"/api/services-hall/items">["items"][number];
export type CaseSummary = ApiData<"/api/services-hall/cases">["items"][number];
export type CaseDetail = ApiData<"/api/services-hall/cases/{id}">;
export type CaseFilter = ApiQuery<"/api/services-hall/cases">;
export type Stats = ApiData<"/api/services-hall/stats">;
export type Verification = ApiData<"/api/public/services-hall/verify/{code}">;
export type SubmitBody = ApiBody<"/api/services-hall/cases", "post">;
export type ActBody = ApiBody<"/api/services-hall/cases/{id}/actions", "post">;
export type ItemUpdate = ApiBody<"/api/services-hall/items/{id}", "patch">;
export type UploadedMaterial = ApiData<"/api/services-hall/cases/materials", "post">;

export const servicesKeys = {
  all: ["services-hall"] as const,
  items: (search: string) => [...servicesKeys.all, "items", search] as const,
  item: (id: string) => [...servicesKeys.all, "item", id] as const,
  checklist: (id: string, situation: string) => [...servicesKeys.all, "checklist", id, situation] as const,
  managed: () => [...servicesKeys.all, "managed"] as const,
  cases: (filter: object) => [...servicesKeys.all, "cases", filter] as const,
  case: (id: string) => [...servicesKeys.all, "case", id] as const,
  districts: () => [...servicesKeys.all, "districts"] as const,
  stats: () => [...servicesKeys.all, "stats"] as const,
  verify: (code: string) => [...servicesKeys.all, "verify", code] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const publicItemsQuery = (search: string) =>
  queryOptions({
    queryKey: servicesKeys.items(search),
    queryFn: () =>
      api.GET("/api/public/services-hall/items", { params: { query: search ? { search } : {} } }),
    placeholderData: keepPreviousData,
  });

export const itemQuery = (id: string) =>
  queryOptions({
    queryKey: servicesKeys.item(id),
    queryFn: () => api.GET("/api/public/services-hall/items/{id}", byId(id)),
  });

export const checklistQuery = (id: string, situation: string) =>
  queryOptions({
    queryKey: servicesKeys.checklist(id, situation),
    queryFn: () =>
      api.GET("/api/public/services-hall/items/{id}/checklist", {
        params: { path: { id }, query: situation ? { situation } : {} },
      }),
  });

export const verifyQuery = (code: string) =>
  queryOptions({
    queryKey: servicesKeys.verify(code),
    queryFn: () => api.GET("/api/public/services-hall/verify/{code}", { params: { path: { code } } }),
    enabled: code.length > 0,
  });

export const managedItemsQuery = () =>
  queryOptions({
    queryKey: servicesKeys.managed(),
    queryFn: () => api.GET("/api/services-hall/items", { params: { query: {} } }),
  });

export const casesQuery = (filter: CaseFilter) =>
  queryOptions({
    queryKey: servicesKeys.cases(filter),
    queryFn: () => api.GET("/api/services-hall/cases", { params: { query: filter } }),
    placeholderData: keepPreviousData,
  });

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: servicesKeys.case(id),
    queryFn: () => api.GET("/api/services-hall/cases/{id}", byId(id)),
  });

export const districtsQuery = () =>
  queryOptions({
    queryKey: servicesKeys.districts(),
    queryFn: () => api.GET("/api/services-hall/cases/districts"),
  });

export const statsQuery = () =>
  queryOptions({ queryKey: servicesKeys.stats(), queryFn: () => api.GET("/api/services-hall/stats") });

export const servicesApi = {
  upload: (file: File) => uploadFile<UploadedMaterial>("/api/services-hall/cases/materials", file),
  submit: (body: SubmitBody) => api.POST("/api/services-hall/cases", { body }),
  act: (id: string, body: ActBody) =>
    api.POST("/api/services-hall/cases/{id}/actions", { ...byId(id), body }),
  resubmit: (id: string, materials: SubmitBody["materials"]) =>
    api.POST("/api/services-hall/cases/{id}/resubmit", { ...byId(id), body: { materials } }),
  rate: (id: string, rating: number, comment: string) =>
    api.POST("/api/services-hall/cases/{id}/rating", { ...byId(id), body: { rating, comment } }),
  answer: (id: string, answer: string) =>
    api.POST("/api/services-hall/cases/{id}/rating/answer", { ...byId(id), body: { answer } }),
  updateItem: (id: string, body: ItemUpdate) =>
    api.PATCH("/api/services-hall/items/{id}", { ...byId(id), body }),
  publish: (id: string) => api.POST("/api/services-hall/items/{id}/publish", byId(id)),
  withdraw: (id: string) => api.POST("/api/services-hall/items/{id}/withdraw", byId(id)),
  resultUrl: (id: string) => `/api/services-hall/cases/${id}/result.docx`,
  materialUrl: (id: string, materialId: string) => `/api/services-hall/cases/${id}/materials/${materialId}`,
};
