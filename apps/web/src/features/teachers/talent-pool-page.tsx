import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  Card,
  Checkbox,
  Divider,
  Drawer,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { HONOUR_ROUND_KIND_LABELS, TEACHER_TITLE_LABELS, TEACHER_TITLES } from "@edubureau/domain/teachers";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { api, oneOf } from "../../app/api.ts";
import type { ApiData, ApiQuery } from "../../app/api-contract.ts";
import {
  codeColumn,
  pageChange,
  serverPagination,
  serverSorter,
  sortable,
  type ListSort,
} from "../../components/pagination.ts";
import { ScopeFilters, useScopeSize } from "../../components/scope-filters.tsx";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { ExchangeForm } from "./exchange-form.tsx";
import { RuralExperienceSection } from "./rural-experience.tsx";
import { RuralRecognitionQueue } from "./rural-recognition-queue.tsx";
import { options, titleLabel } from "./teacher-labels.ts";
import { countCell } from "../../app/format.ts";

type PoolRow = ApiData<"/api/talent-pool">["items"][number];

const p = t.teachers.pool;
const honourLabel = (code: string) => (HONOUR_ROUND_KIND_LABELS as Record<string, string>)[code] ?? code;

function PoolDrawer({ row, onClose }: { row: PoolRow; onClose: () => void }) {
  const canWrite = hasPermission(useSession(), "teachers.write");
  const exchanges = useQuery({
    queryKey: ["talent-pool", "exchanges", row.id],
    queryFn: async () =>
      (await api.GET("/api/talent-pool/teachers/{id}/exchanges", { params: { path: { id: row.id } } })).items,
  });
  return (
    <Drawer
      open
      width={560}
      title={`${row.name}（${row.teacherNumber}）`}
      onClose={onClose}
      data-testid="pool-drawer"
    >
      <RuralExperienceSection teacherId={row.id} canApply={canWrite} />
      <Typography.Paragraph type="secondary" style={{ margin: "8px 0 16px" }}>
        {t.teachers.exchange.ruralNote}
      </Typography.Paragraph>
      <List
        header={p.exchanges}
        bordered
        dataSource={exchanges.data ?? []}
        locale={{ emptyText: p.noExchanges }}
        renderItem={(x) => (
          <List.Item>
            {`${p.kinds[x.kind] ?? x.kind}：${x.fromName} → ${x.toName}，${x.fromDate} ~ ${x.toDate ?? t.teachers.present}`}
          </List.Item>
        )}
        data-testid="pool-exchanges"
      />
      {canWrite && (
        <>
          <Divider titlePlacement="start">{t.teachers.exchange.title}</Divider>
          <ExchangeForm teacherId={row.id} />
        </>
      )}
    </Drawer>
  );
}

/** 人才库 search and the 农村(薄弱)学校任教经历认定 queue (?tab=rural). */
export function TalentPoolPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") === "rural" ? "rural" : "search";
  return (
    <Card data-testid="page-talent-pool">
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === "rural" ? { tab: "rural" } : {}, { replace: true })}
        items={[
          { key: "search", label: p.searchTab, children: <PoolSearch /> },
          { key: "rural", label: t.teachers.ruralRecognition.queue, children: <RuralRecognitionQueue /> },
        ]}
      />
    </Card>
  );
}

/** The columns the server sorts the 人才库 on (its default ranks by honours, then hours). */
type PoolSortKey = NonNullable<ApiQuery<"/api/talent-pool">["sort"]>;

/** 人才库: teachers by subject, title, honours and cycle hours, for 县管校聘 matching and exchanges. */
function PoolSearch() {
  const [filters, setFilters] = useState<{
    subject?: string;
    minTitle?: string;
    honoured?: boolean;
    minHours?: number;
    ruralCertified?: boolean;
    districtId?: string;
    institutionId?: string;
  }>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<ListSort<PoolSortKey>>({});
  const [open, setOpen] = useState<PoolRow | null>(null);
  // A school's own pool needs no school column.
  const showSchool = (useScopeSize()?.schools ?? 0) > 1;
  const change = (patch: Partial<typeof filters>) => {
    setFilters({ ...filters, ...patch });
    setPage({ ...page, page: 1 });
  };
  const list = useQuery({
    queryKey: ["talent-pool", filters, page, sort],
    queryFn: () =>
      api.GET("/api/talent-pool", {
        params: {
          query: {
            ...filters,
            ...page,
            ...sort,
            districtId: filters.districtId || undefined,
            institutionId: filters.institutionId || undefined,
            minTitle: oneOf(TEACHER_TITLES, filters.minTitle ?? ""),
            honoured: filters.honoured ? "true" : undefined,
            ruralCertified: filters.ruralCertified ? "true" : undefined,
          },
        },
      }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <ScopeFilters value={filters} onChange={change} testId="pool-filter" />
        <Input.Search
          allowClear
          placeholder={t.teachers.columns.subject}
          style={{ width: 160 }}
          onSearch={(v) => change({ subject: v.trim() || undefined })}
        />
        <Select
          allowClear
          placeholder={p.minTitle}
          style={{ width: 160 }}
          options={options(TEACHER_TITLE_LABELS)}
          onChange={(v?: string) => change({ minTitle: v })}
        />
        <InputNumber
          placeholder={p.minHours}
          min={0}
          style={{ width: 140 }}
          onChange={(v) => change({ minHours: v ?? undefined })}
        />
        <Checkbox onChange={(e) => change({ honoured: e.target.checked || undefined })}>
          {p.honoured}
        </Checkbox>
        <Checkbox onChange={(e) => change({ ruralCertified: e.target.checked || undefined })}>
          {p.ruralCertifiedOnly}
        </Checkbox>
      </Space>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        data-testid="pool-table"
        pagination={{
          ...serverPagination(page.page, page.pageSize, list.data?.total, pageChange(page.pageSize, setPage)),
          showTotal: (n) => p.total(n),
        }}
        onChange={serverSorter<PoolSortKey>((next) => {
          setSort(next);
          setPage({ ...page, page: 1 });
        })}
        columns={[
          {
            title: t.teachers.columns.teacherNumber,
            dataIndex: "teacherNumber",
            width: 160,
            ...codeColumn,
            ...sortable("teacherNumber", sort),
          },
          {
            title: t.teachers.columns.name,
            dataIndex: "name",
            width: 100,
            ...sortable("name", sort),
            render: (name: string, row) => <a onClick={() => setOpen(row)}>{name}</a>,
          },
          ...(showSchool
            ? [
                {
                  title: t.teachers.columns.institution,
                  dataIndex: "institutionName",
                  width: 220,
                  ellipsis: true,
                  ...sortable("institution", sort),
                },
              ]
            : []),
          {
            title: t.teachers.columns.subject,
            dataIndex: "subject",
            width: 110,
            ellipsis: true,
            ...sortable("subject", sort),
          },
          {
            title: t.teachers.columns.title,
            width: 110,
            ...sortable("title", sort),
            render: (_, row) => titleLabel(row.title),
          },
          {
            title: p.hours,
            dataIndex: "hours",
            align: "right",
            width: 120,
            ...sortable("hours", sort),
            render: countCell,
          },
          {
            title: p.honours,
            ...sortable("honours", sort),
            render: (_, row) =>
              row.honours.map((h, i) => (
                <Tag key={i} color="gold">
                  {honourLabel(h)}
                </Tag>
              )),
          },
          {
            title: p.ruralCertified,
            width: 130,
            render: (_, row) =>
              row.ruralCertified ? (
                <Tag color="green">{t.teachers.ruralRecognition.statuses.certified}</Tag>
              ) : (
                "—"
              ),
          },
        ]}
      />
      {open && <PoolDrawer row={open} onClose={() => setOpen(null)} />}
    </>
  );
}
