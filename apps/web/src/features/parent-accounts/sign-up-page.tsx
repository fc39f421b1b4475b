import { useMutation } from "@tanstack/react-query";
import { App, Button, Card, Form, Input, Result, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { LOGIN_PATH } from "../../app/session/login-path.ts";
import { mobileRule } from "../../components/mobile-rule.ts";
import { passwordRule } from "../../components/password-rule.ts";
import { showFormError } from "../../components/show-error.ts";
import { sendSignUpCode, signUp, type SignUpInput } from "./sign-up.api.ts";

type Values = SignUpInput & { confirm: string };

/** 家长注册 on a phone: the number, a code sent to it, a name and a password. */
export function SignUpPage() {
  const l = t.signUp;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [wait, setWait] = useState(0);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const code = useMutation({
    mutationFn: async () => {
      const { phone } = await form.validateFields(["phone"]);
      return sendSignUpCode(phone.trim());
    },
    onSuccess: (answer) => {
      setWait(answer.resendAfterSeconds);
      void message.success(l.codeSent);
    },
    onError: (error) => {
      // A field the form itself refused has already said why.
      if (error instanceof Error) showFormError({ error, form, message });
    },
  });
  const register = useMutation({
    mutationFn: ({ confirm: _confirm, ...input }: Values) => signUp({ ...input, phone: input.phone.trim() }),
    onError: (error) => showFormError({ error, form, message }),
  });

  if (register.isSuccess) {
    return (
      <Card style={{ maxWidth: 480, margin: "0 auto" }}>
        <Result
          status="success"
          title={l.doneTitle}
          subTitle={l.doneText(register.data.username)}
          extra={
            <Link to={LOGIN_PATH}>
              <Button type="primary" size="large" data-testid="sign-up-login">
                {l.signIn}
              </Button>
            </Link>
          }
        />
      </Card>
    );
  }
  return (
    <Card title={l.title} style={{ maxWidth: 480, margin: "0 auto" }} data-testid="page-sign-up">
      <Typography.Paragraph type="secondary">{l.intro}</Typography.Paragraph>
      <Form form={form} layout="vertical" size="large" onFinish={(v) => register.mutate(v)}>
        <Form.Item name="phone" label={l.phone} required rules={[mobileRule]}>
          <Input inputMode="numeric" autoComplete="tel" maxLength={11} data-testid="sign-up-phone" />
        </Form.Item>
        <Form.Item label={l.code} required>
          <Space.Compact style={{ width: "100%" }}>
            <Form.Item
              name="code"
              noStyle
              rules={[
                { required: true, message: l.codeRequired },
                { pattern: /^\d{6}$/, message: l.codeInvalid },
              ]}
            >
              <Input
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                data-testid="sign-up-code"
              />
            </Form.Item>
            <Button
              onClick={() => code.mutate()}
              disabled={wait > 0}
              loading={code.isPending}
              data-testid="sign-up-send-code"
            >
              {wait > 0 ? l.resendIn(wait) : l.sendCode}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item
          name="displayName"
          label={l.displayName}
          rules={[{ required: true, message: l.nameRequired }]}
        >
          <Input autoComplete="name" maxLength={30} data-testid="sign-up-name" />
        </Form.Item>
        <Form.Item
          name="password"
          label={l.password}
          rules={[{ required: true, message: l.passwordRequired }, passwordRule]}
          extra={t.password.policy}
        >
          <Input.Password autoComplete="new-password" data-testid="sign-up-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={l.confirm}
          dependencies={["password"]}
          rules={[
            { required: true, message: l.confirmRequired },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue("password")
                  ? Promise.resolve()
                  : Promise.reject(new Error(l.confirmMismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="sign-up-confirm" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={register.isPending}
          data-testid="sign-up-submit"
        >
          {l.submit}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: "center" }}>
        {l.haveAccount} <Link to={LOGIN_PATH}>{l.signIn}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
