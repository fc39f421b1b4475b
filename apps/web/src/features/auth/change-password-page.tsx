import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input } from "antd";
import { useNavigate } from "react-router";
import { passwordRule } from "../../components/password-rule.ts";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { changePassword, sessionKey } from "../../app/session/session-api.ts";
import { useSession } from "../../app/session/session-context.ts";

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage() {
  const me = useSession();
  const [form] = Form.useForm<PasswordValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: PasswordValues) =>
      changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: async () => {
      void message.success(t.password.changed);
      await queryClient.invalidateQueries({ queryKey: sessionKey });
      await navigate("/", { replace: true });
    },
    onError: (error) => showFormError({ error, form, message }),
  });

  return (
    <Card title={t.password.title} style={{ maxWidth: 520 }} data-testid="page-change-password">
      {me.mustChangePassword && (
        <Alert type="warning" showIcon title={t.password.mustChange} style={{ marginBottom: 24 }} />
      )}
      <Form<PasswordValues> form={form} layout="vertical" onFinish={(values) => mutation.mutate(values)}>
        <Form.Item
          name="currentPassword"
          label={t.password.current}
          rules={[{ required: true, message: t.password.currentRequired }]}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t.password.next}
          extra={t.password.policy}
          rules={[passwordRule]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t.password.confirm}
          dependencies={["newPassword"]}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: unknown) =>
                value === getFieldValue("newPassword")
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.password.mismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="password-submit">
          {t.common.save}
        </Button>
      </Form>
    </Card>
  );
}
