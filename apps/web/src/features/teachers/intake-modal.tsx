import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, InputNumber, Modal } from "antd";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { showFormError } from "../../components/show-error.ts";
import { OrgUnitPicker, type OrgUnitOption } from "../org-units/org-unit-picker.tsx";
import { honourKeys } from "./teachers.api.ts";

interface Values {
  district?: OrgUnitOption;
  year: number;
  students: number;
}

const n = t.teachers.intake;

/** 省级公费师范生 intake of one district in one year (the T28-6 measure); a repeat entry replaces the number. */
export function IntakeModal({ year, onClose }: { year: number; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      api.PUT("/api/honours/intakes", {
        body: { districtId: v.district?.value ?? "", year: v.year, students: v.students },
      }),
    onSuccess: async (r, v) => {
      const label = typeof v.district?.label === "string" ? v.district.label : "";
      void message.success(n.saved(label, r.year, r.students));
      await queryClient.invalidateQueries({ queryKey: [...honourKeys.all, "intakes"] });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.teachers.required }];
  return (
    <Modal
      open
      title={n.title}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      data-testid="intake-modal"
    >
      <Alert type="info" showIcon title={n.hint} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={{ year }} onFinish={(v) => mutation.mutate(v)}>
        <Form.Item name="district" label={n.district} rules={required}>
          <OrgUnitPicker testId="intake-district" />
        </Form.Item>
        <Form.Item name="year" label={t.teachers.training.year} rules={required}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="students" label={n.students} rules={required}>
          <InputNumber min={0} max={100000} data-testid="intake-students" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
