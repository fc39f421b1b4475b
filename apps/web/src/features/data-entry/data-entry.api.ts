import type { ApprovalAction, ApprovalStatus } from "@edubureau/domain/indicators";
import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApprovalQueue, CreateElementInput, DataElement, DataForm } from "./data-entry-types.ts";

export const dataKeys = {
  all: ["data-entry"] as const,
  elements: () => [...dataKeys.all, "elements"] as const,
  form: (unit: string, period: string) => [...dataKeys.all, "form", unit, period] as const,
  queue: (period: string, status: string) => [...dataKeys.all, "queue", period, status] as const,
};

export const elementsQuery = () =>
  queryOptions({
    queryKey: dataKeys.elements(),
    queryFn: async () => (await api.get<{ items: DataElement[] }>("/api/data/elements")).items,
  });

export const formQuery = (orgUnitId: string, period: string) =>
  queryOptions({
    queryKey: dataKeys.form(orgUnitId, period),
    queryFn: () => api.get<DataForm>("/api/data/forms", { orgUnitId, period }),
    enabled: orgUnitId !== "" && period !== "",
  });

export const queueQuery = (period: string, status: ApprovalStatus | "") =>
  queryOptions({
    queryKey: dataKeys.queue(period, status),
    queryFn: () => api.get<ApprovalQueue>("/api/data/approvals", { period, status }),
  });

export function saveValues(input: {
  orgUnitId: string;
  period: string;
  values: Record<string, number | null>;
}): Promise<DataForm> {
  return api.put<DataForm>("/api/data/values", input);
}

export function approvalAction(
  action: ApprovalAction,
  input: { orgUnitId: string; period: string; reason?: string },
): Promise<DataForm> {
  return api.post<DataForm>(`/api/data/approvals/${action}`, input);
}

export function createElement(input: CreateElementInput): Promise<DataElement> {
  return api.post<DataElement>("/api/data/elements", input);
}
