import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Form, InputNumber, Modal, Row, Statistic, Switch, Table, Tag } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { showFormError } from "../../components/show-error.ts";
import { UpgradeProgramme } from "./upgrade-programme.tsx";
import {
  complianceQuery,
  safetyKeys,
  saveRegister,
  type RegisterInput,
  type SchoolCompliance,
} from "./campus-safety.api.ts";

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);
const STATUS_COLOURS: Record<string, string> = {
  compliant: "green",
  non_compliant: "red",
  no_register: "orange",
  not_applicable: "default",
};

/** 三防 compliance: the scope's rate, per district, per school with the unmet items; the register per school. */
export function CompliancePage() {
  const c = t.campusSafety.compliance;
  const data = useQuery(complianceQuery());
  const [editing, setEditing] = useState<SchoolCompliance | null>(null);
  if (data.error) return <QueryErrorResult error={data.error} />;
  const total = data.data?.total;
  return (
    <Card title={c.title} data-testid="page-campus-safety-compliance">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Statistic title={c.rate} value={percent(total?.rate ?? null)} />
        </Col>
        <Col span={6}>
          <Statistic title={c.schools} value={total?.schools ?? 0} />
        </Col>
        <Col span={6}>
          <Statistic title={c.compliant} value={total?.compliant ?? 0} />
        </Col>
        <Col span={6}>
          <Statistic title={c.noRegister} value={total?.noRegister ?? 0} />
        </Col>
      </Row>
      {(data.data?.districts.length ?? 0) > 1 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          style={{ marginBottom: 16 }}
          dataSource={data.data?.districts ?? []}
          columns={[
            { title: c.district, dataIndex: "name" },
            { title: c.schools, dataIndex: "schools" },
            { title: c.compliant, dataIndex: "compliant" },
            { title: c.rate, dataIndex: "rate", render: (v: number | null) => percent(v) },
          ]}
        />
      )}
      <Table
        size="small"
        rowKey={(r) => r.school.id}
        loading={data.isLoading}
        dataSource={data.data?.schools ?? []}
        columns={[
          { title: c.district, dataIndex: "districtName" },
          { title: c.school, render: (_, r) => r.school.name },
          { title: c.type, dataIndex: "typeLabel" },
          { title: c.status, render: (_, r) => <Tag color={STATUS_COLOURS[r.status]}>{r.statusLabel}</Tag> },
          {
            title: c.unmet,
            render: (_, r) =>
              r.items
                .filter((i) => !i.met)
                .map((i) => (
                  <Tag key={i.item} color="red">
                    {typeof i.required === "number"
                      ? c.needs(i.label, i.actual as number, i.required)
                      : i.label}
                  </Tag>
                )),
          },
          {
            title: "",
            render: (_, r) =>
              r.canEdit && (
                <Button size="small" onClick={() => setEditing(r)}>
                  {c.edit}
                </Button>
              ),
          },
        ]}
      />
      {editing && <RegisterModal school={editing} onClose={() => setEditing(null)} />}
      <div style={{ marginTop: 16 }}>
        <UpgradeProgramme />
      </div>
    </Card>
  );
}

const EMPTY: RegisterInput = {
  enrolment: 0,
  guards: 0,
  closedManagement: false,
  alarmLinked: false,
  entranceVideo: false,
  videoRetentionDays: 0,
  vehicleBarriers: false,
  escortPost: false,
};

function RegisterModal({ school, onClose }: { school: SchoolCompliance; onClose: () => void }) {
  const c = t.campusSafety.compliance;
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterInput>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: RegisterInput) => saveRegister(school.school.id, v),
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
      title={c.editTitle(school.school.name)}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={school.register ?? EMPTY}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="enrolment" label={c.fields.enrolment} rules={[{ required: true }]}>
          <InputNumber min={0} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="guards" label={c.fields.guards} rules={[{ required: true }]}>
          <InputNumber min={0} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="videoRetentionDays" label={c.fields.videoRetentionDays} rules={[{ required: true }]}>
          <InputNumber min={0} style={{ width: "100%" }} />
        </Form.Item>
        {(["closedManagement", "alarmLinked", "entranceVideo", "vehicleBarriers", "escortPost"] as const).map(
          (key) => (
            <Form.Item key={key} name={key} label={c.fields[key]} valuePropName="checked">
              <Switch />
            </Form.Item>
          ),
        )}
      </Form>
    </Modal>
  );
}
