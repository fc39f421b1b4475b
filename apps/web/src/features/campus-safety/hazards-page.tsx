import { useQuery } from "@tanstack/react-query";
import { Button, Card, DatePicker, Flex, Form, Input, Segmented, Select, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { HAZARD_LEVEL_LABELS, HAZARD_LEVELS, type HazardLevel } from "@edubureau/domain/campus-safety";
import { t } from "../../app/locale/index.ts";
import {
  hazardDistrictsQuery,
  hazardsQuery,
  reportHazard,
  transitionHazard,
  type Hazard,
  type HazardAction,
} from "./campus-safety.api.ts";
import { SafetyFormModal, SchoolField } from "./safety-form.tsx";

type Action = HazardAction["action"];

/** 隐患: the open-hazard table of the scope, with each step the account may take. */
export function HazardsPage() {
  const c = t.campusSafety.hazards;
  const [status, setStatus] = useState("open");
  const list = useQuery(hazardsQuery(status));
  const [step, setStep] = useState<{ hazard: Hazard; action: Action } | null>(null);
  const [reporting, setReporting] = useState(false);
  const actions = (h: Hazard): Action[] => {
    const out: Action[] = [];
    if (h.abilities.rectify && h.status === "reported") out.push("assign");
    if (h.abilities.rectify && h.status === "assigned") out.push("rectify");
    if (h.abilities.verify && h.status === "rectified") out.push("verify", "reject");
    if (h.abilities.verify && h.status === "verified") out.push("close");
    return out;
  };
  return (
    <Flex vertical gap={16}>
      <DistrictTable />
      <Card
        title={c.title}
        data-testid="page-campus-safety-hazards"
        extra={
          <Button type="primary" onClick={() => setReporting(true)}>
            {c.report}
          </Button>
        }
      >
        <Segmented
          style={{ marginBottom: 16 }}
          value={status}
          onChange={(v) => setStatus(v)}
          options={[
            { value: "open", label: c.open },
            { value: "overdue", label: c.overdue },
            { value: "closed", label: c.closed },
          ]}
        />
        <Table
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: "max-content" }}
          columns={[
            { title: c.district, dataIndex: "districtName" },
            { title: c.school, render: (_, h) => h.school.name },
            { title: c.hazard, dataIndex: "title" },
            { title: c.level, dataIndex: "levelLabel" },
            { title: c.responsible, dataIndex: "responsible" },
            {
              title: c.deadline,
              render: (_, h) => (
                <span style={{ color: h.overdue ? "#cf1322" : undefined }}>{h.deadline ?? "—"}</span>
              ),
            },
            {
              title: c.status,
              render: (_, h) => (
                <Flex gap={4}>
                  <Tag>{h.statusLabel}</Tag>
                  {h.overdue && <Tag color="red">{c.overdueTag}</Tag>}
                  {h.escalatedOn && <Tag color="volcano">{c.supervised}</Tag>}
                </Flex>
              ),
            },
            {
              title: c.actions,
              render: (_, h) => (
                <Flex gap={4} wrap>
                  {actions(h).map((action) => (
                    <Button key={action} size="small" onClick={() => setStep({ hazard: h, action })}>
                      {c.actionLabels[action]}
                    </Button>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
        {step && <StepModal hazard={step.hazard} action={step.action} onClose={() => setStep(null)} />}
        {reporting && <ReportModal onClose={() => setReporting(false)} />}
      </Card>
    </Flex>
  );
}

/** The open-hazard table per district of the scope (counted on the server, so not limited to one page). */
function DistrictTable() {
  const c = t.campusSafety.hazards;
  const rows = useQuery(hazardDistrictsQuery());
  return (
    <Card size="small" title={c.byDistrict} data-testid="hazards-by-district">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={rows.isLoading}
        dataSource={rows.data?.items ?? []}
        scroll={{ x: "max-content" }}
        columns={[
          { title: c.district, dataIndex: "name" },
          { title: c.openCount, dataIndex: "open" },
          {
            title: c.overdueCount,
            render: (_, r) => (
              <span style={{ color: r.overdue > 0 ? "#cf1322" : undefined }}>{r.overdue}</span>
            ),
          },
          { title: c.majorCount, dataIndex: "major" },
        ]}
      />
    </Card>
  );
}

interface StepValues {
  responsible?: string;
  deadline?: Dayjs;
  evidence?: string;
  note?: string;
}

function StepModal({ hazard, action, onClose }: { hazard: Hazard; action: Action; onClose: () => void }) {
  const c = t.campusSafety.hazards;
  return (
    <SafetyFormModal<StepValues>
      title={`${c.actionLabels[action]}：${hazard.title}`}
      onClose={onClose}
      save={(v) =>
        transitionHazard(hazard.id, {
          action,
          responsible: v.responsible,
          deadline: v.deadline?.format("YYYY-MM-DD"),
          evidence: v.evidence,
          note: v.note,
        })
      }
    >
      {action === "assign" && (
        <>
          <Form.Item
            name="responsible"
            label={c.responsible}
            rules={[{ required: true, message: c.responsibleRequired }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={c.deadline}
            rules={[{ required: true, message: c.deadlineRequired }]}
          >
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </>
      )}
      {(action === "rectify" || action === "close") && (
        <Form.Item name="evidence" label={c.evidence} extra={c.evidenceHint}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
      <Form.Item name="note" label={c.note}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </SafetyFormModal>
  );
}

interface ReportValues {
  schoolId: string;
  level: HazardLevel;
  title: string;
  description?: string;
  responsible?: string;
  deadline?: Dayjs;
}

function ReportModal({ onClose }: { onClose: () => void }) {
  const c = t.campusSafety.hazards;
  return (
    <SafetyFormModal<ReportValues>
      title={c.report}
      onClose={onClose}
      testId="hazard-form"
      initialValues={{ level: "general" }}
      save={(v) =>
        reportHazard({ ...v, description: v.description ?? "", deadline: v.deadline?.format("YYYY-MM-DD") })
      }
    >
      <SchoolField label={c.school} required={c.schoolRequired} />
      <Form.Item name="level" label={c.level} rules={[{ required: true }]}>
        <Select options={HAZARD_LEVELS.map((value) => ({ value, label: HAZARD_LEVEL_LABELS[value] }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={c.hazard}
        rules={[{ required: true, whitespace: true, message: c.titleRequired }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={c.description}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="responsible" label={c.responsible}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="deadline" label={c.deadline} extra={c.deadlineHint}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
    </SafetyFormModal>
  );
}
