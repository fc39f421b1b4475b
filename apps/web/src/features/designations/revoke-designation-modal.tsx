import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, DatePicker, Form, Input, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { designationKeys, revokeDesignation } from "./designations.api.ts";
import type { Designation } from "./designations.api.ts";

interface RevokeValues {
  revokedOn: Dayjs;
  reason: string;
}

export function RevokeDesignationModal({
  designation,
  onClose,
}: {
  designation: Designation;
  onClose: () => void;
}) {
  const [form] = Form.useForm<RevokeValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: RevokeValues) =>
      revokeDesignation(designation.id, {
        revokedOn: values.revokedOn.format("YYYY-MM-DD"),
        reason: values.reason.trim(),
      }),
    onSuccess: async () => {
      void message.success(t.designations.revokedDone);
      await queryClient.invalidateQueries({ queryKey: designationKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });

  return (
    <Modal
      open
      title={t.designations.revokeTitle(designation.institution.name, designation.typeName)}
      okText={t.designations.revoke}
      okButtonProps={{ danger: true, "data-testid": "designation-revoke-submit" }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form<RevokeValues>
        form={form}
        layout="vertical"
        initialValues={{ revokedOn: dayjs() }}
        onFinish={(values) => mutation.mutate(values)}
        data-testid="designation-revoke-form"
      >
        <Form.Item
          name="revokedOn"
          label={t.designations.revokedOn}
          rules={[{ required: true, message: t.designations.revokedOnRequired }]}
        >
          <DatePicker style={{ width: "100%" }} data-testid="designation-revoke-date" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t.designations.revokeReason}
          rules={[{ required: true, whitespace: true, message: t.designations.reasonRequired }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount data-testid="designation-revoke-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
