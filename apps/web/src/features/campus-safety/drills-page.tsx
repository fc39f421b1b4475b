import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { DRILL_TYPE_LABELS, DRILL_TYPES, type DrillType } from "@edubureau/domain/campus-safety";
import { t } from "../../app/locale/index.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { showFormError } from "../../components/show-error.ts";
import { drillsQuery, recordDrill, safetyKeys } from "./campus-safety.api.ts";

/** Drills per school this term against the required number, and the drills held. */
export function DrillsPage() {
  const c = t.campusSafety.drills;
  const data = useQuery(drillsQuery());
  const [adding, setAdding] = useState(false);
  if (data.error) return <QueryErrorResult error={data.error} />;
  return (
    <Card
      title={data.data ? c.title(data.data.termLabel) : c.titlePlain}
      data-testid="page-campus-safety-drills"
      extra={
        <Button type="primary" onClick={() => setAdding(true)}>
          {c.add}
        </Button>
      }
    >
      <Table
        size="small"
        rowKey={(r) => r.school.id}
        loading={data.isLoading}
        dataSource={data.data?.perSchool ?? []}
        columns={[
          { title: c.district, dataIndex: "districtName" },
          { title: c.school, render: (_, r) => r.school.name },
          { title: c.held, dataIndex: "held" },
          { title: c.required, dataIndex: "required" },
          {
            title: c.status,
            render: (_, r) =>
              r.shortfall > 0 ? (
                <Tag color="orange">{c.short(r.shortfall)}</Tag>
              ) : (
                <Tag color="green">{c.met}</Tag>
              ),
          },
          { title: c.lessons, dataIndex: "lessons" },
        ]}
      />
      <Table
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        title={() => c.records}
        dataSource={data.data?.drills ?? []}
        columns={[
          { title: c.school, render: (_, r) => r.school.name },
          { title: c.type, dataIndex: "drillTypeLabel" },
          { title: c.heldOn, dataIndex: "heldOn" },
          { title: c.participants, dataIndex: "participants" },
          { title: c.problems, dataIndex: "problems" },
        ]}
      />
      {adding && (
        <DrillModal
          schools={(data.data?.perSchool ?? []).map((r) => r.school)}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}

interface Values {
  schoolId: string;
  drillType: DrillType;
  heldOn: Dayjs;
  participants: number;
  problems?: string;
}

function DrillModal({ schools, onClose }: { schools: { id: string; name: string }[]; onClose: () => void }) {
  const c = t.campusSafety.drills;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      recordDrill({ ...v, heldOn: v.heldOn.format("YYYY-MM-DD"), problems: v.problems ?? "" }),
    onSuccess: async () => {
      void message.success(t.common.saved);
      await queryClient.invalidateQueries({ queryKey: safetyKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal open title={c.add} onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ schoolId: schools.length === 1 ? schools[0]?.id : undefined }}
      >
        <Form.Item name="schoolId" label={c.school} rules={[{ required: true, message: c.schoolRequired }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={schools.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
        <Form.Item name="drillType" label={c.type} rules={[{ required: true, message: c.typeRequired }]}>
          <Select options={DRILL_TYPES.map((value) => ({ value, label: DRILL_TYPE_LABELS[value] }))} />
        </Form.Item>
        <Form.Item name="heldOn" label={c.heldOn} rules={[{ required: true, message: c.dateRequired }]}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item
          name="participants"
          label={c.participants}
          rules={[{ required: true, message: c.participantsRequired }]}
        >
          <InputNumber min={1} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="problems" label={c.problems}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
