import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Descriptions,
  Empty,
  Flex,
  Form,
  InputNumber,
  Spin,
  Typography,
  type FormInstance,
} from "antd";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatDateTime } from "../../app/format.ts";
import { ApiError } from "../../app/api-error.ts";
import { showError } from "../../components/show-error.ts";
import { indicatorKeys } from "../indicators/indicators.api.ts";
import { ApprovalActions } from "./approval-actions.tsx";
import { ApprovalTag } from "./approval-tag.tsx";
import { dataKeys, formQuery, saveValues } from "./data-entry.api.ts";
import type { DataForm as Form_, FormElement } from "./data-entry.api.ts";

type Values = { values: Record<string, number | null> };
type MessageApi = ReturnType<typeof App.useApp>["message"];

/** The server names fields "values.<code>"; the form holds them at ["values", code]. */
function showEntryError(options: { error: Error; form: FormInstance<Values>; message: MessageApi }): void {
  const { error, form, message } = options;
  const onFields =
    error instanceof ApiError ? error.fieldErrors.filter((e) => e.field.startsWith("values.")) : [];
  form.setFields(
    onFields.map((e) => ({ name: ["values", e.field.slice("values.".length)], errors: [e.message] })),
  );
  if (onFields.length === 0) showError({ error, message });
}

/** One unit's form for one period: values, approval state and the allowed workflow steps. */
export function DataForm({ orgUnitId, period }: { orgUnitId: string; period: string }) {
  const form = useQuery(formQuery(orgUnitId, period));
  if (form.error) return <ErrorAlert error={form.error} />;
  if (!form.data) return <Spin />;
  return <FormBody data={form.data} />;
}

function FormBody({ data }: { data: Form_ }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const initial = Object.fromEntries(data.elements.map((e) => [e.code, e.value]));
  // Remount the fields whenever the stored values change, so they show what the server has.
  const stamp = data.elements.map((e) => `${e.code}=${e.value ?? ""}`).join("&");
  const mutation = useMutation({
    mutationFn: (values: Record<string, number | null>) =>
      saveValues({ orgUnitId: data.orgUnit.id, period: data.period.key, values }),
    onSuccess: async () => {
      void message.success(t.common.saved);
      await queryClient.invalidateQueries({ queryKey: dataKeys.all });
      await queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
    },
    onError: (error) => showEntryError({ error, form, message }),
  });
  const { approval } = data;
  return (
    <Flex vertical gap={16} data-testid="data-form">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t.dataEntry.unit}>{data.orgUnit.name}</Descriptions.Item>
        <Descriptions.Item label={t.dataEntry.period}>{data.period.label}</Descriptions.Item>
        <Descriptions.Item label={t.dataEntry.status}>
          <ApprovalTag status={approval.status} label={approval.statusLabel} />
        </Descriptions.Item>
        {approval.submittedAt && (
          <Descriptions.Item label={t.dataEntry.submittedAt}>
            {formatDateTime(approval.submittedAt)}
          </Descriptions.Item>
        )}
        {approval.districtApprovedAt && (
          <Descriptions.Item label={t.dataEntry.districtApprovedAt}>
            {formatDateTime(approval.districtApprovedAt)}
          </Descriptions.Item>
        )}
        {approval.cityConfirmedAt && (
          <Descriptions.Item label={t.dataEntry.cityConfirmedAt}>
            {formatDateTime(approval.cityConfirmedAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {approval.returnedReason && approval.status === "draft" && (
        <Alert type="warning" showIcon title={t.dataEntry.returned(approval.returnedReason)} />
      )}
      {approval.locked && <Alert type="info" showIcon title={t.dataEntry.lockedHint(approval.statusLabel)} />}
      {data.elements.length === 0 ? (
        <Empty description={t.dataEntry.noElements} />
      ) : (
        <Form
          key={stamp}
          form={form}
          layout="horizontal"
          labelCol={{ span: 10 }}
          wrapperCol={{ span: 14 }}
          initialValues={{ values: initial }}
          disabled={!data.actions.edit}
          onFinish={(values) => {
            const changed = changedValues(values, initial);
            if (Object.keys(changed).length === 0) void message.info(t.dataEntry.nothingChanged);
            else mutation.mutate(changed);
          }}
          style={{ maxWidth: 720 }}
        >
          {data.elements.map((element) => (
            <ElementField key={element.code} element={element} />
          ))}
        </Form>
      )}
      <Flex gap={8} wrap>
        {data.actions.edit && data.elements.length > 0 && (
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={mutation.isPending}
            data-testid="data-save"
          >
            {t.common.save}
          </Button>
        )}
        <ApprovalActions orgUnit={data.orgUnit} period={data.period.key} actions={data.actions} />
      </Flex>
    </Flex>
  );
}

function ElementField({ element }: { element: FormElement }) {
  return (
    <Form.Item
      name={["values", element.code]}
      label={element.name}
      tooltip={element.description ?? undefined}
      extra={element.updatedAt ? t.dataEntry.updatedAt(formatDateTime(element.updatedAt)) : undefined}
    >
      <InputNumber
        min={element.minValue ?? undefined}
        max={element.maxValue ?? undefined}
        precision={element.valueType === "integer" ? 0 : undefined}
        suffix={<Typography.Text type="secondary">{element.unit}</Typography.Text>}
        style={{ width: 200 }}
        data-testid={`data-value-${element.code}`}
      />
    </Form.Item>
  );
}

/** Only what changed is sent: a cleared field becomes null (removes the stored value). */
function changedValues(
  values: Values,
  initial: Record<string, number | null>,
): Record<string, number | null> {
  const next = values.values ?? {};
  return Object.fromEntries(
    Object.entries(next)
      .map(([code, value]) => [code, value ?? null] as const)
      .filter(([code, value]) => value !== (initial[code] ?? null)),
  );
}
