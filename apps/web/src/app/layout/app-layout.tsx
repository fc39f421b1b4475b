import { MenuOutlined } from "@ant-design/icons";
import { Breadcrumb, Button, Drawer, Grid, Layout, theme, Typography } from "antd";
import { Suspense, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { FullPageSpin } from "../../components/full-page-spin.tsx";
import { t } from "../locale/index.ts";
import { breadcrumbAt, moduleAt } from "../modules.tsx";
import { CHANGE_PASSWORD_PATH } from "../session/login-path.ts";
import { Brand } from "./brand.tsx";
import { GlobalSearch } from "./global-search.tsx";
import { PageCrumbsProvider, usePageCrumbsFor } from "./page-crumbs.tsx";
import { SideMenu } from "./side-menu.tsx";
import { UserBar } from "./user-bar.tsx";

const HEADER_HEIGHT = 56;

/**
 * The signed-in frame. Wide screens get the side menu; below the lg breakpoint (phones: parents, a school's
 * incident report, an inspector's visit record) the menu opens from a header button in a drawer, so no page
 * needs a minimum width.
 */
export function AppLayout() {
  const [collapsed, setCollapsed] = useState(false);
  // The drawer remembers the page it was opened on, so following a menu link closes it.
  const [drawerOpenedAt, setDrawerOpenedAt] = useState<string | null>(null);
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const title = moduleAt(pathname)?.label ?? (pathname === CHANGE_PASSWORD_PATH ? t.password.title : "");
  const drawerOpen = drawerOpenedAt === pathname;
  const setDrawerOpen = (open: boolean) => setDrawerOpenedAt(open ? pathname : null);

  return (
    <PageCrumbsProvider>
      <Layout style={{ minHeight: "100vh" }}>
        {narrow ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            closable={false}
            styles={{ body: { padding: 0, background: "#001529" } }}
          >
            <Brand collapsed={false} />
            <SideMenu />
          </Drawer>
        ) : (
          <Layout.Sider
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            width={208}
            style={{ position: "sticky", top: 0, height: "100vh", overflow: "auto" }}
          >
            <Brand collapsed={collapsed} />
            <SideMenu />
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Header
            style={{
              height: HEADER_HEIGHT,
              lineHeight: `${HEADER_HEIGHT}px`,
              padding: narrow ? "0 12px" : "0 24px",
              background: token.colorBgContainer,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              display: "flex",
              justifyContent: "space-between",
              alignItems: "center",
              gap: 8,
              position: "sticky",
              top: 0,
              zIndex: 10,
            }}
          >
            {narrow && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t.layout.expand}
                onClick={() => setDrawerOpen(true)}
                data-testid="menu-button"
              />
            )}
            <Typography.Title
              level={narrow ? 5 : 4}
              style={{ margin: 0, flex: 1, minWidth: 0 }}
              ellipsis
              data-testid="page-title"
            >
              {title}
            </Typography.Title>
            {!narrow && <GlobalSearch width={screens.xxl ? 320 : 240} />}
            <UserBar compact={narrow} />
          </Layout.Header>
          <Layout.Content style={{ padding: narrow ? 8 : 16, minWidth: 0 }}>
            <PageBreadcrumb pathname={pathname} />
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </PageCrumbsProvider>
  );
}

/**
 * 工作台 › 工作计划 › 任务清单 › 任务详情, from the menu's own list; a detail page may name its own end
 * (the task's title instead of 任务详情, usePageCrumbs). None on the 工作台 itself.
 */
function PageBreadcrumb({ pathname }: { pathname: string }) {
  const menuCrumbs = breadcrumbAt(pathname);
  const own = usePageCrumbsFor(pathname);
  if (menuCrumbs.length === 0) return null;
  const crumbs = own ? [...menuCrumbs.slice(0, -1), ...own] : menuCrumbs;
  return (
    <nav aria-label={t.layout.breadcrumb} data-testid="breadcrumb" style={{ marginBottom: 12 }}>
      <Breadcrumb
        items={crumbs.map((c) => ({
          title: c.path ? <Link to={c.path}>{c.label}</Link> : c.label,
        }))}
      />
    </nav>
  );
}
