import { useQuery } from "@tanstack/react-query";
import { Badge, Card, Flex, Segmented, Table, Tag } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { formatDateTime } from "../../app/format.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { incidentsQuery } from "./campus-safety.api.ts";
import { IncidentDrawer } from "./incident-drawer.tsx";
import { SeverityTag } from "./severity-tag.tsx";
import { useSafetyEvents } from "./use-safety-events.ts";

/** The district's (or the city's) incident queue: open first, 签收 in the drawer; live over SSE. */
export function IncidentQueuePage() {
  const c = t.campusSafety.queue;
  const live = useSafetyEvents();
  const [status, setStatus] = useState<"open" | "reported" | "closed">("open");
  const list = useQuery(incidentsQuery({ status, limit: 200 }));
  const [openId, setOpenId] = useState<string | null>(null);
  if (list.error) return <QueryErrorResult error={list.error} />;
  return (
    <Card
      data-testid="page-campus-safety-queue"
      title={c.title}
      extra={
        <Badge
          status={live ? "success" : "default"}
          text={live ? t.campusSafety.board.live : t.campusSafety.board.offline}
        />
      }
    >
      <Flex style={{ marginBottom: 16 }}>
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as "open" | "reported" | "closed")}
          options={[
            { value: "open", label: c.open },
            { value: "reported", label: c.awaiting },
            { value: "closed", label: c.closed },
          ]}
        />
      </Flex>
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: "pointer" } })}
        data-testid="incident-queue"
        columns={[
          {
            title: c.severity,
            render: (_, i) => <SeverityTag severity={i.severity} label={i.severityLabel} />,
          },
          { title: c.school, render: (_, i) => i.school.name },
          {
            title: c.incident,
            dataIndex: "title",
            render: (title: string) => <span data-testid="queue-title">{title}</span>,
          },
          { title: c.reportedAt, render: (_, i) => formatDateTime(i.reportedAt) },
          {
            title: c.acknowledgeBy,
            render: (_, i) => (i.status === "reported" ? formatDateTime(i.acknowledgeBy) : "—"),
          },
          {
            title: c.status,
            render: (_, i) => (
              <Flex gap={4} wrap>
                <Tag color={i.status === "reported" ? "orange" : i.status === "closed" ? "default" : "blue"}>
                  {i.statusLabel}
                </Tag>
                {i.overdue.length > 0 && <Tag color="red">{c.overdue}</Tag>}
              </Flex>
            ),
          },
        ]}
      />
      {openId && <IncidentDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Card>
  );
}
