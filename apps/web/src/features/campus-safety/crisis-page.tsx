import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  Radio,
  Select,
  Table,
  Tag,
  Timeline,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { CRISIS_RISK_LABELS, CRISIS_RISKS, FOLLOW_UP_DAYS } from "@edubureau/domain/campus-safety";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import {
  createCrisisCase,
  crisisCaseQuery,
  crisisQuery,
  recordFollowUp,
  type CrisisDetail,
  type CrisisInput,
} from "./campus-safety.api.ts";
import { SafetyFormModal, SchoolField } from "./safety-form.tsx";

const RISK_COLOURS = { high: "red", medium: "orange", low: "blue" } as const;
const riskOptions = CRISIS_RISKS.map((value) => ({ value, label: CRISIS_RISK_LABELS[value] }));
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), "day");

/**
 * 心理危机个案: full rows for named crisis officers, masked rows for everyone else. The server audits every
 * full view, so a case is fetched only when its reader opens it — never ahead, never refetched behind them.
 */
export function CrisisPage() {
  const c = t.campusSafety.crisis;
  const list = useQuery(crisisQuery());
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  if (list.error) return <QueryErrorResult error={list.error} />;
  const full = list.data?.fullAccess ?? false;
  return (
    <Card
      title={c.title}
      data-testid="page-campus-safety-crisis"
      extra={
        full && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="crisis-add">
            {c.add}
          </Button>
        )
      }
    >
      <Alert
        style={{ marginBottom: 16 }}
        type={full ? "warning" : "info"}
        showIcon
        title={full ? c.audited : c.masked}
      />
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: "max-content" }}
        onRow={(row) => ({
          onClick: () => !row.masked && setOpenId(row.id),
          style: row.masked ? undefined : { cursor: "pointer" },
        })}
        columns={[
          { title: c.school, render: (_, r) => r.school.name },
          { title: c.subject, dataIndex: "subjectName" },
          { title: c.kind, render: (_, r) => c.kinds[r.subjectKind] },
          { title: c.risk, render: (_, r) => <Tag color={RISK_COLOURS[r.risk]}>{r.riskLabel}</Tag> },
          { title: c.nextFollowUp, render: (_, r) => <NextFollowUp row={r} /> },
          { title: c.status, render: (_, r) => c.statuses[r.status] },
        ]}
      />
      {openId && <CrisisDrawer id={openId} onClose={() => setOpenId(null)} />}
      {adding && <CrisisModal onClose={() => setAdding(false)} />}
    </Card>
  );
}

function NextFollowUp({ row }: { row: { nextFollowUp: string; followUpOverdue: boolean; status: string } }) {
  const c = t.campusSafety.crisis;
  if (row.status === "closed") return <span>—</span>;
  return (
    <span style={{ color: row.followUpOverdue ? "#cf1322" : undefined }}>
      {row.nextFollowUp}
      {row.followUpOverdue && ` ${c.overdue}`}
    </span>
  );
}

function CrisisDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const c = t.campusSafety.crisis;
  const detail = useQuery(crisisCaseQuery(id));
  const [following, setFollowing] = useState(false);
  const d = detail.data;
  return (
    <Drawer
      open
      size="min(560px, 100vw)"
      onClose={onClose}
      title={d?.subjectName ?? c.title}
      extra={
        d?.status === "open" && (
          <Button type="primary" onClick={() => setFollowing(true)} data-testid="crisis-follow-up">
            {c.addFollowUp}
          </Button>
        )
      }
    >
      <ErrorAlert error={detail.error} />
      {d && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={c.school}>{d.school.name}</Descriptions.Item>
            <Descriptions.Item label={c.risk}>
              <Tag color={RISK_COLOURS[d.risk]}>{d.riskLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={c.openedOn}>{d.openedOn}</Descriptions.Item>
            <Descriptions.Item label={c.summary}>{d.summary}</Descriptions.Item>
            <Descriptions.Item label={c.intervention}>{d.intervention || "—"}</Descriptions.Item>
            <Descriptions.Item label={c.nextFollowUp}>
              <NextFollowUp row={d} />
              {d.status === "open" && (
                <div style={{ color: "rgba(0,0,0,0.45)" }}>
                  {c.schedule(d.riskLabel, FOLLOW_UP_DAYS[d.risk])}
                </div>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Card size="small" title={c.followUps} style={{ marginTop: 16 }}>
            {d.followUps.length === 0 ? (
              <Empty description={c.noFollowUps} />
            ) : (
              <Timeline items={d.followUps.map((f) => ({ content: `${f.onDate} ${f.note}` }))} />
            )}
          </Card>
        </>
      )}
      {following && d && <FollowUpModal detail={d} onClose={() => setFollowing(false)} />}
    </Drawer>
  );
}

interface CaseValues extends Omit<CrisisInput, "openedOn" | "intervention"> {
  openedOn: Dayjs;
  intervention?: string;
}

function CrisisModal({ onClose }: { onClose: () => void }) {
  const c = t.campusSafety.crisis;
  return (
    <SafetyFormModal<CaseValues>
      title={c.add}
      onClose={onClose}
      testId="crisis-form"
      initialValues={{ subjectKind: "student", openedOn: dayjs() }}
      save={(v) =>
        createCrisisCase({
          ...v,
          openedOn: v.openedOn.format("YYYY-MM-DD"),
          intervention: v.intervention ?? "",
        })
      }
    >
      <SchoolField label={c.school} required={c.schoolRequired} />
      <Form.Item
        name="subjectKind"
        label={c.kind}
        rules={[{ required: true, message: c.subjectKindRequired }]}
      >
        <Radio.Group
          options={(["student", "staff"] as const).map((value) => ({ value, label: c.kinds[value] }))}
        />
      </Form.Item>
      <Form.Item
        name="subjectName"
        label={c.subjectName}
        rules={[{ required: true, whitespace: true, message: c.subjectNameRequired }]}
      >
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item name="risk" label={c.risk} rules={[{ required: true, message: c.riskRequired }]}>
        <Radio.Group options={riskOptions} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={c.summary}
        rules={[{ required: true, whitespace: true, message: c.summaryRequired }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="intervention" label={c.intervention}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="openedOn" label={c.openedOn} rules={[{ required: true, message: c.openedOnRequired }]}>
        <DatePicker style={{ width: "100%" }} disabledDate={notFuture} />
      </Form.Item>
    </SafetyFormModal>
  );
}

interface FollowUpValues {
  onDate: Dayjs;
  note: string;
  risk?: CrisisInput["risk"];
  close?: boolean;
}

function FollowUpModal({ detail, onClose }: { detail: CrisisDetail; onClose: () => void }) {
  const c = t.campusSafety.crisis;
  return (
    <SafetyFormModal<FollowUpValues>
      title={c.addFollowUp}
      onClose={onClose}
      testId="follow-up-form"
      initialValues={{ onDate: dayjs() }}
      save={(v) =>
        recordFollowUp(detail.id, {
          onDate: v.onDate.format("YYYY-MM-DD"),
          note: v.note,
          risk: v.risk,
          close: v.close ?? false,
        })
      }
    >
      <Form.Item
        name="onDate"
        label={c.followUpDate}
        rules={[{ required: true, message: c.followUpDateRequired }]}
      >
        <DatePicker style={{ width: "100%" }} disabledDate={notFuture} />
      </Form.Item>
      <Form.Item
        name="note"
        label={c.followUpNote}
        rules={[{ required: true, whitespace: true, message: c.followUpNoteRequired }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="risk" label={c.newRisk}>
        <Select allowClear placeholder={c.newRiskPlaceholder} options={riskOptions} />
      </Form.Item>
      <Form.Item name="close" valuePropName="checked">
        <Checkbox>{c.closeCase}</Checkbox>
      </Form.Item>
    </SafetyFormModal>
  );
}
