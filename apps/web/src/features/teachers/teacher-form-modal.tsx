import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Select } from "antd";
import {
  EMPLOYMENT_KINDS,
  ESTABLISHMENT_LABELS,
  TEACHER_POST_LABELS,
  TEACHER_TITLE_LABELS,
  TEACHING_STAGE_LABELS,
} from "@edubureau/domain/teachers";
import { api } from "../../app/api.ts";
import type { ApiBody } from "../../app/api-contract.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { showFormError } from "../../components/show-error.ts";
import { OrgUnitPicker, type OrgUnitOption } from "../org-units/org-unit-picker.tsx";
import { options } from "./teacher-labels.ts";
import { teacherKeys } from "./teachers.api.ts";

type TeacherInput = ApiBody<"/api/teachers", "post">;
interface Values extends Pick<
  TeacherInput,
  "teacherNumber" | "name" | "idNumber" | "post" | "subject" | "stage" | "title" | "employment"
> {
  institution?: OrgUnitOption;
  qualificationType?: string;
  qualificationNumber?: string;
  firstRegisteredOn?: string;
}

const c = t.teachers.columns;

/** New teacher; a school account registers into its own school, a district picks the school. */
export function TeacherFormModal({ onClose }: { onClose: () => void }) {
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const atSchool = me.orgUnit.kind === "institution";
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      api.POST("/api/teachers", {
        body: {
          ...v,
          institution: undefined,
          institutionId: (atSchool ? me.orgUnit.id : v.institution?.value) ?? "",
          qualificationType: v.qualificationType || null,
          qualificationNumber: v.qualificationNumber || null,
          firstRegisteredOn: v.firstRegisteredOn || null,
        },
      }),
    onSuccess: async () => {
      void message.success(t.teachers.saved);
      await queryClient.invalidateQueries({ queryKey: teacherKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.teachers.required }];
  return (
    <Modal
      open
      title={t.teachers.add}
      okText={t.teachers.save}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          post: "teacher",
          stage: "primary",
          title: "second",
          employment: EMPLOYMENT_KINDS[0],
        }}
        onFinish={(v) => mutation.mutate(v)}
        style={{ display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: 16 }}
      >
        <Form.Item name="teacherNumber" label={c.teacherNumber} rules={required}>
          <Input maxLength={14} />
        </Form.Item>
        <Form.Item name="name" label={c.name} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="idNumber" label={c.idNumber} rules={required}>
          <Input maxLength={18} />
        </Form.Item>
        {!atSchool && (
          <Form.Item name="institution" label={c.institution} rules={required}>
            <OrgUnitPicker />
          </Form.Item>
        )}
        <Form.Item name="post" label={c.post}>
          <Select options={options(TEACHER_POST_LABELS)} />
        </Form.Item>
        <Form.Item name="subject" label={c.subject} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="stage" label={c.stage}>
          <Select options={options(TEACHING_STAGE_LABELS)} />
        </Form.Item>
        <Form.Item name="title" label={c.title}>
          <Select options={options(TEACHER_TITLE_LABELS)} />
        </Form.Item>
        <Form.Item name="employment" label={c.employment}>
          <Select options={options(ESTABLISHMENT_LABELS)} />
        </Form.Item>
        <Form.Item name="qualificationType" label={c.qualification}>
          <Input />
        </Form.Item>
        <Form.Item name="qualificationNumber" label={t.teachers.qualificationNumber}>
          <Input />
        </Form.Item>
        <Form.Item name="firstRegisteredOn" label={t.teachers.firstRegisteredOn}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
