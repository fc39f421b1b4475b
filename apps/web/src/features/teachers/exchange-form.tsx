import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Form, Select } from "antd";
import type { Dayjs } from "dayjs";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { showFormError } from "../../components/show-error.ts";
import { OrgUnitPicker, type OrgUnitOption } from "../org-units/org-unit-picker.tsx";

interface Values {
  kind: "rotation" | "support" | "countyHired";
  toInstitution?: OrgUnitOption;
  fromDate: Dayjs;
  toDate?: Dayjs | null;
}

const x = t.teachers.exchange;

/** 登记交流轮岗/支教/县管校聘: from the teacher's current school to another school of the account's scope. */
export function ExchangeForm({ teacherId }: { teacherId: string }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      api.POST("/api/talent-pool/teachers/{id}/exchanges", {
        params: { path: { id: teacherId } },
        body: {
          kind: v.kind,
          toInstitutionId: v.toInstitution?.value ?? "",
          fromDate: v.fromDate.format("YYYY-MM-DD"),
          toDate: v.toDate ? v.toDate.format("YYYY-MM-DD") : null,
        },
      }),
    onSuccess: async () => {
      void message.success(t.teachers.saved);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ["talent-pool", "exchanges", teacherId] });
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.teachers.required }];
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ kind: "rotation" }}
      onFinish={(v) => mutation.mutate(v)}
      data-testid="exchange-form"
    >
      <Form.Item name="kind" label={x.kind}>
        <Select options={Object.entries(t.teachers.pool.kinds).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="toInstitution" label={x.toInstitution} rules={required}>
        <OrgUnitPicker testId="exchange-to-institution" />
      </Form.Item>
      <Form.Item name="fromDate" label={x.fromDate} rules={required}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="toDate" label={x.toDate}>
        <DatePicker />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="exchange-submit">
        {x.add}
      </Button>
    </Form>
  );
}
