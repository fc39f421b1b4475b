import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal } from "antd";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import type { User } from "./users.api.ts";
import { resetTwoFactor, userKeys } from "./users.api.ts";

interface ResetValues {
  reason: string;
}

/** A lost phone: the administrator resets the account's second factor, with the reason the audit log keeps. */
export function ResetTwoFactorModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<ResetValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: ResetValues) => resetTwoFactor(user.id, values.reason),
    onSuccess: async () => {
      void message.success(t.users.resetTwoFactorDone);
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });

  return (
    <Modal
      open
      title={t.users.resetTwoFactorTitle(user.displayName)}
      okText={t.users.resetTwoFactor}
      okButtonProps={{ danger: true, "data-testid": "user-reset-two-factor-submit" }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Alert type="warning" showIcon title={t.users.resetTwoFactorHint} style={{ marginBottom: 16 }} />
      <Form<ResetValues> form={form} layout="vertical" onFinish={(values) => mutation.mutate(values)}>
        <Form.Item
          name="reason"
          label={t.users.resetTwoFactorReason}
          extra={t.users.resetTwoFactorReasonHint}
          rules={[
            { required: true, min: 4, whitespace: true, message: t.users.resetTwoFactorReasonRequired },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount data-testid="user-reset-two-factor-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
