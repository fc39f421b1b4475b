import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, InputNumber, Modal, Select } from "antd";
import {
  PROGRAMME_KIND_LABELS,
  PROGRAMME_LEVEL_LABELS,
  TEACHING_STAGE_LABELS,
} from "@edubureau/domain/teachers";
import { api } from "../../app/api.ts";
import type { ApiBody } from "../../app/api-contract.ts";
import { t } from "../../app/locale/index.ts";
import { showFormError } from "../../components/show-error.ts";
import { options } from "./teacher-labels.ts";
import { trainingKeys } from "./training.api.ts";

type ProgrammeInput = ApiBody<"/api/training/programmes", "post">;
interface Values extends Omit<ProgrammeInput, "eligibility"> {
  stages?: NonNullable<ProgrammeInput["eligibility"]>["stages"];
}

const tr = t.teachers.training;
const KINDS = Object.fromEntries(Object.entries(PROGRAMME_KIND_LABELS).filter(([k]) => k !== "external"));

export function ProgrammeFormModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ stages, ...v }: Values) =>
      api.POST("/api/training/programmes", {
        body: { ...v, eligibility: stages && stages.length > 0 ? { stages } : {} },
      }),
    onSuccess: async () => {
      void message.success(tr.created);
      await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.teachers.required }];
  return (
    <Modal
      open
      title={tr.create}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ level: "municipal", kind: "municipalTraining", hours: 24, capacity: 100 }}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item name="name" label={tr.name} rules={required}>
          <Input data-testid="programme-name" />
        </Form.Item>
        <Form.Item name="level" label={tr.level}>
          <Select options={options(PROGRAMME_LEVEL_LABELS)} />
        </Form.Item>
        <Form.Item name="kind" label={tr.kind}>
          <Select options={options(KINDS)} />
        </Form.Item>
        <Form.Item name="hours" label={tr.hours} rules={required}>
          <InputNumber min={1} max={1000} />
        </Form.Item>
        <Form.Item name="capacity" label={tr.capacity} rules={required}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="startsOn" label={tr.startsOn} rules={required}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="endsOn" label={tr.endsOn} rules={required}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="stages" label={tr.eligibilityStages}>
          <Select mode="multiple" allowClear options={options(TEACHING_STAGE_LABELS)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
