import { AuditOutlined, ApartmentOutlined, HomeOutlined, TeamOutlined } from "@ant-design/icons";
import type { Permission } from "@edubureau/domain";
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { t } from "./locale/index.ts";

/**
 * One entry per page in the side menu. The router, the menu and the 工作台 quick links are all
 * built from this list: a new feature adds one entry here and nothing else in app/.
 */
export interface AppModule {
  path: string;
  label: string;
  /** One line for the 工作台 quick link; entries without one get no card. */
  description?: string;
  icon: ReactNode;
  /** Who sees the entry and may open the page; null: every signed-in account. */
  permission: Permission | null;
  page: LazyExoticComponent<ComponentType>;
}

export const MODULES: readonly AppModule[] = [
  {
    path: "/",
    label: t.menu.home,
    icon: <HomeOutlined />,
    permission: null,
    page: lazy(() => import("../features/home/home-page.tsx").then((m) => ({ default: m.HomePage }))),
  },
  {
    path: "/org-units",
    label: t.menu.orgUnits,
    description: t.modules.orgUnits,
    icon: <ApartmentOutlined />,
    permission: "orgUnits.read",
    page: lazy(() =>
      import("../features/org-units/org-units-page.tsx").then((m) => ({ default: m.OrgUnitsPage })),
    ),
  },
  {
    path: "/users",
    label: t.menu.users,
    description: t.modules.users,
    icon: <TeamOutlined />,
    permission: "users.read",
    page: lazy(() => import("../features/users/users-page.tsx").then((m) => ({ default: m.UsersPage }))),
  },
  {
    path: "/audit-log",
    label: t.menu.auditLog,
    description: t.modules.auditLog,
    icon: <AuditOutlined />,
    permission: "audit.read",
    page: lazy(() =>
      import("../features/audit-log/audit-log-page.tsx").then((m) => ({ default: m.AuditLogPage })),
    ),
  },
];

/** `menu-org-units` for "/org-units", `menu-home` for "/": stable ids for the browser tests. */
export function menuTestId(path: string): string {
  return `menu-${path === "/" ? "home" : path.slice(1).replaceAll("/", "-")}`;
}

/** The entry a location belongs to: its own path or one below it ("/" only matches itself). */
export function moduleAt(pathname: string): AppModule | undefined {
  return MODULES.find((m) => pathname === m.path || (m.path !== "/" && pathname.startsWith(`${m.path}/`)));
}
