import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Form, Input, InputNumber, Popconfirm, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { ApiError } from "../../app/api-error.ts";
import { t } from "../../app/locale/index.ts";
import { submitReport, updateReport } from "./reports.api.ts";
import { workPlanKeys } from "./work-plan.api.ts";
import type { Report, ReportUpdate } from "./work-plan.api.ts";

interface FormValues {
  narrative: string;
  values: Record<string, number | null | undefined>;
  milestones: Record<string, Dayjs | null | undefined>;
}

type FieldName = ["narrative"] | ["values", string] | ["milestones", string];

/** Every field of the form, to clear the server's messages before the next try. */
function allFields(report: Report): FieldName[] {
  return [
    ["narrative"],
    ...report.manualTargets.map((m): FieldName => ["values", m.id]),
    ...report.milestones.map((m): FieldName => ["milestones", m.id]),
  ];
}

function initialValues(report: Report): FormValues {
  return {
    narrative: report.narrative,
    values: Object.fromEntries(report.manualTargets.map((m) => [m.id, m.value])),
    milestones: Object.fromEntries(
      report.milestones.map((m) => [m.id, m.reportedOn ? dayjs(m.reportedOn) : undefined]),
    ),
  };
}

/** The body sent, and which form field each array index stands for (the server names fields by index). */
function toUpdate(report: Report, form: FormValues) {
  const values = report.manualTargets.flatMap((m) => {
    const value = form.values[m.id];
    return typeof value === "number" ? [{ targetId: m.id, value }] : [];
  });
  const milestones = report.milestones.flatMap((m) => {
    const day = form.milestones[m.id];
    return day ? [{ milestoneId: m.id, completedOn: day.format("YYYY-MM-DD") }] : [];
  });
  const body: ReportUpdate = { narrative: form.narrative, values, milestones };
  const fieldOf = (serverField: string): FieldName | null => {
    if (serverField === "narrative") return ["narrative"];
    const match = /^(values|milestones)\[(\d+)\]/.exec(serverField);
    const index = Number(match?.[2]);
    if (match?.[1] === "values") {
      const id = values[index]?.targetId;
      return id ? ["values", id] : null;
    }
    if (match?.[1] === "milestones") {
      const id = milestones[index]?.milestoneId;
      return id ? ["milestones", id] : null;
    }
    return null;
  };
  return { body, fieldOf };
}

/** Narrative, figures for manually reported targets and milestones done; save as draft or submit. */
export function ReportForm({ report }: { report: Report }) {
  const [form] = Form.useForm<FormValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const showErrors = (error: Error, fieldOf: (f: string) => FieldName | null) => {
    if (!(error instanceof ApiError)) return void message.error(t.errors.page);
    const placed = error.fieldErrors.flatMap((e) => {
      const name = fieldOf(e.field);
      return name ? [{ name, errors: [e.message] }] : [];
    });
    form.setFields(placed);
    if (placed.length < error.fieldErrors.length || placed.length === 0) void message.error(error.message);
  };

  const save = useMutation({
    mutationFn: async ({ submit }: { submit: boolean }) => {
      form.setFields(allFields(report).map((name) => ({ name, errors: [] })));
      const { body, fieldOf } = toUpdate(report, form.getFieldsValue(true) as FormValues);
      try {
        let saved = await updateReport(report.id, body);
        if (submit) saved = await submitReport(report.id);
        return saved;
      } catch (error) {
        if (error instanceof Error) showErrors(error, fieldOf);
        throw error;
      }
    },
    onSuccess: (saved, { submit }) => {
      queryClient.setQueryData(workPlanKeys.report(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.all });
      void message.success(submit ? t.workPlan.submitted : t.workPlan.saved);
    },
  });

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(report)}
      data-testid="wp-report-form"
    >
      <Form.Item name="narrative" label={t.workPlan.narrative} extra={t.workPlan.narrativeHint}>
        <Input.TextArea rows={6} maxLength={5000} showCount data-testid="wp-report-narrative" />
      </Form.Item>
      {report.manualTargets.length > 0 && (
        <>
          <Typography.Title level={5}>{t.workPlan.manualValues}</Typography.Title>
          <Typography.Paragraph type="secondary">{t.workPlan.manualValuesHint}</Typography.Paragraph>
          {report.manualTargets.map((m) => (
            <Form.Item key={m.id} name={["values", m.id]} label={`${m.code} ${m.name}`}>
              <InputNumber
                addonAfter={m.unit}
                style={{ width: 220 }}
                data-testid={`wp-report-value-${m.code}`}
              />
            </Form.Item>
          ))}
        </>
      )}
      {report.milestones.length > 0 && (
        <>
          <Typography.Title level={5}>{t.workPlan.milestoneDone}</Typography.Title>
          {[...report.milestones]
            .sort((a, b) => a.code.localeCompare(b.code))
            .map((m) =>
              // Done before this report (and not by it): nothing left to report.
              m.completedOn && !m.reportedOn ? (
                <Form.Item key={m.id} label={`${m.code} ${m.name}`}>
                  <Typography.Text type="success">{`${t.workPlan.completedOn} ${m.completedOn}`}</Typography.Text>
                </Form.Item>
              ) : (
                <Form.Item
                  key={m.id}
                  name={["milestones", m.id]}
                  label={`${m.code} ${m.name}（${t.workPlan.dueDate} ${m.dueDate}）`}
                >
                  <DatePicker
                    placeholder={t.workPlan.completedOn}
                    data-testid={`wp-report-milestone-${m.code}`}
                  />
                </Form.Item>
              ),
            )}
        </>
      )}
      <Space>
        <Button
          onClick={() => save.mutate({ submit: false })}
          loading={save.isPending && !save.variables.submit}
          data-testid="wp-report-save"
        >
          {t.workPlan.saveDraft}
        </Button>
        <Popconfirm
          title={t.workPlan.submitConfirm}
          onConfirm={() => save.mutate({ submit: true })}
          okButtonProps={{ "data-testid": "wp-report-submit-confirm" }}
        >
          <Button
            type="primary"
            loading={save.isPending && save.variables.submit}
            data-testid="wp-report-submit"
          >
            {t.workPlan.submit}
          </Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
