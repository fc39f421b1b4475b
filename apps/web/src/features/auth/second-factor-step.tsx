import { SafetyOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Form, Input, Spin, Typography } from "antd";
import { useState } from "react";
import { ApiError } from "../../app/api-error.ts";
import { t } from "../../app/locale/index.ts";
import { loginEnrolment, loginWithCode } from "../../app/session/session-api.ts";
import type { Me } from "../../app/session/session-api.ts";
import { EnrolmentQr, RecoveryCodesList } from "./two-factor-panels.tsx";

const m = t.twoFactor;

export function StepError({ error }: { error: Error }) {
  return (
    <Alert
      type="error"
      showIcon
      title={error instanceof ApiError ? error.title : t.errors.network}
      description={error instanceof ApiError ? error.detail : undefined}
      data-testid="second-factor-error"
      style={{ marginBottom: 16 }}
    />
  );
}

function Enrolment({ challenge }: { challenge: string }) {
  const setup = useQuery({
    queryKey: ["login-enrolment", challenge],
    queryFn: () => loginEnrolment(challenge),
    staleTime: Infinity,
    retry: false,
  });
  if (setup.error) return <StepError error={setup.error} />;
  if (!setup.data) return <Spin />;
  return <EnrolmentQr setup={setup.data} />;
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <>
      <RecoveryCodesList codes={codes} />
      <Button type="primary" block onClick={onDone} data-testid="two-factor-recovery-done">
        {m.recoveryDone}
      </Button>
    </>
  );
}

/** After the password: the code (or a recovery code), or first the enrolment of an authenticator. */
export function SecondFactorStep(props: {
  mode: "verify" | "enrol";
  challenge: string;
  onSignedIn: (me: Me) => void;
  onBack: () => void;
}) {
  const [recovery, setRecovery] = useState<{ me: Me; codes: string[] } | null>(null);
  const mutation = useMutation({
    mutationFn: (code: string) => loginWithCode({ challenge: props.challenge, code }),
    onSuccess: (result) => {
      if (result.recoveryCodes) setRecovery({ me: result.me, codes: result.recoveryCodes });
      else props.onSignedIn(result.me);
    },
  });
  if (recovery) return <RecoveryCodes codes={recovery.codes} onDone={() => props.onSignedIn(recovery.me)} />;
  const enrolling = props.mode === "enrol";
  return (
    <Form<{ code: string }>
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={(values) => mutation.mutate(values.code)}
      data-testid="two-factor-form"
    >
      <Typography.Title level={4}>
        <SafetyOutlined /> {enrolling ? m.enrolTitle : m.codeTitle}
      </Typography.Title>
      {enrolling ? (
        <Enrolment challenge={props.challenge} />
      ) : (
        <Typography.Paragraph type="secondary">{m.codeHint}</Typography.Paragraph>
      )}
      {mutation.error && <StepError error={mutation.error} />}
      <Form.Item
        name="code"
        label={enrolling ? m.enrolCode : m.code}
        rules={[{ required: true, message: m.codeRequired }]}
      >
        <Input autoComplete="one-time-code" inputMode="numeric" autoFocus data-testid="two-factor-code" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={mutation.isPending}
        data-testid="two-factor-submit"
      >
        {enrolling ? m.enrolSubmit : m.verify}
      </Button>
      <Button type="link" block onClick={props.onBack} style={{ marginTop: 8 }}>
        {m.back}
      </Button>
    </Form>
  );
}
