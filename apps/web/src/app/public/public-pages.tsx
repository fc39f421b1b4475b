import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { t } from "../locale/index.ts";

/**
 * Pages anyone may open without signing in (政府信息公开, enrolment results, a parent's look-up).
 * Each lives under /public/… and is listed on the public index; a feature adds one entry here.
 */
export interface PublicPage {
  path: `/public/${string}`;
  label: string;
  description: string;
  page: LazyExoticComponent<ComponentType>;
}

export const PUBLIC_PAGES: readonly PublicPage[] = [
  {
    path: "/public/work-plan",
    label: t.workPlan.publicMenu,
    description: t.workPlan.publicDescription,
    page: lazy(() =>
      import("../../features/work-plan/public-plan-page.tsx").then((m) => ({
        default: m.PublicWorkPlanPage,
      })),
    ),
  },
  {
    path: "/public/health-record",
    label: t.health.publicTitle,
    description: t.health.publicDescription,
    page: lazy(() =>
      import("../../features/student-health/public-health-record-page.tsx").then((m) => ({
        default: m.PublicHealthRecordPage,
      })),
    ),
  },
  {
    path: "/public/enrolment",
    label: t.enrolment.publicPage.label,
    description: t.enrolment.publicPage.description,
    page: lazy(() =>
      import("../../features/enrolment/public-enrolment-page.tsx").then((m) => ({
        default: m.PublicEnrolmentPage,
      })),
    ),
  },
  {
    path: "/public/services",
    label: t.servicesHall.publicMenu,
    description: t.servicesHall.publicDescription,
    page: lazy(() =>
      import("../../features/services-hall/public-hall-page.tsx").then((m) => ({
        default: m.PublicHallPage,
      })),
    ),
  },
  {
    path: "/public/inspectorate",
    label: t.inspectorate.publicBoard.label,
    description: t.inspectorate.publicBoard.description,
    page: lazy(() =>
      import("../../features/inspectorate/public-inspectorate-page.tsx").then((m) => ({
        default: m.PublicInspectoratePage,
      })),
    ),
  },
  {
    path: "/public/services-verify",
    label: t.servicesHall.verifyMenu,
    description: t.servicesHall.verifyDescription,
    page: lazy(() =>
      import("../../features/services-hall/verify-page.tsx").then((m) => ({ default: m.VerifyPage })),
    ),
  },
  {
    path: "/public/complaints",
    label: t.inspectorate.publicComplaint.label,
    description: t.inspectorate.publicComplaint.description,
    page: lazy(() =>
      import("../../features/inspectorate/public-complaint-page.tsx").then((m) => ({
        default: m.PublicComplaintPage,
      })),
    ),
  },
];
