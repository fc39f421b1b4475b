import {
  AuditOutlined,
  BankOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  BuildOutlined,
  CheckSquareOutlined,
  FormOutlined,
  HomeOutlined,
  TableOutlined,
  TeamOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
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
    path: "/institutions",
    label: t.institutions.menu,
    description: t.institutions.description,
    icon: <BankOutlined />,
    permission: "registry.read",
    page: lazy(() =>
      import("../features/institutions/institutions-page.tsx").then((m) => ({ default: m.InstitutionsPage })),
    ),
  },
  {
    path: "/designations",
    label: t.designations.menu,
    description: t.designations.description,
    icon: <TrophyOutlined />,
    permission: "registry.read",
    page: lazy(() =>
      import("../features/designations/designations-page.tsx").then((m) => ({ default: m.DesignationsPage })),
    ),
  },
  {
    path: "/projects",
    label: t.projects.menu,
    description: t.projects.description,
    icon: <BuildOutlined />,
    permission: "registry.read",
    page: lazy(() =>
      import("../features/projects/projects-page.tsx").then((m) => ({ default: m.ProjectsPage })),
    ),
  },
  {
    path: "/classes",
    label: t.classes.menu,
    description: t.classes.description,
    icon: <TableOutlined />,
    permission: "registry.read",
    page: lazy(() =>
      import("../features/classes/classes-page.tsx").then((m) => ({ default: m.ClassesPage })),
    ),
  },
  {
    path: "/indicators",
    label: t.indicators.menu,
    description: t.indicators.description,
    icon: <BarChartOutlined />,
    permission: "indicators.read",
    page: lazy(() =>
      import("../features/indicators/indicator-explorer-page.tsx").then((m) => ({
        default: m.IndicatorExplorerPage,
      })),
    ),
  },
  {
    path: "/data-entry",
    label: t.dataEntry.menu,
    description: t.dataEntry.description,
    icon: <FormOutlined />,
    permission: "data.submit",
    page: lazy(() =>
      import("../features/data-entry/data-entry-page.tsx").then((m) => ({ default: m.DataEntryPage })),
    ),
  },
  {
    path: "/data-approval",
    label: t.dataEntry.approvalMenu,
    description: t.dataEntry.approvalDescription,
    icon: <CheckSquareOutlined />,
    permission: "data.approve",
    page: lazy(() =>
      import("../features/data-entry/data-entry-page.tsx").then((m) => ({ default: m.DataApprovalPage })),
    ),
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
