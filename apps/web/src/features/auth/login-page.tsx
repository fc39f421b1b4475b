import { Card, Flex, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { LoginForm } from "./login-form.tsx";
import { useBureauName } from "./use-bureau-name.ts";

export function LoginPage() {
  const bureauName = useBureauName();
  return (
    <Flex
      align="center"
      justify="center"
      style={{ minHeight: "100vh", background: "linear-gradient(135deg, #0f2a4a 0%, #1f5fbf 100%)" }}
      data-testid="page-login"
    >
      <Card style={{ width: 400 }} styles={{ body: { padding: 32 } }}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t.brand.name}
          </Typography.Title>
          <Typography.Text style={{ fontSize: 16 }}>{t.brand.product}</Typography.Text>
          {bureauName && (
            <Typography.Text type="secondary" data-testid="login-bureau">
              {bureauName}
            </Typography.Text>
          )}
        </Flex>
        <LoginForm />
      </Card>
    </Flex>
  );
}
