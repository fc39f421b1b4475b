import { useQuery } from "@tanstack/react-query";
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { useSession } from "../../app/session/session-context.ts";
import { api } from "../../app/api.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { createPlan, plansQuery, type Plan, type PlanBody } from "./inspectorate.api.ts";
import { useAction } from "./use-action.ts";

const T = t.inspectorate;
const P = T.plans;
const TOPICS: Record<PlanBody["topic"], string> = {
  ethics: "师德师风",
  burden: "学生减负",
  conduct: "规范办学行为",
  safety: "校园安全",
  other: "其他",
};

interface PlanForm {
  title: string;
  topic: PlanBody["topic"];
  unannounced: boolean;
  dates: [Dayjs, Dayjs];
  sampleSize: number;
  scopeUnitId: string;
  checklist: string;
  public: boolean;
}

function CreatePlanModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useSession();
  const [form] = Form.useForm<PlanForm>();
  const roots = useQuery({
    queryKey: ["inspectorate", "scope-roots"],
    queryFn: () => api.GET("/api/org-units/roots"),
    enabled: open,
  });
  const city = roots.data?.items[0];
  const districts = useQuery({
    queryKey: ["inspectorate", "scope-districts", city?.id],
    queryFn: () => api.GET("/api/org-units/{id}/children", { params: { path: { id: city?.id ?? "" } } }),
    enabled: city !== undefined,
  });
  const scopes = [
    ...(city ? [{ value: city.id, label: city.name }] : []),
    ...(districts.data?.items ?? [])
      .filter((u) => u.kind === "district")
      .map((u) => ({ value: u.id, label: u.name })),
  ];
  const create = useAction((body: PlanBody) => createPlan(body), P.created);
  return (
    <Modal
      open={open}
      title={P.create}
      onCancel={onClose}
      confirmLoading={create.isPending}
      onOk={() =>
        void form.validateFields().then((v) => {
          const next: PlanBody = {
            title: v.title,
            topic: v.topic,
            unannounced: v.unannounced,
            startsOn: v.dates[0].format("YYYY-MM-DD"),
            endsOn: v.dates[1].format("YYYY-MM-DD"),
            sampleSize: v.sampleSize,
            scopeUnitId: v.scopeUnitId,
            inspectorIds: [me.id],
            checklist: v.checklist
              .split("\n")
              .map((q) => q.trim())
              .filter((q) => q.length > 0)
              .map((question, i) => ({ code: `C${i + 1}`, question })),
            public: v.public,
          };
          create.mutate(next, { onSuccess: onClose });
        })
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ topic: "burden", unannounced: true, sampleSize: 10, public: true }}
      >
        <Form.Item name="title" label={P.name} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="topic" label={P.topic}>
          <Select options={Object.entries(TOPICS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="unannounced" valuePropName="checked">
          <Checkbox>{P.unannounced}</Checkbox>
        </Form.Item>
        <Form.Item name="dates" label={P.period} rules={[{ required: true }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="scopeUnitId" label={P.scope} rules={[{ required: true }]}>
          <Select options={scopes} loading={roots.isLoading || districts.isLoading} />
        </Form.Item>
        <Form.Item name="sampleSize" label={P.sampleSize}>
          <InputNumber min={1} max={500} />
        </Form.Item>
        <Form.Item name="checklist" label={P.checklist} rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="public" valuePropName="checked">
          <Checkbox>{P.public}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 专项督导计划: list, and a new plan with its random sample drawn at once. */
export function InspectionPlansPage() {
  const me = useSession();
  const plans = useQuery(plansQuery());
  const [creating, setCreating] = useState(false);
  return (
    <Card data-testid="page-inspectorate-plans">
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {P.title}
        </Typography.Title>
        {hasPermission(me, "inspectorate.inspect") && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {P.create}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">{P.sealedNote}</Typography.Paragraph>
      <ErrorAlert error={plans.error} />
      <Table<Plan>
        size="small"
        rowKey="id"
        loading={plans.isFetching}
        dataSource={plans.data?.items ?? []}
        columns={[
          { title: P.name, render: (_, p) => <Link to={`/inspectorate/plans/${p.id}`}>{p.title}</Link> },
          { title: P.topic, dataIndex: "topicLabel" },
          { title: "", render: (_, p) => <Tag>{p.unannounced ? P.unannounced : P.announced}</Tag> },
          { title: P.period, render: (_, p) => `${p.startsOn} ~ ${p.endsOn}` },
          { title: P.inspectors, render: (_, p) => p.inspectors.map((i) => i.name).join("、") },
          { title: P.visits, render: (_, p) => P.recorded(p.recordedVisits, p.visibleVisits) },
          { title: "", render: (_, p) => (p.isMember ? <Tag color="blue">{P.member}</Tag> : null) },
        ]}
      />
      <CreatePlanModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
