import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal } from "antd";
import { passwordRule } from "../../components/password-rule.ts";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import type { User } from "./users.api.ts";
import { resetPassword, userKeys } from "./users.api.ts";

interface ResetValues {
  newPassword: string;
}

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<ResetValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: ResetValues) => resetPassword(user.id, values.newPassword),
    onSuccess: async () => {
      void message.success(t.users.resetDone);
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });

  return (
    <Modal
      open
      title={t.users.resetTitle(user.displayName)}
      okText={t.users.resetPassword}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "user-reset-submit" }}
    >
      <Alert type="info" showIcon title={t.users.resetHint} style={{ marginBottom: 16 }} />
      <Form<ResetValues> form={form} layout="vertical" onFinish={(values) => mutation.mutate(values)}>
        <Form.Item
          name="newPassword"
          label={t.password.next}
          extra={t.password.policy}
          rules={[passwordRule]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-reset-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
