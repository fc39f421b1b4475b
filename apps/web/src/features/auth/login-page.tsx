import { Card, Flex, Space, Typography } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { SIGN_UP_PATH } from "../../app/session/login-path.ts";
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
      <Card style={{ width: "100%", maxWidth: 400, margin: 12 }} styles={{ body: { padding: 24 } }}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="login-bureau">
            {bureauName ?? t.brand.name}
          </Typography.Title>
          <Typography.Text style={{ fontSize: 16 }}>{t.brand.product}</Typography.Text>
        </Flex>
        <LoginForm />
        <Space separator="·" style={{ width: "100%", justifyContent: "center", marginTop: 16 }}>
          <Link to={SIGN_UP_PATH} data-testid="login-sign-up">
            {t.publicSite.signUp}
          </Link>
          <Link to="/public">{t.publicSite.home}</Link>
        </Space>
      </Card>
    </Flex>
  );
}
