import { useQuery } from "@tanstack/react-query";
import { Button, Card, Checkbox, Form, Input, Radio, Select, Table, Tag } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { formatDateTime } from "../../app/format.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import {
  complianceQuery,
  createOpinion,
  incidentsQuery,
  opinionQuery,
  respondOpinion,
  type Opinion,
  type OpinionInput,
  type OpinionUpdate,
} from "./campus-safety.api.ts";
import { SafetyFormModal } from "./safety-form.tsx";

const LEVEL_COLOURS = { high: "red", medium: "orange", low: "blue" } as const;

/** 舆情: the event log of the scope (source, level, response, closure), linked to an incident where there is one. */
export function OpinionPage() {
  const c = t.campusSafety.opinion;
  const { role } = useSession();
  const list = useQuery(opinionQuery());
  const [adding, setAdding] = useState(false);
  const [handling, setHandling] = useState<Opinion | null>(null);
  if (list.error) return <QueryErrorResult error={list.error} />;
  // Logged and handled by the district over the unit or a city division (the server decides per row).
  const canLog = role === "district" || role === "city_division";
  return (
    <Card
      title={c.title}
      data-testid="page-campus-safety-opinion"
      extra={
        canLog && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="opinion-add">
            {c.add}
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: "max-content" }}
        columns={[
          { title: c.reportedAt, render: (_, r) => formatDateTime(r.reportedAt) },
          { title: c.unit, render: (_, r) => r.unit.name },
          { title: c.source, dataIndex: "source" },
          { title: c.level, render: (_, r) => <Tag color={LEVEL_COLOURS[r.level]}>{r.levelLabel}</Tag> },
          { title: c.summary, dataIndex: "summary" },
          { title: c.incident, render: (_, r) => r.incident?.title ?? "—" },
          { title: c.response, render: (_, r) => r.response || "—" },
          {
            title: c.status,
            render: (_, r) =>
              r.status === "open" ? <Tag color="orange">{c.open}</Tag> : <Tag>{c.closed}</Tag>,
          },
          {
            title: "",
            render: (_, r) =>
              r.canHandle &&
              r.status === "open" && (
                <Button size="small" onClick={() => setHandling(r)}>
                  {c.respond}
                </Button>
              ),
          },
        ]}
      />
      {adding && <OpinionModal onClose={() => setAdding(false)} />}
      {handling && <RespondModal event={handling} onClose={() => setHandling(null)} />}
    </Card>
  );
}

function OpinionModal({ onClose }: { onClose: () => void }) {
  const c = t.campusSafety.opinion;
  const scope = useQuery(complianceQuery());
  const incidents = useQuery(incidentsQuery({ limit: 100 }));
  const units = [
    ...(scope.data?.districts ?? []).map((d) => ({ value: d.id, label: d.name })),
    ...(scope.data?.schools ?? []).map((s) => ({ value: s.school.id, label: s.school.name })),
  ];
  return (
    <SafetyFormModal<OpinionInput>
      title={c.add}
      onClose={onClose}
      testId="opinion-form"
      initialValues={{ level: "low" }}
      save={(v) => createOpinion(v)}
    >
      <Form.Item name="orgUnitId" label={c.unit} rules={[{ required: true, message: c.unitRequired }]}>
        <Select showSearch optionFilterProp="label" loading={scope.isLoading} options={units} />
      </Form.Item>
      <Form.Item
        name="source"
        label={c.source}
        rules={[{ required: true, whitespace: true, message: c.sourceRequired }]}
      >
        <Input maxLength={100} placeholder={c.sourcePlaceholder} />
      </Form.Item>
      <Form.Item name="level" label={c.level} rules={[{ required: true, message: c.levelRequired }]}>
        <Radio.Group
          options={(["high", "medium", "low"] as const).map((value) => ({ value, label: c.levels[value] }))}
        />
      </Form.Item>
      <Form.Item
        name="summary"
        label={c.summary}
        rules={[{ required: true, whitespace: true, message: c.summaryRequired }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="incidentId" label={c.incident}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={c.incidentNone}
          loading={incidents.isLoading}
          options={(incidents.data?.items ?? []).map((i) => ({
            value: i.id,
            label: `${i.school.name} · ${i.title}`,
          }))}
        />
      </Form.Item>
    </SafetyFormModal>
  );
}

function RespondModal({ event, onClose }: { event: Opinion; onClose: () => void }) {
  const c = t.campusSafety.opinion;
  return (
    <SafetyFormModal<OpinionUpdate>
      title={c.respondTitle(event.summary.slice(0, 20))}
      onClose={onClose}
      testId="opinion-respond-form"
      initialValues={{ response: event.response, close: false }}
      save={(v) => respondOpinion(event.id, v)}
    >
      <Form.Item
        name="response"
        label={c.response}
        rules={[{ required: true, whitespace: true, message: c.responseRequired }]}
      >
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Form.Item name="close" valuePropName="checked">
        <Checkbox>{c.closeIt}</Checkbox>
      </Form.Item>
    </SafetyFormModal>
  );
}
