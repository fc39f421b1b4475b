import { Alert, Form, Input } from "antd";
import { t } from "../../app/locale/index.ts";
import { AccountResetModal } from "./account-reset-modal.tsx";
import type { User } from "./users.api.ts";
import { resetTwoFactor } from "./users.api.ts";

/** A lost phone: the administrator resets the account's second factor, with the reason the audit log keeps. */
export function ResetTwoFactorModal({ user, onClose }: { user: User; onClose: () => void }) {
  return (
    <AccountResetModal<{ reason: string }>
      user={user}
      onClose={onClose}
      reset={(id, values) => resetTwoFactor(id, values.reason)}
      done={t.users.resetTwoFactorDone}
      title={t.users.resetTwoFactorTitle(user.displayName)}
      okText={t.users.resetTwoFactor}
      testId="user-reset-two-factor"
      danger
      notice={
        <Alert type="warning" showIcon title={t.users.resetTwoFactorHint} style={{ marginBottom: 16 }} />
      }
    >
      <Form.Item
        name="reason"
        label={t.users.resetTwoFactorReason}
        extra={t.users.resetTwoFactorReasonHint}
        rules={[{ required: true, min: 4, whitespace: true, message: t.users.resetTwoFactorReasonRequired }]}
      >
        <Input.TextArea rows={2} maxLength={200} showCount data-testid="user-reset-two-factor-reason" />
      </Form.Item>
    </AccountResetModal>
  );
}
