import { MenuOutlined } from "@ant-design/icons";
import { Button, Dropdown, Grid, Layout, Space, theme, Typography } from "antd";
import { Suspense } from "react";
import { Link, Outlet, useNavigate } from "react-router";
import { FullPageSpin } from "../../components/full-page-spin.tsx";
import { useBureauName } from "../../features/auth/use-bureau-name.ts";
import { t } from "../locale/index.ts";
import { LOGIN_PATH, SIGN_UP_PATH } from "../session/login-path.ts";
import { PUBLIC_PAGES } from "./public-pages.tsx";

/**
 * Frame of the pages open to the public: the bureau's name, the public pages, sign-up and sign-in.
 * Read on phones as much as on desktops: below 768 px the links fold into one menu.
 */
export function PublicLayout() {
  const bureauName = useBureauName();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const navigate = useNavigate();
  const links = [
    ...PUBLIC_PAGES.map((p) => ({ key: p.path, label: p.label })),
    { key: SIGN_UP_PATH, label: t.publicSite.signUp },
    { key: LOGIN_PATH, label: t.publicSite.signIn },
  ];
  return (
    <Layout className="public-site" style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          gap: 8,
          padding: narrow ? "0 12px" : "0 24px",
        }}
      >
        <Typography.Title level={narrow ? 5 : 4} style={{ margin: 0, minWidth: 0 }} ellipsis>
          <Link to="/public">{bureauName ?? t.brand.name}</Link>
          {!narrow && ` · ${t.publicSite.title}`}
        </Typography.Title>
        {narrow ? (
          <Dropdown
            trigger={["click"]}
            menu={{ items: links, onClick: ({ key }) => void navigate(key) }}
            placement="bottomRight"
          >
            <Button icon={<MenuOutlined />} data-testid="public-menu">
              {t.publicSite.menu}
            </Button>
          </Dropdown>
        ) : (
          <Space size="large">
            {links.map((link) => (
              <Link key={link.key} to={link.key}>
                {link.label}
              </Link>
            ))}
          </Space>
        )}
      </Layout.Header>
      <Layout.Content
        style={{ padding: narrow ? 12 : 24, maxWidth: 1280, width: "100%", margin: "0 auto", minWidth: 0 }}
      >
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: "center", padding: narrow ? 12 : undefined }}>
        {t.publicSite.footer}
      </Layout.Footer>
    </Layout>
  );
}
