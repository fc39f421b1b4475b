import { Table, Tag, Typography, type TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { formatDateTime } from "../../components/format-date.ts";
import { t } from "../../app/locale/index.ts";
import { AuditDiff } from "./audit-diff.tsx";
import type { AuditEntry, AuditPage } from "./audit-log.api.ts";

const COLUMNS: TableColumnsType<AuditEntry> = [
  {
    title: t.audit.at,
    dataIndex: "at",
    width: 150,
    render: (at: string) => formatDateTime(at),
  },
  { title: t.audit.actor, dataIndex: "actorName", width: 120, render: (name: string | null) => name ?? "—" },
  {
    title: t.audit.entity,
    dataIndex: "entity",
    width: 120,
    render: (entity: string) => <Tag>{t.audit.entities[entity] ?? entity}</Tag>,
  },
  {
    title: t.audit.action,
    dataIndex: "action",
    width: 140,
    render: (action: string) => t.audit.actions[action] ?? action,
  },
  {
    title: t.audit.entityId,
    dataIndex: "entityId",
    ellipsis: true,
    render: (id: string | null) =>
      id ? <Typography.Text copyable={{ text: id }}>{id}</Typography.Text> : "—",
  },
  { title: t.audit.ip, dataIndex: "ip", width: 140, render: (ip: string | null) => ip ?? "—" },
];

function rowProps(entry: AuditEntry): HTMLAttributes<HTMLElement> & { "data-testid": string } {
  return { "data-testid": `audit-row-${entry.id}` };
}

interface AuditLogTableProps {
  data: AuditPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

export function AuditLogTable({ data, loading, page, pageSize, onPageChange }: AuditLogTableProps) {
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={COLUMNS}
      dataSource={data?.items ?? []}
      loading={loading}
      onRow={rowProps}
      expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => t.common.total(total),
        onChange: onPageChange,
      }}
      data-testid="audit-table"
    />
  );
}
