import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import dayjs from "dayjs";
import { api } from "../../app/api.ts";
import type { AuditChainHead, AuditFilters, AuditPage } from "./audit-types.ts";

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
    queryFn: () => api.get<AuditPage>("/api/audit-log", toParams(query)),
    placeholderData: keepPreviousData,
  });

export const auditChainHeadQuery = () =>
  queryOptions({
    queryKey: ["audit-log", "head"] as const,
    queryFn: () => api.get<AuditChainHead>("/api/audit-log/head"),
  });
