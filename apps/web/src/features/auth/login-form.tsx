import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../app/api-error.ts";
import { t } from "../../app/locale/index.ts";
import { safeNext } from "../../app/session/login-path.ts";
import { login, sessionKey } from "../../app/session/session-api.ts";
import type { Me } from "../../app/session/session-api.ts";
import { SecondFactorStep } from "./second-factor-step.tsx";

interface LoginValues {
  username: string;
  password: string;
}

function LoginError({ error }: { error: Error }) {
  // 429: too many attempts from this address; 401: wrong name or password (a locked account says the same).
  const locked = error instanceof ApiError && error.status === 429;
  return (
    <Alert
      type={locked ? "warning" : "error"}
      showIcon
      title={error instanceof ApiError ? error.title : t.errors.network}
      description={error instanceof ApiError ? error.detail : undefined}
      data-testid="login-error"
      style={{ marginBottom: 16 }}
    />
  );
}

export function LoginForm() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [secondFactor, setSecondFactor] = useState<{ mode: "verify" | "enrol"; challenge: string } | null>(
    null,
  );
  const signedIn = async (me: Me) => {
    // Nothing cached for a previous account may show to this one.
    queryClient.clear();
    queryClient.setQueryData(sessionKey, me);
    await navigate(safeNext(params.get("next")), { replace: true });
  };
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async (step) => {
      if (step.kind === "signed_in") await signedIn(step.me);
      else setSecondFactor({ mode: step.secondFactor, challenge: step.challenge });
    },
  });

  if (secondFactor) {
    return (
      <SecondFactorStep
        {...secondFactor}
        onSignedIn={(me) => void signedIn(me)}
        onBack={() => {
          mutation.reset();
          setSecondFactor(null);
        }}
      />
    );
  }
  return (
    <Form<LoginValues>
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={(values) => mutation.mutate(values)}
      data-testid="login-form"
    >
      {mutation.error && <LoginError error={mutation.error} />}
      <Form.Item
        name="username"
        label={t.login.username}
        rules={[{ required: true, message: t.login.usernameRequired }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t.login.password}
        rules={[{ required: true, message: t.login.passwordRequired }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          data-testid="login-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={mutation.isPending} data-testid="login-submit">
        {t.login.submit}
      </Button>
    </Form>
  );
}
