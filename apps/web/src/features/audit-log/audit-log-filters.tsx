import { Button, DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { t } from "../../app/locale/index.ts";
import type { AuditFilters } from "./audit-log.api.ts";

interface FilterValues {
  entity?: string;
  action?: string;
  actor?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const DATE = "YYYY-MM-DD";

function toValues(filters: AuditFilters): FilterValues {
  return {
    entity: filters.entity,
    action: filters.action,
    actor: filters.actor,
    range: [filters.fromDate ? dayjs(filters.fromDate) : null, filters.toDate ? dayjs(filters.toDate) : null],
  };
}

function toFilters(values: FilterValues): AuditFilters {
  const [from, to] = values.range ?? [null, null];
  return {
    entity: values.entity?.trim() ?? "",
    action: values.action?.trim() ?? "",
    actor: values.actor?.trim() ?? "",
    fromDate: from ? from.format(DATE) : "",
    toDate: to ? to.format(DATE) : "",
  };
}

const EMPTY: AuditFilters = { entity: "", action: "", actor: "", fromDate: "", toDate: "" };

export function AuditLogFilters({
  value,
  onChange,
}: {
  value: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}) {
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      initialValues={toValues(value)}
      onFinish={(values) => onChange(toFilters(values))}
      style={{ marginBottom: 16, rowGap: 8 }}
      data-testid="audit-filters"
    >
      <Form.Item name="entity" label={t.audit.entity}>
        <Input allowClear style={{ width: 130 }} data-testid="audit-filter-entity" />
      </Form.Item>
      <Form.Item name="action" label={t.audit.action}>
        <Input allowClear style={{ width: 130 }} data-testid="audit-filter-action" />
      </Form.Item>
      <Form.Item name="actor" label={t.audit.actor}>
        <Input allowClear style={{ width: 130 }} data-testid="audit-filter-actor" />
      </Form.Item>
      <Form.Item name="range" label={t.audit.dateRange}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          style={{ width: 240 }}
          data-testid="audit-filter-range"
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="audit-filter-submit">
          {t.common.search}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.setFieldsValue(toValues(EMPTY));
            onChange(EMPTY);
          }}
        >
          {t.common.reset}
        </Button>
      </Form.Item>
    </Form>
  );
}
