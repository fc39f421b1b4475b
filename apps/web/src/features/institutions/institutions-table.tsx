import { INSTITUTION_TYPE_LABELS, OWNERSHIP_LABELS } from "@edubureau/domain/registry";
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { t } from "../../app/locale/index.ts";
import { InstitutionStatusTag } from "./institution-status-tag.tsx";
import type {
  Institution,
  InstitutionPage,
  InstitutionSort,
  InstitutionSortKey,
} from "./institutions.api.ts";
import { codeColumn, serverSorter, sortable } from "../../components/pagination.ts";
import { formatNumber } from "../../app/format.ts";

interface InstitutionsTableProps {
  data: InstitutionPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  sort: InstitutionSort;
  onSortChange: (next: InstitutionSort) => void;
  canWrite: boolean;
  onOpen: (institution: Institution) => void;
  onEdit: (institution: Institution) => void;
}

function columns(props: InstitutionsTableProps): TableColumnsType<Institution> {
  const { sort } = props;
  const base: TableColumnsType<Institution> = [
    {
      title: t.institutions.code,
      dataIndex: "code",
      width: 130,
      ...codeColumn,
      ...sortable("code", sort),
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t.institutions.name,
      dataIndex: "name",
      ellipsis: true,
      ...sortable("name", sort),
      render: (name: string, institution) => (
        <Typography.Link onClick={() => props.onOpen(institution)} data-testid="institution-open">
          {name}
        </Typography.Link>
      ),
    },
    {
      title: t.institutions.type,
      dataIndex: "type",
      width: 140,
      ...sortable("type", sort),
      render: (_: unknown, institution) => (
        <Space size={4}>
          {INSTITUTION_TYPE_LABELS[institution.type]}
          {institution.inclusive && <Tag color="green">{t.institutions.inclusiveYes}</Tag>}
        </Space>
      ),
    },
    {
      title: t.institutions.ownership,
      dataIndex: "ownership",
      width: 80,
      render: (_: unknown, institution) => OWNERSHIP_LABELS[institution.ownership],
    },
    {
      title: t.institutions.area,
      width: 180,
      ...sortable("district", sort),
      ellipsis: true,
      render: (_: unknown, institution) =>
        [institution.district.name, institution.street?.name].filter(Boolean).join(" / "),
    },
    {
      title: t.institutions.educationGroup,
      dataIndex: "educationGroup",
      width: 140,
      ellipsis: true,
      render: (group: string | null, institution) =>
        group ? (
          <Space size={4}>
            {group}
            {institution.groupLead && <Tag color="gold">{t.institutions.groupLead}</Tag>}
          </Space>
        ) : (
          t.institutions.none
        ),
    },
    {
      title: t.institutions.places,
      dataIndex: "places",
      width: 100,
      ...sortable("places", sort),
      align: "right",
      render: (places: number) => (places > 0 ? formatNumber(places) : t.institutions.placesUnset),
    },
    {
      title: t.institutions.status,
      dataIndex: "status",
      width: 100,
      ...sortable("status", sort),
      render: (_: unknown, institution) => <InstitutionStatusTag status={institution.status} />,
    },
  ];
  if (!props.canWrite) return base;
  return [
    ...base,
    {
      title: t.common.actions,
      key: "actions",
      width: 70,
      render: (_: unknown, institution) => (
        <Button
          type="link"
          size="small"
          onClick={() => props.onEdit(institution)}
          data-testid="institution-edit"
        >
          {t.common.edit}
        </Button>
      ),
    },
  ];
}

function rowProps(institution: Institution): HTMLAttributes<HTMLElement> & { "data-testid": string } {
  return { "data-testid": `institution-row-${institution.code}` };
}

export function InstitutionsTable(props: InstitutionsTableProps) {
  const { data, loading, page, pageSize, onPageChange } = props;
  return (
    <Table<Institution>
      rowKey="id"
      size="middle"
      columns={columns(props)}
      dataSource={data?.items ?? []}
      loading={loading}
      onRow={rowProps}
      onChange={serverSorter<InstitutionSortKey>(props.onSortChange)}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total) => t.common.total(total),
        onChange: onPageChange,
      }}
      data-testid="institutions-table"
    />
  );
}
