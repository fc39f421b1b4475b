import { Button, Space, Table, Tag, Tooltip, type TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { t } from "../../app/locale/index.ts";
import { serverPagination } from "../../components/pagination.ts";
import type { Designation, DesignationPage } from "./designations.api.ts";

export type DesignationDialog = { kind: "revoke" | "edit"; designation: Designation };

interface DesignationsTableProps {
  data: DesignationPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  canWrite: boolean;
  onOpen: (dialog: DesignationDialog) => void;
}

function StatusTag({ designation }: { designation: Designation }) {
  if (!designation.revoked) return <Tag color="green">{t.designations.active}</Tag>;
  return (
    <Tooltip
      title={t.designations.revokedDetail(designation.revokedOn ?? "", designation.revokeReason ?? "")}
    >
      <Tag data-testid="designation-revoked-tag">{t.designations.revoked}</Tag>
    </Tooltip>
  );
}

function columns(
  canWrite: boolean,
  onOpen: (dialog: DesignationDialog) => void,
): TableColumnsType<Designation> {
  const base: TableColumnsType<Designation> = [
    {
      title: t.designations.institution,
      key: "institution",
      ellipsis: true,
      render: (_: unknown, d) => d.institution.name,
    },
    {
      title: t.designations.district,
      key: "district",
      width: 100,
      render: (_: unknown, d) => d.district.name,
    },
    { title: t.designations.type, dataIndex: "typeName", width: 170 },
    { title: t.designations.year, dataIndex: "year", width: 80 },
    {
      title: t.designations.documentNo,
      dataIndex: "documentNo",
      width: 170,
      render: (no: string | null) => no ?? "—",
    },
    {
      title: t.designations.documentDate,
      dataIndex: "documentDate",
      width: 110,
      render: (d: string | null) => d ?? "—",
    },
    {
      title: t.designations.status,
      key: "status",
      width: 90,
      render: (_: unknown, d) => <StatusTag designation={d} />,
    },
  ];
  if (!canWrite) return base;
  return [
    ...base,
    {
      title: t.common.actions,
      key: "actions",
      width: 150,
      render: (_: unknown, designation) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => onOpen({ kind: "edit", designation })}
            data-testid="designation-edit"
          >
            {t.designations.editDocument}
          </Button>
          {!designation.revoked && (
            <Button
              type="link"
              size="small"
              danger
              onClick={() => onOpen({ kind: "revoke", designation })}
              data-testid="designation-revoke"
            >
              {t.designations.revoke}
            </Button>
          )}
        </Space>
      ),
    },
  ];
}

function rowProps(designation: Designation): HTMLAttributes<HTMLElement> & { "data-testid": string } {
  return { "data-testid": `designation-row-${designation.id}` };
}

export function DesignationsTable(props: DesignationsTableProps) {
  const { data, loading, page, pageSize, onPageChange, canWrite, onOpen } = props;
  return (
    <Table<Designation>
      rowKey="id"
      size="middle"
      columns={columns(canWrite, onOpen)}
      dataSource={data?.items ?? []}
      loading={loading}
      onRow={rowProps}
      pagination={serverPagination(page, pageSize, data?.total, onPageChange)}
      data-testid="designations-table"
    />
  );
}
