import { Alert, Form, Input } from "antd";
import { passwordRule } from "../../components/password-rule.ts";
import { t } from "../../app/locale/index.ts";
import { AccountResetModal } from "./account-reset-modal.tsx";
import type { User } from "./users.api.ts";
import { resetPassword } from "./users.api.ts";

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  return (
    <AccountResetModal<{ newPassword: string }>
      user={user}
      onClose={onClose}
      reset={(id, values) => resetPassword(id, values.newPassword)}
      done={t.users.resetDone}
      title={t.users.resetTitle(user.displayName)}
      okText={t.users.resetPassword}
      testId="user-reset"
      notice={<Alert type="info" showIcon title={t.users.resetHint} style={{ marginBottom: 16 }} />}
    >
      <Form.Item name="newPassword" label={t.password.next} extra={t.password.policy} rules={[passwordRule]}>
        <Input.Password autoComplete="new-password" data-testid="user-reset-password" />
      </Form.Item>
    </AccountResetModal>
  );
}
