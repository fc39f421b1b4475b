import { useQuery } from "@tanstack/react-query";
import { Card, Flex } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { positiveInt } from "../../components/search-params.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { AwardDesignationModal } from "./award-designation-modal.tsx";
import { DesignationFiltersForm } from "./designation-filters.tsx";
import { DesignationSummary } from "./designation-summary.tsx";
import type { DesignationFilters } from "./designations.api.ts";
import { designationsQuery } from "./designations.api.ts";
import { DesignationsTable, type DesignationDialog } from "./designations-table.tsx";
import { EditDocumentModal } from "./edit-document-modal.tsx";
import { RevokeDesignationModal } from "./revoke-designation-modal.tsx";
import { pageChange } from "../../components/pagination.ts";
import { AddButton } from "../../components/add-button.tsx";

const DEFAULT_PAGE_SIZE = 20;
const TEXT_KEYS = ["typeCode", "year", "districtId", "q"] as const;

export function DesignationsPage() {
  const me = useSession();
  const canWrite = hasPermission(me, "designations.write");
  // Filters and paging live in the address so a reload or a shared link shows the same list.
  const [params, setParams] = useSearchParams();
  const filters: DesignationFilters = {
    typeCode: params.get("typeCode") ?? "",
    year: params.get("year") ?? "",
    districtId: params.get("districtId") ?? "",
    q: params.get("q") ?? "",
    includeRevoked: params.get("includeRevoked") === "1",
  };
  const page = positiveInt(params.get("page"), 1);
  const pageSize = positiveInt(params.get("pageSize"), DEFAULT_PAGE_SIZE);
  const list = useQuery(designationsQuery({ ...filters, page, pageSize }));
  const [dialog, setDialog] = useState<DesignationDialog | { kind: "award" } | null>(null);

  const go = (next: { filters?: DesignationFilters; page?: number; pageSize?: number }) => {
    const merged = { filters, page, pageSize, ...next };
    const search = new URLSearchParams();
    for (const key of TEXT_KEYS) if (merged.filters[key]) search.set(key, merged.filters[key]);
    if (merged.filters.includeRevoked) search.set("includeRevoked", "1");
    if (merged.page > 1) search.set("page", String(merged.page));
    if (merged.pageSize !== DEFAULT_PAGE_SIZE) search.set("pageSize", String(merged.pageSize));
    setParams(search, { replace: true });
  };

  return (
    <Card data-testid="page-designations">
      <DesignationSummary year={filters.year} districtId={filters.districtId} />
      <Flex justify="space-between" align="flex-start" gap={16} style={{ marginBottom: 16 }}>
        <DesignationFiltersForm value={filters} onChange={(next) => go({ filters: next, page: 1 })} />
        {canWrite && (
          <AddButton
            label={t.designations.award}
            onClick={() => setDialog({ kind: "award" })}
            testId="designation-award"
          />
        )}
      </Flex>
      <ErrorAlert error={list.error} />
      <DesignationsTable
        data={list.data}
        loading={list.isFetching}
        page={page}
        pageSize={pageSize}
        onPageChange={pageChange(pageSize, go)}
        canWrite={canWrite}
        onOpen={setDialog}
      />
      {dialog?.kind === "award" && <AwardDesignationModal onClose={() => setDialog(null)} />}
      {dialog?.kind === "revoke" && (
        <RevokeDesignationModal designation={dialog.designation} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "edit" && (
        <EditDocumentModal designation={dialog.designation} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
