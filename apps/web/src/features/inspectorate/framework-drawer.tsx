import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Drawer, Flex, Form, Input, InputNumber, Select, Space, Typography } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import {
  createFramework,
  frameworksQuery,
  measuresQuery,
  updateFramework,
  type Framework,
  type FrameworkBody,
} from "./inspectorate.api.ts";
import { useAction } from "./use-action.ts";

const F = t.inspectorate.framework;
type Indicator = FrameworkBody["indicators"][number];
type RuleKind = "yes_no" | "graded" | "computed";

/** The form's row: the rule's parts flat, the filter as text (the plan's binding-measure filter). */
interface Row {
  code: string;
  name: string;
  level: 1 | 2;
  parentCode?: string | null;
  maxScore?: number;
  kind?: RuleKind;
  grades?: { label: string; fraction: number }[];
  measure?: string;
  betterWhen?: "higher" | "lower";
  thresholds?: { threshold: number; fraction: number }[];
  filter?: string;
}
interface Values {
  year: number;
  name: string;
  rows: Row[];
}

function toRow(i: Indicator): Row {
  const rule = i.rule;
  return {
    code: i.code,
    name: i.name,
    level: i.level,
    parentCode: i.parentCode,
    maxScore: i.maxScore,
    kind: rule?.kind,
    grades: rule?.kind === "graded" ? rule.grades : undefined,
    measure: rule?.kind === "computed" ? rule.measure : undefined,
    betterWhen: rule?.kind === "computed" ? rule.betterWhen : undefined,
    thresholds: rule?.kind === "computed" ? rule.thresholds : undefined,
    filter: rule?.kind === "computed" ? JSON.stringify(rule.filter) : undefined,
  };
}

function toIndicator(r: Row): Indicator {
  const base = { code: r.code, name: r.name, level: r.level };
  if (r.level === 1) return { ...base, parentCode: null, maxScore: 0, rule: null };
  const rule: Indicator["rule"] =
    r.kind === "graded"
      ? { kind: "graded", grades: r.grades ?? [] }
      : r.kind === "computed"
        ? {
            kind: "computed",
            measure: r.measure ?? "",
            betterWhen: r.betterWhen ?? "higher",
            thresholds: r.thresholds ?? [],
            filter: (r.filter ? JSON.parse(r.filter) : {}) as Record<string, unknown>,
          }
        : { kind: "yes_no" };
  return { ...base, parentCode: r.parentCode ?? null, maxScore: r.maxScore ?? 0, rule };
}

const DEFAULT_GRADES = [
  { label: "优", fraction: 1 },
  { label: "良", fraction: 0.8 },
  { label: "中", fraction: 0.6 },
  { label: "差", fraction: 0 },
];

function RuleFields({ name }: { name: number }) {
  const measures = useQuery(measuresQuery());
  const form = Form.useFormInstance<Values>();
  const kind = Form.useWatch<RuleKind | undefined>(["rows", name, "kind"], form);
  if (kind === "graded")
    return (
      <Form.Item label={F.grades}>
        <Form.List name={[name, "grades"]}>
          {(grades, { add, remove }) => (
            <Space direction="vertical">
              {grades.map((g) => (
                <Space key={g.key} wrap>
                  <Form.Item name={[g.name, "label"]} noStyle rules={[{ required: true }]}>
                    <Input placeholder={F.gradeLabel} style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={[g.name, "fraction"]} noStyle rules={[{ required: true }]}>
                    <InputNumber min={0} max={1} step={0.1} placeholder={F.fraction} />
                  </Form.Item>
                  <Button size="small" onClick={() => remove(g.name)}>
                    {F.remove}
                  </Button>
                </Space>
              ))}
              <Button size="small" onClick={() => add({ label: "", fraction: 0 })}>
                {F.addGrade}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    );
  if (kind !== "computed") return null;
  return (
    <>
      <Flex gap={8} wrap>
        <Form.Item name={[name, "measure"]} label={F.measure} rules={[{ required: true }]}>
          <Select
            style={{ width: 260 }}
            options={(measures.data?.items ?? []).map((m) => ({ value: m.code, label: m.label }))}
            onChange={(code: string) => {
              const m = measures.data?.items.find((x) => x.code === code);
              if (m) form.setFieldValue(["rows", name, "betterWhen"], m.betterWhen);
            }}
          />
        </Form.Item>
        <Form.Item name={[name, "betterWhen"]} label={F.betterWhen}>
          <Select
            style={{ width: 120 }}
            options={(["higher", "lower"] as const).map((v) => ({ value: v, label: F.better[v] }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item label={F.thresholds}>
        <Form.List name={[name, "thresholds"]}>
          {(rows, { add, remove }) => (
            <Space direction="vertical">
              {rows.map((r) => (
                <Space key={r.key} wrap>
                  <Form.Item name={[r.name, "threshold"]} noStyle rules={[{ required: true }]}>
                    <InputNumber placeholder={F.threshold} />
                  </Form.Item>
                  <Form.Item name={[r.name, "fraction"]} noStyle rules={[{ required: true }]}>
                    <InputNumber min={0} max={1} step={0.1} placeholder={F.fraction} />
                  </Form.Item>
                  <Button size="small" onClick={() => remove(r.name)}>
                    {F.remove}
                  </Button>
                </Space>
              ))}
              <Button size="small" onClick={() => add({ threshold: 0, fraction: 1 })}>
                {F.addThreshold}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name={[name, "filter"]}
        label={F.filter}
        extra={F.filterHint}
        rules={[
          {
            validator: async (_, v?: string) => {
              if (v) JSON.parse(v);
            },
          },
        ]}
      >
        <Input />
      </Form.Item>
    </>
  );
}

function FrameworkForm({
  framework,
  copyOf,
  onDone,
}: {
  framework?: Framework;
  copyOf?: Framework;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const source = framework ?? copyOf;
  const rows = Form.useWatch("rows", form) ?? [];
  const total = rows.filter((r) => r?.level === 2).reduce((sum, r) => sum + (r.maxScore ?? 0), 0);
  const headings = rows.filter((r) => r?.level === 1 && r.code);
  const save = useAction((v: Values) => {
    const body = { year: v.year, name: v.name, indicators: v.rows.map(toIndicator) };
    return framework ? updateFramework(framework.id, body) : createFramework(body);
  }, F.saved);
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        year: framework?.year ?? (copyOf ? copyOf.year + 1 : new Date().getFullYear()),
        name: source?.name ?? "",
        rows: source?.indicators.map(toRow) ?? [],
      }}
      onFinish={(v) => save.mutate(v, { onSuccess: onDone })}
    >
      <Flex gap={12} wrap>
        <Form.Item name="year" label={F.year} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} disabled={framework !== undefined} />
        </Form.Item>
        <Form.Item
          name="name"
          label={F.name}
          rules={[{ required: true, min: 2 }]}
          style={{ flex: 1, minWidth: 240 }}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Flex>
      <Alert
        type={total === 100 ? "success" : "warning"}
        title={F.total(total)}
        style={{ marginBottom: 12 }}
      />
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <Space direction="vertical" style={{ width: "100%" }}>
            {fields.map((field) => {
              const level = rows[field.name]?.level;
              return (
                <Card key={field.key} size="small">
                  <Flex gap={8} wrap align="end">
                    <Form.Item name={[field.name, "code"]} label={F.code} rules={[{ required: true }]}>
                      <Input style={{ width: 70 }} maxLength={20} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "name"]}
                      label={F.indicatorName}
                      rules={[{ required: true }]}
                      style={{ flex: 1, minWidth: 200 }}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item name={[field.name, "level"]} label={F.level}>
                      <Select
                        style={{ width: 110 }}
                        options={([1, 2] as const).map((v) => ({ value: v, label: F.levels[v] }))}
                      />
                    </Form.Item>
                    {level === 2 && (
                      <>
                        <Form.Item
                          name={[field.name, "parentCode"]}
                          label={F.parent}
                          rules={[{ required: true }]}
                        >
                          <Select
                            style={{ width: 160 }}
                            options={headings.map((h) => ({ value: h.code, label: h.name || h.code }))}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, "maxScore"]}
                          label={F.maxScore}
                          rules={[{ required: true }]}
                        >
                          <InputNumber min={0} max={100} />
                        </Form.Item>
                        <Form.Item name={[field.name, "kind"]} label={F.rule} rules={[{ required: true }]}>
                          <Select
                            style={{ width: 150 }}
                            options={(["yes_no", "graded", "computed"] as const).map((v) => ({
                              value: v,
                              label: F.rules[v],
                            }))}
                            onChange={(v: RuleKind) => {
                              if (v === "graded" && !rows[field.name]?.grades?.length)
                                form.setFieldValue(["rows", field.name, "grades"], DEFAULT_GRADES);
                            }}
                          />
                        </Form.Item>
                      </>
                    )}
                    <Form.Item label=" ">
                      <Button danger onClick={() => remove(field.name)}>
                        {F.remove}
                      </Button>
                    </Form.Item>
                  </Flex>
                  {level === 2 && <RuleFields name={field.name} />}
                </Card>
              );
            })}
            <Button onClick={() => add({ code: "", name: "", level: 2, kind: "yes_no" })}>{F.add}</Button>
          </Space>
        )}
      </Form.List>
      <Flex justify="end" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="framework-save">
          {t.inspectorate.save}
        </Button>
      </Flex>
    </Form>
  );
}

/** The 履职评价 indicator framework of each year: edited until the year's evaluations open, or copied forward. */
export function FrameworkDrawer({ onClose }: { onClose: () => void }) {
  const frameworks = useQuery(frameworksQuery());
  const [editing, setEditing] = useState<{ framework?: Framework; copyOf?: Framework } | null>(null);
  return (
    <Drawer open title={F.title} size="large" onClose={onClose} destroyOnHidden>
      <ErrorAlert error={frameworks.error} />
      {editing ? (
        <FrameworkForm {...editing} onDone={() => setEditing(null)} />
      ) : (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Button type="primary" onClick={() => setEditing({})}>
            {F.create}
          </Button>
          {(frameworks.data?.items ?? []).length === 0 && <Typography.Text>{F.none}</Typography.Text>}
          {[...(frameworks.data?.items ?? [])].reverse().map((f) => (
            <Card key={f.id} size="small" title={`${f.year} · ${f.name}`}>
              <Flex gap={8} wrap align="center">
                <Typography.Text type="secondary">
                  {F.indicators} {f.indicators.filter((i) => i.level === 2).length}
                </Typography.Text>
                {f.editable ? (
                  <Button size="small" onClick={() => setEditing({ framework: f })}>
                    {F.edit}
                  </Button>
                ) : (
                  <Typography.Text type="secondary">{F.locked}</Typography.Text>
                )}
                <Button size="small" onClick={() => setEditing({ copyOf: f })}>
                  {F.copy}
                </Button>
              </Flex>
            </Card>
          ))}
        </Space>
      )}
    </Drawer>
  );
}
