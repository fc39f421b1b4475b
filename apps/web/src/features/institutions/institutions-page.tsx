import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Space, Tabs } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { positiveInt } from "../../components/search-params.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { InstitutionDrawer } from "./institution-drawer.tsx";
import { InstitutionFilters } from "./institution-filters.tsx";
import { InstitutionFormModal } from "./institution-form-modal.tsx";
import { InstitutionImport } from "./institution-import.tsx";
import { InstitutionMapPanel } from "./institution-map-panel.tsx";
import type { Institution, InstitutionFilters as Filters } from "./institutions.api.ts";
import {
  exportUrl,
  institutionsQuery,
  type InstitutionSort,
  type InstitutionSortKey,
} from "./institutions.api.ts";
import { InstitutionsTable } from "./institutions-table.tsx";
import { pageChange } from "../../components/pagination.ts";
import { AddButton } from "../../components/add-button.tsx";

const DEFAULT_PAGE_SIZE = 20;
const FILTER_KEYS = ["districtId", "streetId", "type", "ownership", "inclusive", "status", "q"] as const;
type Tab = "list" | "map" | "import";

function readFilters(params: URLSearchParams): Filters {
  const get = (key: keyof Filters) => params.get(key) ?? "";
  return {
    districtId: get("districtId"),
    streetId: get("streetId"),
    type: get("type"),
    ownership: get("ownership"),
    inclusive: get("inclusive"),
    status: get("status"),
    q: get("q"),
  };
}

export function InstitutionsPage() {
  const me = useSession();
  const canWrite = hasPermission(me, "institutions.write");
  // Filters, tab and paging live in the address so a reload or a shared link shows the same view.
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const tabParam = params.get("tab");
  const tab: Tab = tabParam === "map" || (tabParam === "import" && canWrite) ? tabParam : "list";
  const page = positiveInt(params.get("page"), 1);
  const pageSize = positiveInt(params.get("pageSize"), DEFAULT_PAGE_SIZE);
  // A key the server does not sort on comes back as its own message (排序字段无效), not as a guess.
  const sortParam = params.get("sort");
  const sort: InstitutionSort = sortParam
    ? { sort: sortParam as InstitutionSortKey, order: params.get("order") === "desc" ? "desc" : "asc" }
    : {};
  const list = useQuery({ ...institutionsQuery(filters, page, pageSize, sort), enabled: tab === "list" });
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Institution | "new" | null>(null);

  const go = (next: Partial<Filters> & InstitutionSort & { tab?: Tab; page?: number; pageSize?: number }) => {
    const merged = { ...filters, tab, page, pageSize, ...sort, ...next };
    const entries = Object.entries({
      ...Object.fromEntries(FILTER_KEYS.map((key) => [key, merged[key]])),
      tab: merged.tab === "list" ? "" : merged.tab,
      page: merged.page > 1 ? String(merged.page) : "",
      pageSize: merged.pageSize !== DEFAULT_PAGE_SIZE ? String(merged.pageSize) : "",
      sort: merged.sort ?? "",
      order: merged.sort && merged.order === "desc" ? "desc" : "",
    }).filter(([, value]) => value !== "");
    setParams(Object.fromEntries(entries), { replace: true });
  };
  const changeFilters = (next: Partial<Filters>) => go({ ...next, page: 1 });
  const resetFilters = () => go({ ...Object.fromEntries(FILTER_KEYS.map((key) => [key, ""])), page: 1 });

  const actions = (
    <Space>
      <Button icon={<DownloadOutlined />} href={exportUrl(filters)} data-testid="institution-export">
        {t.institutions.export}
      </Button>
      {canWrite && (
        <AddButton
          label={t.institutions.create}
          onClick={() => setEditing("new")}
          testId="institution-create"
        />
      )}
    </Space>
  );

  const filterBar = <InstitutionFilters value={filters} onChange={changeFilters} onReset={resetFilters} />;
  const items = [
    {
      key: "list",
      label: t.institutions.tabs.list,
      children: (
        <Flex vertical gap={16}>
          {filterBar}
          <ErrorAlert error={list.error} />
          <InstitutionsTable
            data={list.data}
            loading={list.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={pageChange(pageSize, go)}
            sort={sort}
            onSortChange={(next) => go({ sort: next.sort, order: next.order, page: 1 })}
            canWrite={canWrite}
            onOpen={(institution) => setOpenId(institution.id)}
            onEdit={setEditing}
          />
        </Flex>
      ),
    },
    {
      key: "map",
      label: t.institutions.tabs.map,
      children: (
        <Flex vertical gap={16}>
          {filterBar}
          {tab === "map" && <InstitutionMapPanel filters={filters} onOpen={setOpenId} />}
        </Flex>
      ),
    },
    ...(canWrite
      ? [
          {
            key: "import",
            label: t.institutions.tabs.import,
            children: <InstitutionImport onViewList={() => go({ tab: "list", page: 1 })} />,
          },
        ]
      : []),
  ];

  return (
    <Card data-testid="page-institutions">
      <Tabs
        activeKey={tab}
        onChange={(key) => go({ tab: key as Tab })}
        items={items}
        tabBarExtraContent={actions}
        destroyOnHidden
        data-testid="institution-tabs"
      />
      {openId && (
        <InstitutionDrawer
          id={openId}
          canWrite={canWrite}
          onEdit={(institution) => setEditing(institution)}
          onClose={() => setOpenId(null)}
        />
      )}
      {editing && (
        <InstitutionFormModal
          institution={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
