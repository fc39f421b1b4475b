import { useQuery } from "@tanstack/react-query";
import { Card } from "antd";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { positiveInt } from "../../components/search-params.ts";
import { AuditChainHeadBar } from "./audit-chain-head.tsx";
import { auditLogQuery } from "./audit-log.api.ts";
import { AuditLogFilters } from "./audit-log-filters.tsx";
import { AuditLogTable } from "./audit-log-table.tsx";
import type { AuditFilters } from "./audit-log.api.ts";
import { pageChange } from "../../components/pagination.ts";

const DEFAULT_PAGE_SIZE = 20;
const FILTER_KEYS = ["entity", "action", "actor", "fromDate", "toDate"] as const;

export function AuditLogPage() {
  // Filters and paging live in the address so a reload or a shared link shows the same entries.
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    entity: params.get("entity") ?? "",
    action: params.get("action") ?? "",
    actor: params.get("actor") ?? "",
    fromDate: params.get("fromDate") ?? "",
    toDate: params.get("toDate") ?? "",
  };
  const page = positiveInt(params.get("page"), 1);
  const pageSize = positiveInt(params.get("pageSize"), DEFAULT_PAGE_SIZE);
  const entries = useQuery(auditLogQuery({ ...filters, page, pageSize }));

  const go = (next: { filters?: AuditFilters; page?: number; pageSize?: number }) => {
    const merged = { filters, page, pageSize, ...next };
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) if (merged.filters[key]) search.set(key, merged.filters[key]);
    if (merged.page > 1) search.set("page", String(merged.page));
    if (merged.pageSize !== DEFAULT_PAGE_SIZE) search.set("pageSize", String(merged.pageSize));
    setParams(search, { replace: true });
  };

  return (
    <Card data-testid="page-audit-log">
      <AuditChainHeadBar />
      <AuditLogFilters value={filters} onChange={(next) => go({ filters: next, page: 1 })} />
      <ErrorAlert error={entries.error} />
      <AuditLogTable
        data={entries.data}
        loading={entries.isFetching}
        page={page}
        pageSize={pageSize}
        onPageChange={pageChange(pageSize, go)}
      />
    </Card>
  );
}
