import { Layout, Space, theme, Typography } from "antd";
import { Suspense } from "react";
import { Link, Outlet } from "react-router";
import { FullPageSpin } from "../../components/full-page-spin.tsx";
import { useBureauName } from "../../features/auth/use-bureau-name.ts";
import { t } from "../locale/index.ts";
import { LOGIN_PATH } from "../session/login-path.ts";
import { PUBLIC_PAGES } from "./public-pages.tsx";

/** Frame of the pages open to the public: the bureau's name, the public pages, and a way to sign in. */
export function PublicLayout() {
  const bureauName = useBureauName();
  const { token } = theme.useToken();
  return (
    <Layout className="public-site" style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          padding: "0 24px",
        }}
      >
        <Typography.Title level={4} style={{ margin: 0 }}>
          <Link to="/public">{bureauName ?? t.brand.name}</Link> · {t.publicSite.title}
        </Typography.Title>
        <Space size="large">
          {PUBLIC_PAGES.map((p) => (
            <Link key={p.path} to={p.path}>
              {p.label}
            </Link>
          ))}
          <Link to={LOGIN_PATH}>{t.publicSite.signIn}</Link>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1280, width: "100%", margin: "0 auto" }}>
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: "center" }}>{t.publicSite.footer}</Layout.Footer>
    </Layout>
  );
}
