import type { ApprovalAction, ApprovalStatus } from "@edubureau/domain/indicators";
import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";

export type DataForm = ApiData<"/api/data/forms">;
export type FormElement = DataForm["elements"][number];
export type UnitRef = DataForm["orgUnit"];
export type AllowedActions = DataForm["actions"];
export type ApprovalQueue = ApiData<"/api/data/approvals">;
export type QueueItem = ApprovalQueue["items"][number];
export type DataElement = ApiData<"/api/data/elements">["items"][number];
export type CreateElementInput = ApiBody<"/api/data/elements", "post">;

export const dataKeys = {
  all: ["data-entry"] as const,
  elements: () => [...dataKeys.all, "elements"] as const,
  form: (unit: string, period: string) => [...dataKeys.all, "form", unit, period] as const,
  queue: (period: string, status: string) => [...dataKeys.all, "queue", period, status] as const,
};

export const elementsQuery = () =>
  queryOptions({
    queryKey: dataKeys.elements(),
    queryFn: async () => (await api.GET("/api/data/elements")).items,
  });

export const formQuery = (orgUnitId: string, period: string) =>
  queryOptions({
    queryKey: dataKeys.form(orgUnitId, period),
    queryFn: () => api.GET("/api/data/forms", { params: { query: { orgUnitId, period } } }),
    enabled: orgUnitId !== "" && period !== "",
  });

export const queueQuery = (period: string, status: ApprovalStatus | "") =>
  queryOptions({
    queryKey: dataKeys.queue(period, status),
    queryFn: () =>
      api.GET("/api/data/approvals", { params: { query: { period, status: status || undefined } } }),
  });

export function saveValues(input: ApiBody<"/api/data/values", "put">): Promise<DataForm> {
  return api.PUT("/api/data/values", { body: input });
}

export function approvalAction(
  action: ApprovalAction,
  input: ApiBody<"/api/data/approvals/{action}", "post">,
): Promise<DataForm> {
  return api.POST("/api/data/approvals/{action}", { params: { path: { action } }, body: input });
}

export function createElement(input: CreateElementInput): Promise<DataElement> {
  return api.POST("/api/data/elements", { body: input });
}
