import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  InputNumber,
  Row,
  Statistic,
  Switch,
  Table,
  Tag,
  Tooltip,
} from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { SafetyFormModal } from "./safety-form.tsx";
import { UpgradeProgramme } from "./upgrade-programme.tsx";
import {
  complianceQuery,
  saveRegister,
  type Compliance,
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
                  <Tag key={i.item} color={i.reference ? "orange" : "red"}>
                    {typeof i.required === "number"
                      ? c.needs(i.label, i.actual as number, i.required)
                      : i.label}
                    {i.reference && `（${c.reference}）`}
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
      {data.data && <StandardsTable standards={data.data.standards} />}
      <div style={{ marginTop: 16 }}>
        <UpgradeProgramme />
      </div>
    </Card>
  );
}

/** Each 三防 item's rule and its source; figures the platform could not check are marked 参考值. */
function StandardsTable({ standards }: { standards: Compliance["standards"] }) {
  const c = t.campusSafety.compliance;
  const rows = standards.flatMap((s) => [
    {
      key: s.item,
      label: s.label,
      defence: s.defence,
      rule: s.rule,
      source: s.source,
      reference: s.reference,
    },
    ...s.more.map((m, i) => ({ key: `${s.item}-${i}`, label: s.label, defence: s.defence, ...m })),
  ]);
  return (
    <Card size="small" title={c.standardsTitle} style={{ marginTop: 16 }} data-testid="safety-standards">
      <Alert type="info" showIcon title={c.standardsHint} style={{ marginBottom: 12 }} />
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: c.item, dataIndex: "label" },
          { title: c.defence, render: (_, r) => c.defences[r.defence] },
          {
            title: c.rule,
            render: (_, r) => (
              <Flex gap={4} wrap align="center">
                <span>{r.rule}</span>
                {r.reference && (
                  <Tooltip title={c.referenceTip}>
                    <Tag color="orange" data-testid="reference-value">
                      {c.reference}
                    </Tag>
                  </Tooltip>
                )}
              </Flex>
            ),
          },
          { title: c.source, dataIndex: "source" },
        ]}
      />
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
  return (
    <SafetyFormModal<RegisterInput>
      title={c.editTitle(school.school.name)}
      onClose={onClose}
      initialValues={school.register ?? EMPTY}
      save={(v) => saveRegister(school.school.id, v)}
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
    </SafetyFormModal>
  );
}
