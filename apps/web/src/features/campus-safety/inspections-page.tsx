import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Radio, Select, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { INSPECTION_TOPIC_LABELS, INSPECTION_TOPICS } from "@edubureau/domain/campus-safety";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import {
  checklistQuery,
  inspectionsQuery,
  recordInspection,
  type InspectionInput,
} from "./campus-safety.api.ts";
import { SafetyFormModal, SchoolField } from "./safety-form.tsx";

/** Inspections this year (self and spot), and schools with missed monthly self-inspections. */
export function InspectionsPage() {
  const c = t.campusSafety.inspections;
  const { role } = useSession();
  const data = useQuery(inspectionsQuery());
  const [adding, setAdding] = useState(false);
  // A school records its self-inspection; the district and the city's divisions their spot checks.
  const kind: InspectionInput["kind"] | null =
    role === "school" ? "self" : role === "district" || role === "city_division" ? "spot" : null;
  if (data.error) return <QueryErrorResult error={data.error} />;
  const missed = data.data?.missed ?? [];
  return (
    <Flex vertical gap={16} data-testid="page-campus-safety-inspections">
      <Card
        size="small"
        title={c.missedTitle}
        extra={
          kind && (
            <Button type="primary" onClick={() => setAdding(true)} data-testid="inspection-add">
              {kind === "self" ? c.addSelf : c.addSpot}
            </Button>
          )
        }
      >
        {missed.length === 0 ? (
          <Alert type="success" showIcon title={c.noneMissed} />
        ) : (
          <Table
            size="small"
            rowKey={(r) => r.school.id}
            dataSource={missed}
            scroll={{ x: "max-content" }}
            columns={[
              { title: c.school, render: (_, r) => r.school.name },
              { title: c.months, render: (_, r) => r.months.map((m) => <Tag key={m}>{m}</Tag>) },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={c.title}>
        <Table
          size="small"
          rowKey="id"
          loading={data.isLoading}
          dataSource={data.data?.items ?? []}
          scroll={{ x: "max-content" }}
          columns={[
            { title: c.school, render: (_, r) => r.school.name },
            { title: c.kind, dataIndex: "kindLabel" },
            { title: c.topic, dataIndex: "topicLabel" },
            { title: c.date, dataIndex: "inspectedOn" },
            { title: c.inspector, dataIndex: "inspector" },
            {
              title: c.failed,
              render: (_, r) =>
                r.checkedItems
                  .filter((i) => !i.ok)
                  .map((i) => (
                    <Tag key={i.item} color="red">
                      {i.item}
                    </Tag>
                  )),
            },
          ]}
        />
      </Card>
      {adding && kind && <InspectionModal kind={kind} onClose={() => setAdding(false)} />}
    </Flex>
  );
}

interface Values {
  schoolId: string;
  topic: InspectionInput["topic"];
  inspectedOn: Dayjs;
  inspector: string;
  /** The result of each checklist item, by its position. */
  checks?: Record<string, boolean>;
  findings?: string;
}

function InspectionModal({ kind, onClose }: { kind: InspectionInput["kind"]; onClose: () => void }) {
  const c = t.campusSafety.inspections;
  const [items, setItems] = useState<string[]>([]);
  return (
    <SafetyFormModal<Values>
      title={kind === "self" ? c.formTitleSelf : c.formTitleSpot}
      onClose={onClose}
      testId="inspection-form"
      initialValues={{ inspectedOn: dayjs() }}
      save={(v) =>
        recordInspection({
          schoolId: v.schoolId,
          kind,
          topic: v.topic,
          inspectedOn: v.inspectedOn.format("YYYY-MM-DD"),
          inspector: v.inspector,
          checkedItems: items.map((item, i) => ({ item, ok: v.checks?.[String(i)] ?? true })),
          findings: v.findings ?? "",
        })
      }
    >
      <SchoolField label={c.school} required={c.schoolRequired} />
      <Form.Item name="topic" label={c.topic} rules={[{ required: true, message: c.topicRequired }]}>
        <Select
          data-testid="inspection-topic"
          options={INSPECTION_TOPICS.map((value) => ({ value, label: INSPECTION_TOPIC_LABELS[value] }))}
        />
      </Form.Item>
      <Form.Item name="inspectedOn" label={c.date} rules={[{ required: true, message: c.dateRequired }]}>
        <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
      </Form.Item>
      <Form.Item
        name="inspector"
        label={c.inspector}
        rules={[{ required: true, whitespace: true, message: c.inspectorRequired }]}
      >
        <Input maxLength={50} data-testid="inspection-inspector" />
      </Form.Item>
      <Checklist onItems={setItems} />
      <Form.Item name="findings" label={c.findings}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </SafetyFormModal>
  );
}

/** The topic's checklist for the inspection's month (seasonal items only in their months), one result each. */
function Checklist({ onItems }: { onItems: (items: string[]) => void }) {
  const c = t.campusSafety.inspections;
  const topic = Form.useWatch<InspectionInput["topic"] | undefined>("topic");
  const on = Form.useWatch<Dayjs | undefined>("inspectedOn");
  const month = (on ?? dayjs()).month() + 1;
  const list = useQuery({ ...checklistQuery(topic ?? "fire", month), enabled: topic !== undefined });
  const items = topic ? (list.data?.items ?? []) : [];
  const key = items.join("\n");
  // The items recorded with the results: whatever list is on screen when the form is sent.
  useEffect(() => onItems(key ? key.split("\n") : []), [key, onItems]);
  if (!topic) return null;
  return (
    <Form.Item label={c.checklist} extra={c.checklistHint}>
      {items.length === 0 && !list.isLoading && <Alert type="info" title={c.noChecklist} />}
      <Flex vertical gap={8} data-testid="inspection-checklist">
        {items.map((item, i) => (
          <Flex key={item} justify="space-between" align="center" gap={8} wrap>
            <span>{item}</span>
            <Form.Item name={["checks", String(i)]} initialValue={true} noStyle>
              <Radio.Group
                size="small"
                optionType="button"
                options={[
                  { value: true, label: c.ok },
                  { value: false, label: c.notOk },
                ]}
              />
            </Form.Item>
          </Flex>
        ))}
      </Flex>
    </Form.Item>
  );
}
