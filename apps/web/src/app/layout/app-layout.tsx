import { Layout, theme, Typography } from "antd";
import { Suspense, useState } from "react";
import { Outlet, useLocation } from "react-router";
import { FullPageSpin } from "../../components/full-page-spin.tsx";
import { t } from "../locale/index.ts";
import { moduleAt } from "../modules.tsx";
import { CHANGE_PASSWORD_PATH } from "../session/login-path.ts";
import { Brand } from "./brand.tsx";
import { SideMenu } from "./side-menu.tsx";
import { UserBar } from "./user-bar.tsx";

const HEADER_HEIGHT = 56;

export function AppLayout() {
  const [collapsed, setCollapsed] = useState(false);
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  // A page also used on phones keeps the layout within the screen: the menu folds away below 768 px.
  const narrow = moduleAt(pathname)?.narrow === true;
  const title = moduleAt(pathname)?.label ?? (pathname === CHANGE_PASSWORD_PATH ? t.password.title : "");

  return (
    <Layout style={{ minHeight: "100vh" }} className={narrow ? "narrow-page" : undefined}>
      <Layout.Sider
        {...(narrow ? { breakpoint: "md" as const, collapsedWidth: 0 } : {})}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={208}
        style={{ position: "sticky", top: 0, height: "100vh", overflow: "auto" }}
      >
        <Brand collapsed={collapsed} />
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            ...(narrow
              ? { minHeight: HEADER_HEIGHT, height: "auto", lineHeight: "normal", flexWrap: "wrap" as const }
              : { height: HEADER_HEIGHT, lineHeight: `${HEADER_HEIGHT}px` }),
            padding: narrow ? "8px 16px" : "0 24px",
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            display: "flex",
            justifyContent: "space-between",
            alignItems: "center",
            position: "sticky",
            top: 0,
            zIndex: 10,
          }}
        >
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
            {title}
          </Typography.Title>
          <UserBar />
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
