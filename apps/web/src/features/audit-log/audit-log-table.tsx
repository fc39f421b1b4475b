import { Table, Tag, Typography, type TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import { AuditDiff } from "./audit-diff.tsx";
import type { AuditEntry, AuditPage } from "./audit-log.api.ts";

/** The event as a reader says it, e.g. 用户 · 修改, from the names of its entity and action. */
function eventLabel(entry: AuditEntry): string {
  const entity = t.audit.entities[entry.entity] ?? entry.entity;
  const action = t.audit.actions[entry.action] ?? entry.action;
  return `${entity} · ${action}`;
}

const columns = (names: Record<string, string>): TableColumnsType<AuditEntry> => [
  {
    title: t.audit.at,
    dataIndex: "at",
    width: 150,
    render: (at: string) => formatDateTime(at),
  },
  { title: t.audit.actor, dataIndex: "actorName", width: 120, render: (name: string | null) => name ?? "—" },
  {
    title: t.audit.action,
    key: "event",
    width: 200,
    render: (_: unknown, entry) => <Tag data-testid="audit-event">{eventLabel(entry)}</Tag>,
  },
  {
    title: t.audit.entityId,
    dataIndex: "entityId",
    ellipsis: true,
    // Units and accounts by name; other records (a report, a draw) are identified by the event's payload.
    render: (id: string | null) => (id && names[id] ? <Typography.Text>{names[id]}</Typography.Text> : "—"),
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
      columns={columns(data?.names ?? {})}
      dataSource={data?.items ?? []}
      loading={loading}
      onRow={rowProps}
      expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} names={data?.names ?? {}} /> }}
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
