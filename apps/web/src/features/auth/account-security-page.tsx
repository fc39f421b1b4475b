import { SafetyOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Form, Input, Spin, Tag, Typography } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { StepError } from "./second-factor-step.tsx";
import { EnrolmentQr, RecoveryCodesList } from "./two-factor-panels.tsx";
import {
  confirmTwoFactorSetup,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
  twoFactorStatusKey,
  twoFactorStatusQuery,
  type TwoFactorSetup,
} from "./two-factor.api.ts";

const m = t.twoFactor;

/** One code field and its button: confirming a new authenticator, or proving it to get new recovery codes. */
function CodeForm(props: {
  submit: string;
  pending: boolean;
  error: Error | null;
  onCode: (code: string) => void;
}) {
  return (
    <Form<{ code: string }>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => props.onCode(values.code)}
    >
      {props.error && <StepError error={props.error} />}
      <Form.Item name="code" label={m.enrolCode} rules={[{ required: true, message: m.codeRequired }]}>
        <Input
          autoComplete="one-time-code"
          inputMode="numeric"
          style={{ maxWidth: 240 }}
          data-testid="two-factor-code"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={props.pending} data-testid="two-factor-submit">
        {props.submit}
      </Button>
    </Form>
  );
}

/** 账户安全: the signed-in account's second factor — enrol by QR code, see its state, renew recovery codes. */
export function AccountSecurityPage() {
  const queryClient = useQueryClient();
  const status = useQuery(twoFactorStatusQuery());
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useMutation({ mutationFn: startTwoFactorSetup, onSuccess: setSetup });
  const confirm = useMutation({
    mutationFn: confirmTwoFactorSetup,
    onSuccess: (recoveryCodes) => {
      setSetup(null);
      setCodes(recoveryCodes);
    },
  });
  const regenerate = useMutation({ mutationFn: regenerateRecoveryCodes, onSuccess: setCodes });
  const done = async () => {
    setCodes(null);
    await queryClient.invalidateQueries({ queryKey: twoFactorStatusKey });
  };

  const body = () => {
    if (!status.data) return status.error ? <StepError error={status.error} /> : <Spin />;
    if (codes) {
      return (
        <>
          <RecoveryCodesList codes={codes} />
          <Button type="primary" onClick={() => void done()} data-testid="two-factor-recovery-done">
            {m.recoverySaved}
          </Button>
        </>
      );
    }
    const { enrolled, required, recoveryCodesLeft } = status.data;
    return (
      <>
        <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label={m.stateLabel}>
            <Tag color={enrolled ? "green" : "default"} data-testid="two-factor-state">
              {enrolled ? m.stateOn : m.stateOff}
            </Tag>
          </Descriptions.Item>
          {enrolled && (
            <Descriptions.Item label={m.recoveryLeftLabel}>
              <span data-testid="two-factor-recovery-left">{m.recoveryLeft(recoveryCodesLeft)}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        {!enrolled && required && (
          <Alert type="warning" showIcon title={m.requiredNotice} style={{ marginBottom: 16 }} />
        )}
        {!enrolled &&
          (setup ? (
            <>
              <Typography.Paragraph type="secondary">{m.pageEnrolHint}</Typography.Paragraph>
              <EnrolmentQr setup={setup} />
              <CodeForm
                submit={m.pageEnrolSubmit}
                pending={confirm.isPending}
                error={confirm.error}
                onCode={(code) => confirm.mutate(code)}
              />
            </>
          ) : (
            <>
              {start.error && <StepError error={start.error} />}
              <Button
                type="primary"
                icon={<SafetyOutlined />}
                loading={start.isPending}
                onClick={() => start.mutate()}
                data-testid="two-factor-start"
              >
                {m.startSetup}
              </Button>
            </>
          ))}
        {enrolled && (
          <>
            <Typography.Title level={5}>{m.regenerateTitle}</Typography.Title>
            <Typography.Paragraph type="secondary">{m.regenerateHint}</Typography.Paragraph>
            <CodeForm
              submit={m.regenerate}
              pending={regenerate.isPending}
              error={regenerate.error}
              onCode={(code) => regenerate.mutate(code)}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
              {m.changePhoneHint}
            </Typography.Paragraph>
          </>
        )}
      </>
    );
  };

  return (
    <Card title={m.pageTitle} style={{ maxWidth: 640 }} data-testid="page-account-security">
      {body()}
    </Card>
  );
}
