import type { ApprovalStatus } from "@edubureau/domain/indicators";
import { useQuery } from "@tanstack/react-query";
import { Flex, Segmented, Select, Table, Typography, type TableProps } from "antd";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { countCell, formatDateTime } from "../../app/format.ts";
import { ApprovalActions } from "./approval-actions.tsx";
import { ApprovalTag } from "./approval-tag.tsx";
import { queueQuery } from "./data-entry.api.ts";
import type { QueueItem } from "./data-entry.api.ts";
import { usePeriodChoices } from "./data-periods.ts";

const STATUS_FILTERS: (ApprovalStatus | "")[] = [
  "submitted",
  "district_approved",
  "city_confirmed",
  "draft",
  "",
];

interface ApprovalQueueProps {
  period: string;
  status: ApprovalStatus | "";
  onChange: (next: { period?: string; status?: ApprovalStatus | "" }) => void;
  onOpen: (orgUnit: { id: string; name: string }) => void;
}

/** Units in scope that reported for a period, waiting ones first, with the steps this account may take. */
export function ApprovalQueue({ period, status, onChange, onOpen }: ApprovalQueueProps) {
  const choices = usePeriodChoices();
  const queue = useQuery(queueQuery(period, status));
  const columns: TableProps<QueueItem>["columns"] = [
    {
      title: t.dataEntry.unit,
      render: (_: unknown, row) => (
        <Flex vertical>
          <Typography.Link onClick={() => onOpen(row.orgUnit)}>{row.orgUnit.name}</Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.orgUnit.kindLabel} · {row.orgUnit.code}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t.dataEntry.status,
      width: 130,
      render: (_: unknown, row) => (
        <ApprovalTag status={row.approval.status} label={row.approval.statusLabel} />
      ),
    },
    { title: t.dataEntry.valueCount, dataIndex: "valueCount", width: 100, align: "right", render: countCell },
    {
      title: t.dataEntry.lastStep,
      width: 170,
      render: (_: unknown, row) =>
        formatDateTime(
          row.approval.cityConfirmedAt ?? row.approval.districtApprovedAt ?? row.approval.submittedAt,
        ),
    },
    {
      title: t.common.actions,
      width: 300,
      render: (_: unknown, row) => (
        <ApprovalActions orgUnit={row.orgUnit} period={period} actions={row.actions} size="small" />
      ),
    },
  ];
  return (
    <Flex vertical gap={12} data-testid="approval-queue">
      <Flex gap={12} wrap align="center">
        <Select
          value={period}
          options={choices}
          onChange={(next) => onChange({ period: next })}
          style={{ width: 180 }}
          aria-label={t.dataEntry.period}
        />
        <Segmented<ApprovalStatus | "">
          value={status}
          onChange={(next) => onChange({ status: next })}
          options={STATUS_FILTERS.map((value) => ({
            value,
            label: t.dataEntry.statusFilter[value || "all"],
          }))}
        />
      </Flex>
      <ErrorAlert error={queue.error} />
      <Table<QueueItem>
        rowKey={(row) => row.orgUnit.id}
        size="small"
        columns={columns}
        dataSource={queue.data?.items ?? []}
        loading={queue.isFetching}
        locale={{ emptyText: t.dataEntry.queueEmpty }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
      />
    </Flex>
  );
}
