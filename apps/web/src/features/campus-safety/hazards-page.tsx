import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Segmented, Select, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { HAZARD_LEVEL_LABELS, HAZARD_LEVELS, type HazardLevel } from "@edubureau/domain/campus-safety";
import { t } from "../../app/locale/index.ts";
import { showFormError } from "../../components/show-error.ts";
import {
  complianceQuery,
  hazardsQuery,
  reportHazard,
  safetyKeys,
  transitionHazard,
  type Hazard,
  type HazardAction,
} from "./campus-safety.api.ts";

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
  );
}

function StepModal({ hazard, action, onClose }: { hazard: Hazard; action: Action; onClose: () => void }) {
  const c = t.campusSafety.hazards;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ responsible?: string; deadline?: Dayjs; evidence?: string; note?: string }>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: { responsible?: string; deadline?: Dayjs; evidence?: string; note?: string }) =>
      transitionHazard(hazard.id, {
        action,
        responsible: v.responsible,
        deadline: v.deadline?.format("YYYY-MM-DD"),
        evidence: v.evidence,
        note: v.note,
      }),
    onSuccess: async () => {
      void message.success(t.common.saved);
      await queryClient.invalidateQueries({ queryKey: safetyKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={`${c.actionLabels[action]}：${hazard.title}`}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
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
      </Form>
    </Modal>
  );
}

function ReportModal({ onClose }: { onClose: () => void }) {
  const c = t.campusSafety.hazards;
  const { message } = App.useApp();
  const schools = useQuery(complianceQuery());
  const [form] = Form.useForm<{
    schoolId: string;
    level: HazardLevel;
    title: string;
    description?: string;
    responsible?: string;
    deadline?: Dayjs;
  }>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: {
      schoolId: string;
      level: HazardLevel;
      title: string;
      description?: string;
      responsible?: string;
      deadline?: Dayjs;
    }) =>
      reportHazard({ ...v, description: v.description ?? "", deadline: v.deadline?.format("YYYY-MM-DD") }),
    onSuccess: async () => {
      void message.success(t.common.saved);
      await queryClient.invalidateQueries({ queryKey: safetyKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={c.report}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ level: "general" }}
      >
        <Form.Item name="schoolId" label={c.school} rules={[{ required: true, message: c.schoolRequired }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(schools.data?.schools ?? []).map((s) => ({ value: s.school.id, label: s.school.name }))}
          />
        </Form.Item>
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
      </Form>
    </Modal>
  );
}
