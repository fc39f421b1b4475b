import {
  AuditOutlined,
  BellOutlined,
  BankOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  BuildOutlined,
  CheckSquareOutlined,
  FormOutlined,
  HeartOutlined,
  HomeOutlined,
  TableOutlined,
  TeamOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import {
  CrownOutlined,
  IdcardOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
} from "@ant-design/icons";
import { CloudUploadOutlined, CommentOutlined } from "@ant-design/icons";
import {
  AlertOutlined,
  FileDoneOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  UnorderedListOutlined,
} from "@ant-design/icons";
import {
  CalendarOutlined,
  FileSearchOutlined,
  MessageOutlined,
  FundOutlined,
  NumberOutlined,
  SmileOutlined,
} from "@ant-design/icons";
import type { Permission } from "@edubureau/domain";
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { matchPath } from "react-router";
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
  /** Routed but not in the menu or the quick links: a detail page such as "/work-plan/tasks/:id". */
  hidden?: boolean;
  /** For a hidden page: the menu entry kept selected while it is open. */
  menuParent?: string;
  /** The menu section the entry is listed under (工作计划, 名录与指标 …); none: at the top. */
  group?: MenuGroup;
}

/** A page loaded on its first visit: the named component of its module. */
function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

/** Menu sections, in the order the side menu shows them. */
export const MENU_GROUPS = [
  "plan",
  "registry",
  "enrolment",
  "health",
  "teachers",
  "safety",
  "services",
  "inspectorate",
  "system",
] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export const MODULES: readonly AppModule[] = [
  {
    path: "/",
    label: t.menu.home,
    icon: <HomeOutlined />,
    permission: null,
    page: lazyPage(() => import("../features/home/home-page.tsx"), "HomePage"),
  },
  {
    path: "/notifications",
    label: t.menu.notifications,
    icon: <BellOutlined />,
    permission: null,
    page: lazy(() =>
      import("../features/notifications/notifications-page.tsx").then((m) => ({
        default: m.NotificationsPage,
      })),
    ),
  },
  {
    path: "/work-plan",
    group: "plan",
    label: t.workPlan.menu.dashboard,
    description: t.workPlan.descriptions.dashboard,
    icon: <ProjectOutlined />,
    permission: "plan.read",
    page: lazyPage(() => import("../features/work-plan/dashboard-page.tsx"), "WorkPlanDashboardPage"),
  },
  {
    path: "/work-plan/tasks",
    group: "plan",
    label: t.workPlan.menu.tasks,
    description: t.workPlan.descriptions.tasks,
    icon: <UnorderedListOutlined />,
    permission: "plan.read",
    page: lazyPage(() => import("../features/work-plan/tasks-page.tsx"), "WorkPlanTasksPage"),
  },
  {
    path: "/work-plan/mine",
    group: "plan",
    label: t.workPlan.menu.mine,
    description: t.workPlan.descriptions.mine,
    icon: <ScheduleOutlined />,
    permission: "plan.report",
    page: lazyPage(() => import("../features/work-plan/my-tasks-page.tsx"), "WorkPlanMyTasksPage"),
  },
  {
    path: "/work-plan/reviews",
    group: "plan",
    label: t.workPlan.menu.reviews,
    description: t.workPlan.descriptions.reviews,
    icon: <FileDoneOutlined />,
    permission: "plan.report",
    page: lazyPage(() => import("../features/work-plan/reviews-page.tsx"), "WorkPlanReviewsPage"),
  },
  {
    path: "/work-plan/supervision",
    group: "plan",
    label: t.workPlan.menu.supervision,
    description: t.workPlan.descriptions.supervision,
    icon: <AlertOutlined />,
    permission: "plan.read",
    page: lazyPage(() => import("../features/work-plan/supervision-page.tsx"), "WorkPlanSupervisionPage"),
  },
  {
    path: "/work-plan/provenance",
    group: "plan",
    label: t.targetProvenance.menu,
    description: t.targetProvenance.description,
    icon: <FileSearchOutlined />,
    permission: "plan.read",
    page: lazyPage(() => import("../features/work-plan/provenance-page.tsx"), "WorkPlanProvenancePage"),
  },
  {
    path: "/work-plan/import",
    group: "plan",
    label: t.workPlan.importMenu,
    description: t.workPlan.importDescription,
    icon: <CloudUploadOutlined />,
    permission: "plan.manage",
    page: lazyPage(() => import("../features/work-plan/plan-import-page.tsx"), "WorkPlanImportPage"),
  },
  {
    path: "/work-plan/tasks/:id",
    group: "plan",
    label: t.workPlan.menu.task,
    icon: null,
    permission: "plan.read",
    hidden: true,
    menuParent: "/work-plan/tasks",
    page: lazyPage(() => import("../features/work-plan/task-detail-page.tsx"), "WorkPlanTaskPage"),
  },
  {
    path: "/work-plan/targets/:id",
    group: "plan",
    label: t.workPlan.menu.target,
    icon: null,
    permission: "plan.read",
    hidden: true,
    menuParent: "/work-plan/tasks",
    page: lazyPage(() => import("../features/work-plan/target-detail-page.tsx"), "WorkPlanTargetPage"),
  },
  {
    path: "/work-plan/reports/:id",
    group: "plan",
    label: t.workPlan.menu.report,
    icon: null,
    permission: "plan.read",
    hidden: true,
    menuParent: "/work-plan/tasks",
    page: lazyPage(() => import("../features/work-plan/report-page.tsx"), "WorkPlanReportPage"),
  },
  {
    path: "/campus-safety",
    group: "safety",
    label: t.campusSafety.menu.board,
    description: t.campusSafety.descriptions.board,
    icon: <AlertOutlined />,
    permission: "safety.read",
    page: lazyPage(() => import("../features/campus-safety/command-board-page.tsx"), "CommandBoardPage"),
  },
  {
    path: "/campus-safety/report",
    group: "safety",
    label: t.campusSafety.menu.report,
    description: t.campusSafety.descriptions.report,
    icon: <FormOutlined />,
    permission: "safety.report",
    page: lazyPage(() => import("../features/campus-safety/incident-report-page.tsx"), "IncidentReportPage"),
  },
  {
    path: "/campus-safety/incidents",
    group: "safety",
    label: t.campusSafety.menu.queue,
    description: t.campusSafety.descriptions.queue,
    icon: <CheckSquareOutlined />,
    permission: "safety.read",
    page: lazyPage(() => import("../features/campus-safety/incident-queue-page.tsx"), "IncidentQueuePage"),
  },
  {
    path: "/campus-safety/hazards",
    group: "safety",
    label: t.campusSafety.menu.hazards,
    icon: <FileSearchOutlined />,
    permission: "safety.read",
    page: lazyPage(() => import("../features/campus-safety/hazards-page.tsx"), "HazardsPage"),
  },
  {
    path: "/campus-safety/compliance",
    group: "safety",
    label: t.campusSafety.menu.compliance,
    icon: <SafetyCertificateOutlined />,
    permission: "safety.read",
    page: lazyPage(() => import("../features/campus-safety/compliance-page.tsx"), "CompliancePage"),
  },
  {
    path: "/campus-safety/drills",
    group: "safety",
    label: t.campusSafety.menu.drills,
    icon: <CalendarOutlined />,
    permission: "safety.read",
    page: lazyPage(() => import("../features/campus-safety/drills-page.tsx"), "DrillsPage"),
  },
  {
    path: "/campus-safety/inspections",
    group: "safety",
    label: t.campusSafety.menu.inspections,
    icon: <AuditOutlined />,
    permission: "safety.read",
    page: lazyPage(() => import("../features/campus-safety/inspections-page.tsx"), "InspectionsPage"),
  },
  {
    path: "/campus-safety/opinion",
    group: "safety",
    label: t.campusSafety.menu.opinion,
    icon: <CommentOutlined />,
    permission: "safety.read",
    page: lazy(() =>
      import("../features/campus-safety/opinion-page.tsx").then((m) => ({ default: m.OpinionPage })),
    ),
  },
  {
    path: "/campus-safety/crisis",
    group: "safety",
    label: t.campusSafety.menu.crisis,
    icon: <HeartOutlined />,
    permission: "safety.read",
    page: lazyPage(() => import("../features/campus-safety/crisis-page.tsx"), "CrisisPage"),
  },
  {
    path: "/org-units",
    group: "system",
    label: t.menu.orgUnits,
    description: t.modules.orgUnits,
    icon: <ApartmentOutlined />,
    permission: "orgUnits.read",
    page: lazyPage(() => import("../features/org-units/org-units-page.tsx"), "OrgUnitsPage"),
  },
  {
    path: "/users",
    group: "system",
    label: t.menu.users,
    description: t.modules.users,
    icon: <TeamOutlined />,
    permission: "users.read",
    page: lazyPage(() => import("../features/users/users-page.tsx"), "UsersPage"),
  },
  {
    path: "/institutions",
    group: "registry",
    label: t.institutions.menu,
    description: t.institutions.description,
    icon: <BankOutlined />,
    permission: "registry.read",
    page: lazyPage(() => import("../features/institutions/institutions-page.tsx"), "InstitutionsPage"),
  },
  {
    path: "/institutions/:id",
    group: "registry",
    label: t.school.page,
    icon: null,
    permission: "registry.read",
    hidden: true,
    menuParent: "/institutions",
    page: lazy(() =>
      import("../features/institutions/school-page.tsx").then((m) => ({ default: m.SchoolPage })),
    ),
  },
  {
    path: "/designations",
    group: "registry",
    label: t.designations.menu,
    description: t.designations.description,
    icon: <TrophyOutlined />,
    permission: "registry.read",
    page: lazyPage(() => import("../features/designations/designations-page.tsx"), "DesignationsPage"),
  },
  {
    path: "/projects",
    group: "registry",
    label: t.projects.menu,
    description: t.projects.description,
    icon: <BuildOutlined />,
    permission: "registry.read",
    page: lazyPage(() => import("../features/projects/projects-page.tsx"), "ProjectsPage"),
  },
  {
    path: "/classes",
    group: "registry",
    label: t.classes.menu,
    description: t.classes.description,
    icon: <TableOutlined />,
    permission: "registry.read",
    page: lazyPage(() => import("../features/classes/classes-page.tsx"), "ClassesPage"),
  },
  {
    path: "/indicators",
    group: "registry",
    label: t.indicators.menu,
    description: t.indicators.description,
    icon: <BarChartOutlined />,
    permission: "indicators.read",
    page: lazyPage(
      () => import("../features/indicators/indicator-explorer-page.tsx"),
      "IndicatorExplorerPage",
    ),
  },
  {
    path: "/data-entry",
    group: "registry",
    label: t.dataEntry.menu,
    description: t.dataEntry.description,
    icon: <FormOutlined />,
    permission: "data.submit",
    page: lazyPage(() => import("../features/data-entry/data-entry-page.tsx"), "DataEntryPage"),
  },
  {
    path: "/data-approval",
    group: "registry",
    label: t.dataEntry.approvalMenu,
    description: t.dataEntry.approvalDescription,
    icon: <CheckSquareOutlined />,
    permission: "data.approve",
    page: lazyPage(() => import("../features/data-entry/data-entry-page.tsx"), "DataApprovalPage"),
  },
  {
    path: "/teachers",
    group: "teachers",
    label: t.teachers.menu.registry,
    description: t.teachers.descriptions.registry,
    icon: <IdcardOutlined />,
    permission: "teachers.read",
    page: lazyPage(() => import("../features/teachers/teachers-page.tsx"), "TeachersPage"),
  },
  {
    path: "/teacher-training",
    group: "teachers",
    label: t.teachers.menu.training,
    description: t.teachers.descriptions.training,
    icon: <ReadOutlined />,
    permission: "teachers.read",
    page: lazyPage(() => import("../features/teachers/training-page.tsx"), "TrainingPage"),
  },
  {
    path: "/teacher-registration",
    group: "teachers",
    label: t.teachers.menu.registration,
    description: t.teachers.descriptions.registration,
    icon: <SafetyCertificateOutlined />,
    permission: "teachers.read",
    page: lazyPage(() => import("../features/teachers/registration-page.tsx"), "RegistrationPage"),
  },
  {
    path: "/teacher-honours",
    group: "teachers",
    label: t.teachers.menu.honours,
    description: t.teachers.descriptions.honours,
    icon: <CrownOutlined />,
    permission: "teachers.read",
    page: lazyPage(() => import("../features/teachers/honours-page.tsx"), "HonoursPage"),
  },
  {
    path: "/talent-pool",
    group: "teachers",
    label: t.teachers.menu.pool,
    description: t.teachers.descriptions.pool,
    icon: <TeamOutlined />,
    permission: "teachers.read",
    page: lazyPage(() => import("../features/teachers/talent-pool-page.tsx"), "TalentPoolPage"),
  },
  {
    path: "/my-record",
    group: "teachers",
    label: t.teachers.menu.mine,
    description: t.teachers.descriptions.mine,
    icon: <SolutionOutlined />,
    permission: "teachers.self",
    page: lazyPage(() => import("../features/teachers/my-record-page.tsx"), "MyRecordPage"),
  },
  {
    path: "/students",
    group: "health",
    label: t.health.menu.students,
    description: t.health.descriptions.students,
    icon: <IdcardOutlined />,
    permission: "students.read",
    page: lazyPage(() => import("../features/students/students-page.tsx"), "StudentsPage"),
  },
  {
    path: "/student-health",
    group: "health",
    label: t.health.menu.dashboard,
    description: t.health.descriptions.dashboard,
    icon: <HeartOutlined />,
    permission: "health.read",
    page: lazyPage(
      () => import("../features/student-health/health-dashboard-page.tsx"),
      "HealthDashboardPage",
    ),
  },
  {
    path: "/enrolment/rounds",
    group: "enrolment",
    label: t.enrolment.menu.rounds,
    description: t.enrolment.descriptions.rounds,
    icon: <CalendarOutlined />,
    permission: "enrolment.read",
    page: lazyPage(() => import("../features/enrolment/rounds-page.tsx"), "RoundsPage"),
  },
  {
    path: "/enrolment/review",
    group: "enrolment",
    label: t.enrolment.menu.review,
    description: t.enrolment.descriptions.review,
    icon: <FileSearchOutlined />,
    permission: "enrolment.review",
    page: lazyPage(() => import("../features/enrolment/review-page.tsx"), "ReviewPage"),
  },
  {
    path: "/enrolment/draw",
    group: "enrolment",
    label: t.enrolment.menu.draw,
    description: t.enrolment.descriptions.draw,
    icon: <NumberOutlined />,
    permission: "enrolment.manage",
    page: lazyPage(() => import("../features/enrolment/draw-console-page.tsx"), "DrawConsolePage"),
  },
  {
    path: "/enrolment/statistics",
    group: "enrolment",
    label: t.enrolment.menu.statistics,
    description: t.enrolment.descriptions.statistics,
    icon: <FundOutlined />,
    permission: "enrolment.read",
    page: lazyPage(() => import("../features/enrolment/statistics-page.tsx"), "EnrolmentStatisticsPage"),
  },
  {
    path: "/enrolment/mine",
    group: "enrolment",
    label: t.enrolment.menu.mine,
    description: t.enrolment.descriptions.mine,
    icon: <SmileOutlined />,
    permission: "enrolment.apply",
    page: lazyPage(() => import("../features/enrolment/my-applications-page.tsx"), "MyApplicationsPage"),
  },
  {
    path: "/enrolment/mine/:id/receipt",
    hidden: true,
    menuParent: "/enrolment/mine",
    label: t.enrolment.receiptTitle,
    icon: <SmileOutlined />,
    permission: "enrolment.apply",
    page: lazyPage(
      () => import("../features/enrolment/application-receipt-page.tsx"),
      "ApplicationReceiptPage",
    ),
  },
  {
    path: "/audit-log",
    group: "system",
    label: t.menu.auditLog,
    description: t.modules.auditLog,
    icon: <AuditOutlined />,
    permission: "audit.read",
    page: lazyPage(() => import("../features/audit-log/audit-log-page.tsx"), "AuditLogPage"),
  },
  {
    path: "/sms-outbox",
    group: "system",
    label: t.signUp.outboxMenu,
    description: t.signUp.outboxDescription,
    icon: <MessageOutlined />,
    permission: "sms.read",
    page: lazyPage(() => import("../features/parent-accounts/sms-outbox-page.tsx"), "SmsOutboxPage"),
  },
  {
    path: "/services/mine",
    group: "services",
    label: t.servicesHall.menu.mine,
    description: t.servicesHall.descriptions.mine,
    icon: <FileDoneOutlined />,
    permission: "services.apply",
    page: lazyPage(() => import("../features/services-hall/my-cases-page.tsx"), "MyCasesPage"),
  },
  {
    path: "/services/apply/:id",
    hidden: true,
    menuParent: "/services/mine",
    label: t.servicesHall.apply,
    icon: <FormOutlined />,
    permission: "services.apply",
    page: lazyPage(() => import("../features/services-hall/apply-page.tsx"), "ApplyPage"),
  },
  {
    path: "/services/queue",
    group: "services",
    label: t.servicesHall.menu.queue,
    description: t.servicesHall.descriptions.queue,
    icon: <ScheduleOutlined />,
    permission: "services.handle",
    page: lazyPage(() => import("../features/services-hall/work-queue-page.tsx"), "WorkQueuePage"),
  },
  {
    path: "/services/items",
    group: "services",
    label: t.servicesHall.menu.items,
    description: t.servicesHall.descriptions.items,
    icon: <UnorderedListOutlined />,
    permission: "services.manage",
    page: lazyPage(() => import("../features/services-hall/items-page.tsx"), "ItemsPage"),
  },
  {
    path: "/services/stats",
    group: "services",
    label: t.servicesHall.menu.stats,
    description: t.servicesHall.descriptions.stats,
    icon: <BarChartOutlined />,
    permission: "services.stats",
    page: lazyPage(() => import("../features/services-hall/stats-page.tsx"), "StatsPage"),
  },
  {
    path: "/inspectorate",
    group: "inspectorate",
    label: t.inspectorate.menu.today,
    description: t.inspectorate.descriptions.today,
    icon: <SafetyCertificateOutlined />,
    permission: "inspectorate.read",
    page: lazyPage(() => import("../features/inspectorate/today-page.tsx"), "InspectorateTodayPage"),
  },
  {
    path: "/inspectorate/evaluation",
    group: "inspectorate",
    label: t.inspectorate.menu.board,
    description: t.inspectorate.descriptions.board,
    icon: <FundOutlined />,
    permission: "inspectorate.read",
    page: lazyPage(() => import("../features/inspectorate/board-page.tsx"), "EvaluationBoardPage"),
  },
  {
    path: "/inspectorate/evaluations/:id",
    group: "inspectorate",
    label: t.inspectorate.menu.evaluation,
    icon: <FundOutlined />,
    permission: "inspectorate.read",
    hidden: true,
    menuParent: "/inspectorate/evaluation",
    page: lazyPage(() => import("../features/inspectorate/evaluation-page.tsx"), "EvaluationPage"),
  },
  {
    path: "/inspectorate/plans",
    group: "inspectorate",
    label: t.inspectorate.menu.plans,
    description: t.inspectorate.descriptions.plans,
    icon: <FileSearchOutlined />,
    permission: "inspectorate.read",
    page: lazyPage(() => import("../features/inspectorate/plans-page.tsx"), "InspectionPlansPage"),
  },
  {
    path: "/inspectorate/plans/:id",
    group: "inspectorate",
    label: t.inspectorate.menu.plan,
    icon: <FileSearchOutlined />,
    permission: "inspectorate.read",
    hidden: true,
    menuParent: "/inspectorate/plans",
    page: lazyPage(() => import("../features/inspectorate/plan-page.tsx"), "InspectionPlanPage"),
  },
  {
    path: "/inspectorate/visits/:id",
    group: "inspectorate",
    label: t.inspectorate.menu.visit,
    icon: <FileSearchOutlined />,
    permission: "inspectorate.read",
    hidden: true,
    menuParent: "/inspectorate/plans",
    page: lazyPage(() => import("../features/inspectorate/visit-page.tsx"), "VisitPage"),
  },
  {
    path: "/inspectorate/rectifications",
    group: "inspectorate",
    label: t.inspectorate.menu.rectifications,
    description: t.inspectorate.descriptions.rectifications,
    icon: <CheckSquareOutlined />,
    permission: "inspectorate.read",
    page: lazyPage(() => import("../features/inspectorate/rectifications-page.tsx"), "RectificationsPage"),
  },
  {
    path: "/inspectorate/rectifications/:id",
    group: "inspectorate",
    label: t.inspectorate.menu.rectification,
    icon: <CheckSquareOutlined />,
    permission: "inspectorate.read",
    hidden: true,
    menuParent: "/inspectorate/rectifications",
    page: lazyPage(() => import("../features/inspectorate/rectification-page.tsx"), "RectificationPage"),
  },
  {
    path: "/inspectorate/duty",
    group: "inspectorate",
    label: t.inspectorate.menu.duty,
    icon: <TeamOutlined />,
    permission: "inspectorate.read",
    page: lazyPage(() => import("../features/inspectorate/duty-page.tsx"), "DutyPage"),
  },
  {
    path: "/inspectorate/monitoring",
    group: "inspectorate",
    label: t.inspectorate.menu.monitoring,
    description: t.inspectorate.descriptions.monitoring,
    icon: <BarChartOutlined />,
    permission: "inspectorate.read",
    page: lazyPage(() => import("../features/inspectorate/monitoring-page.tsx"), "MonitoringPage"),
  },
];

/** `menu-org-units` for "/org-units", `menu-home` for "/": stable ids for the browser tests. */
export function menuTestId(path: string): string {
  return `menu-${path === "/" ? "home" : path.slice(1).replaceAll("/", "-")}`;
}

/** The menu entry a location belongs to: the longest entry path it is at or below ("/" only matches itself). */
export function menuEntryAt(pathname: string): AppModule | undefined {
  const parent = MODULES.find((m) => m.hidden && m.menuParent && matchPath(m.path, pathname))?.menuParent;
  if (parent) return MODULES.find((m) => m.path === parent);
  const below = (m: AppModule) =>
    pathname === m.path || (m.path !== "/" && pathname.startsWith(`${m.path}/`));
  return MODULES.filter((m) => !m.hidden && below(m)).sort((a, b) => b.path.length - a.path.length)[0];
}

/** The page at a location (its title): a routed detail page by its pattern, else its menu entry. */
export function moduleAt(pathname: string): AppModule | undefined {
  return MODULES.find((m) => m.hidden && matchPath(m.path, pathname)) ?? menuEntryAt(pathname);
}

export interface Crumb {
  label: string;
  /** A page to go back to; none for a menu section or the page itself. */
  path?: string;
}

/**
 * Where a location sits in the menu, for the breadcrumb: 工作台 › section › menu entry › detail page. Built from
 * this list, so the breadcrumb and the menu never disagree.
 */
export function breadcrumbAt(pathname: string): Crumb[] {
  const home = MODULES[0];
  const entry = menuEntryAt(pathname);
  const page = moduleAt(pathname);
  if (!home || !entry || entry.path === "/") return [];
  const crumbs: Crumb[] = [{ label: home.label, path: home.path }];
  if (entry.group) crumbs.push({ label: t.menuGroups[entry.group] });
  const atEntry = page === entry && pathname === entry.path;
  crumbs.push(atEntry ? { label: entry.label } : { label: entry.label, path: entry.path });
  if (!atEntry) crumbs.push({ label: page && page !== entry ? page.label : entry.label });
  return crumbs;
}
