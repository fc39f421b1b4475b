import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, DatePicker, Flex, Space, Statistic, Table, Tabs, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { useSession } from "../../app/session/session-context.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { AcceptModal, AssignmentModal, EthicsModal, ReplyModal } from "./duty-forms.tsx";
import {
  complaintsQuery,
  coverageQuery,
  extendComplaint,
  type Complaint,
  type Coverage,
} from "./inspectorate.api.ts";
import { useAction } from "./use-action.ts";
import { formatPercent } from "../../app/format.ts";

const D = t.inspectorate.duty;
const C = t.inspectorate.complaints;

function CoverageTab({ canAssign }: { canAssign: boolean }) {
  const [month, setMonth] = useState(dayjs().format("YYYY-MM"));
  const [editing, setEditing] = useState<string | null>(null);
  const coverage = useQuery(coverageQuery(month));
  const c = coverage.data;
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Flex gap={16} align="center" wrap>
        <DatePicker
          picker="month"
          value={dayjs(`${month}-01`)}
          onChange={(v) => v && setMonth(v.format("YYYY-MM"))}
        />
        {c && <Statistic title={D.coverage} value={D.covered(c.coveredSchools, c.totalSchools)} />}
        {c && (
          <Statistic
            title={D.monthly}
            value={c.monthlyCoverage === null ? t.inspectorate.noData : formatPercent(c.monthlyCoverage)}
          />
        )}
        {c?.ok && <Tag color="green">{D.ok}</Tag>}
      </Flex>
      <ErrorAlert error={coverage.error} />
      {c && c.uncovered.length > 0 && (
        <Alert type="warning" title={`${D.uncovered}：${c.uncovered.map((u) => u.name).join("、")}`} />
      )}
      <Table<Coverage["inspectors"][number]>
        size="small"
        rowKey="id"
        dataSource={c?.inspectors ?? []}
        columns={[
          { title: D.inspector, dataIndex: "name" },
          {
            title: D.schools,
            render: (_, i) =>
              i.schools < 5 ? <Tag color="red">{`${i.schools} · ${D.under}`}</Tag> : i.schools,
          },
          { title: D.visits, dataIndex: "visits" },
          { title: D.monthly, render: (_, i) => formatPercent(i.coverage) },
          ...(canAssign
            ? [
                {
                  title: "",
                  render: (_: unknown, i: Coverage["inspectors"][number]) => (
                    <Button size="small" onClick={() => setEditing(i.id)} data-testid="assign-schools">
                      {D.assign}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <AssignmentModal inspectorId={editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}

function ComplaintsTab() {
  const complaints = useQuery(complaintsQuery());
  const extend = useAction((id: string) => extendComplaint(id), t.inspectorate.saved);
  const [open, setOpen] = useState<{ kind: "accept" | "reply" | "ethics"; complaint: Complaint } | null>(
    null,
  );
  const close = () => setOpen(null);
  return (
    <>
      <ErrorAlert error={complaints.error} />
      <Table<Complaint>
        size="small"
        rowKey="id"
        dataSource={complaints.data?.items ?? []}
        columns={[
          { title: C.topic, dataIndex: "topicLabel", width: 110 },
          { title: C.content, dataIndex: "content" },
          { title: C.school, render: (_, c) => c.school?.name ?? "—" },
          { title: C.receivedOn, dataIndex: "receivedOn", width: 110 },
          {
            title: C.replyDeadline,
            render: (_, c) => c.replyDeadline ?? `${C.acceptDeadline} ${c.acceptDeadline}`,
          },
          {
            title: C.state,
            render: (_, c) => <Tag color={c.state.includes("overdue") ? "red" : "blue"}>{c.stateLabel}</Tag>,
          },
          { title: C.assignee, render: (_, c) => c.assignee?.name ?? "—" },
          {
            title: "",
            render: (_, c) => (
              <Space wrap size={4}>
                {c.acceptedOn === null && (
                  <Button size="small" onClick={() => setOpen({ kind: "accept", complaint: c })}>
                    {C.accept}
                  </Button>
                )}
                {c.acceptedOn !== null && c.repliedOn === null && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setOpen({ kind: "reply", complaint: c })}
                  >
                    {C.reply}
                  </Button>
                )}
                {c.acceptedOn !== null && c.repliedOn === null && c.extensionDays === 0 && (
                  <Button size="small" onClick={() => extend.mutate(c.id)}>
                    {C.extend}
                  </Button>
                )}
                {c.canLinkEthics && (
                  <Button size="small" danger onClick={() => setOpen({ kind: "ethics", complaint: c })}>
                    {C.ethics}
                  </Button>
                )}
                {c.ethicsRecordId !== null && <Tag color="purple">{C.ethicsLinked}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {open?.kind === "accept" && <AcceptModal complaint={open.complaint} onClose={close} />}
      {open?.kind === "reply" && <ReplyModal complaint={open.complaint} onClose={close} />}
      {open?.kind === "ethics" && <EthicsModal complaint={open.complaint} onClose={close} />}
    </>
  );
}

/** 责任督学挂牌督导 coverage and the 举报 desk. */
export function DutyPage() {
  const me = useSession();
  return (
    <Card data-testid="page-inspectorate-duty">
      <Typography.Title level={4}>{D.title}</Typography.Title>
      <Tabs
        items={[
          {
            key: "coverage",
            label: D.title,
            children: <CoverageTab canAssign={hasPermission(me, "inspectorate.inspect")} />,
          },
          ...(hasPermission(me, "inspectorate.inspect")
            ? [{ key: "complaints", label: C.title, children: <ComplaintsTab /> }]
            : []),
        ]}
      />
    </Card>
  );
}
