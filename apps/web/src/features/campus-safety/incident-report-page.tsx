import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Select,
  Tag,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
} from "@edubureau/domain/campus-safety";
import { t } from "../../app/locale/index.ts";
import { formatDateTime } from "../../app/format.ts";
import { showFormError } from "../../components/show-error.ts";
import { incidentsQuery, reportIncident, safetyKeys, type IncidentInput } from "./campus-safety.api.ts";
import { IncidentDrawer } from "./incident-drawer.tsx";
import { SeverityTag } from "./severity-tag.tsx";

interface Values {
  category: IncidentInput["category"];
  severity: IncidentInput["severity"];
  title: string;
  occurredAt: Dayjs;
  casualties: number;
  description: string;
}

/** A school reports an incident (首报), on a phone too (390 px), and follows its own reports. */
export function IncidentReportPage() {
  const c = t.campusSafety.report;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const mine = useQuery(incidentsQuery({ limit: 50 }));
  const [openId, setOpenId] = useState<string | null>(null);
  // One key per filled-in form: a retried submit (lost answer, double tap) is stored once.
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  const submit = useMutation({
    mutationFn: (v: Values) =>
      reportIncident({
        clientKey,
        category: v.category,
        severity: v.severity,
        title: v.title,
        description: v.description,
        casualties: v.casualties,
        occurredAt: v.occurredAt.toISOString(),
      }),
    onSuccess: async () => {
      void message.success(c.sent);
      form.resetFields();
      setClientKey(crypto.randomUUID());
      await queryClient.invalidateQueries({ queryKey: safetyKeys.all });
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }} data-testid="page-campus-safety-report">
      <Card title={c.title}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ severity: "IV", casualties: 0, occurredAt: dayjs() }}
          onFinish={(v) => submit.mutate(v)}
          data-testid="incident-form"
        >
          <Form.Item
            name="category"
            label={c.category}
            rules={[{ required: true, message: c.categoryRequired }]}
          >
            <Select
              data-testid="incident-category"
              options={INCIDENT_CATEGORIES.map((value) => ({
                value,
                label: INCIDENT_CATEGORY_LABELS[value],
              }))}
            />
          </Form.Item>
          <Form.Item name="severity" label={c.severity} rules={[{ required: true }]} extra={c.severityHint}>
            <Radio.Group
              data-testid="incident-severity"
              options={SEVERITIES.map((value) => ({ value, label: SEVERITY_LABELS[value] }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={c.incidentTitle}
            rules={[{ required: true, whitespace: true, message: c.titleRequired }]}
          >
            <Input maxLength={100} data-testid="incident-title" />
          </Form.Item>
          <Form.Item
            name="occurredAt"
            label={c.occurredAt}
            rules={[{ required: true, message: c.occurredRequired }]}
          >
            <DatePicker
              showTime={{ format: "HH:mm" }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: "100%" }}
              disabledDate={(d) => d.isAfter(dayjs(), "day")}
            />
          </Form.Item>
          <Form.Item name="casualties" label={c.casualties}>
            <InputNumber min={0} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item
            name="description"
            label={c.description}
            rules={[{ required: true, whitespace: true, message: c.descriptionRequired }]}
          >
            <Input.TextArea rows={4} maxLength={4000} data-testid="incident-description" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submit.isPending}
            data-testid="incident-submit"
          >
            {c.submit}
          </Button>
        </Form>
      </Card>
      <Card title={c.mine}>
        <List
          loading={mine.isLoading}
          dataSource={mine.data?.items ?? []}
          data-testid="my-incidents"
          renderItem={(i) => (
            <List.Item onClick={() => setOpenId(i.id)} style={{ cursor: "pointer" }}>
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap>
                    <SeverityTag severity={i.severity} label={i.severityLabel} />
                    <span>{i.title}</span>
                  </Flex>
                }
                description={
                  <Flex gap={8} wrap>
                    <span>{formatDateTime(i.reportedAt)}</span>
                    <Tag>{i.statusLabel}</Tag>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {openId && <IncidentDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Flex>
  );
}
