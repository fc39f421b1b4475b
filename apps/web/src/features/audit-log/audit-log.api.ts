import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import dayjs from "dayjs";
import { api } from "../../app/api.ts";
import type { ApiData } from "../../app/api-contract.ts";

export type AuditPage = ApiData<"/api/audit-log">;
export type AuditEntry = AuditPage["items"][number];
export type AuditChainHead = ApiData<"/api/audit-log/head">;

/** As typed in the filter form and kept in the address: dates are YYYY-MM-DD, local time. */
export interface AuditFilters {
  entity: string;
  action: string;
  actor: string;
  fromDate: string;
  toDate: string;
}

interface AuditQuery extends AuditFilters {
  page: number;
  pageSize: number;
}

/** Whole local days: "to" covers the last day up to 23:59:59.999. */
function toParams(query: AuditQuery) {
  return {
    entity: query.entity,
    action: query.action,
    actor: query.actor,
    from: query.fromDate ? dayjs(query.fromDate).startOf("day").toISOString() : undefined,
    to: query.toDate ? dayjs(query.toDate).endOf("day").toISOString() : undefined,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export const auditLogQuery = (query: AuditQuery) =>
  queryOptions({
    queryKey: ["audit-log", query] as const,
    queryFn: () => api.GET("/api/audit-log", { params: { query: toParams(query) } }),
    placeholderData: keepPreviousData,
  });

export const auditChainHeadQuery = () =>
  queryOptions({
    queryKey: ["audit-log", "head"] as const,
    queryFn: () => api.GET("/api/audit-log/head"),
  });
