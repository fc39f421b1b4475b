import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { TARGET_STATUSES } from "@edubureau/domain/work-plan";
import { api, oneOf, withoutEmpty } from "../../app/api.ts";
import type { ApiBody, ApiData, ApiQuery } from "../../app/api-contract.ts";

// Shapes of /api/work-plan, from the generated contract (apps/server/src/modules/work-plan/work-plan.schemas.ts).

export type PlanListItem = ApiData<"/api/work-plan/plans">["items"][number];
export type Dashboard = ApiData<"/api/work-plan/plans/{planId}/dashboard">;
export type PlanHeader = Dashboard["plan"];
export type StatusCounts = Dashboard["targetCounts"];
export type TaskRow = ApiData<"/api/work-plan/plans/{planId}/tasks">["items"][number];
export type UnitRef = TaskRow["leadUnit"];
export type TaskDetail = ApiData<"/api/work-plan/tasks/{id}">;
export type Target = TaskDetail["targets"][number];
export type Milestone = TaskDetail["milestones"][number];
export type TargetDetail = ApiData<"/api/work-plan/targets/{id}">;
export type MyTask = ApiData<"/api/work-plan/plans/{planId}/my-tasks">["items"][number];
export type PeriodReport = MyTask["reports"][number];
/** 本期进展报告 from the server: city-wide (unitId null) or the signed-in unit's own. */
export type PeriodReportProgress = NonNullable<
  ApiData<"/api/work-plan/plans/{planId}/report-progress">["progress"]
>;
export type Report = ApiData<"/api/work-plan/reports/{id}">;
export type ReportStatus = Report["status"];
export type ReportListItem = ApiData<"/api/work-plan/reports">["items"][number];
export type ReportUpdate = ApiBody<"/api/work-plan/reports/{id}", "patch">;
export type Notice = ApiData<"/api/work-plan/supervision/notices">["items"][number];
export type NoticeView = NonNullable<ApiQueryView>;
type ApiQueryView = ApiQuery<"/api/work-plan/supervision/notices">["view"];
export type PublicPlan = ApiData<"/api/public/work-plan/{year}">;
export type PublicTarget = PublicPlan["focusAreas"][number]["tasks"][number]["targets"][number];

export interface TaskFilters {
  focusArea: string;
  status: string;
  unitId: string;
  q: string;
  mine: boolean;
}

const byPlan = (planId: string) => ({ params: { path: { planId } } });

export const workPlanKeys = {
  all: ["work-plan"] as const,
  plans: () => [...workPlanKeys.all, "plans"] as const,
  dashboard: (planId: string) => [...workPlanKeys.all, "dashboard", planId] as const,
  reportProgress: (planId: string) => [...workPlanKeys.all, "report-progress", planId] as const,
  tasks: (planId: string, filters: object) => [...workPlanKeys.all, "tasks", planId, filters] as const,
  myTasks: (planId: string) => [...workPlanKeys.all, "my-tasks", planId] as const,
  task: (taskId: string) => [...workPlanKeys.all, "task", taskId] as const,
  target: (targetId: string) => [...workPlanKeys.all, "target", targetId] as const,
  reports: (params: object) => [...workPlanKeys.all, "reports", params] as const,
  report: (reportId: string) => [...workPlanKeys.all, "report", reportId] as const,
  notices: (params: object) => [...workPlanKeys.all, "notices", params] as const,
};

export const plansQuery = () =>
  queryOptions({
    queryKey: workPlanKeys.plans(),
    queryFn: async () => (await api.GET("/api/work-plan/plans")).items,
    staleTime: 5 * 60_000,
  });

export const dashboardQuery = (planId: string) =>
  queryOptions({
    queryKey: workPlanKeys.dashboard(planId),
    queryFn: () => api.GET("/api/work-plan/plans/{planId}/dashboard", byPlan(planId)),
  });

export const reportProgressQuery = (planId: string) =>
  queryOptions({
    queryKey: workPlanKeys.reportProgress(planId),
    queryFn: async () =>
      (await api.GET("/api/work-plan/plans/{planId}/report-progress", byPlan(planId))).progress,
  });

export const tasksQuery = (planId: string, filters: TaskFilters) =>
  queryOptions({
    queryKey: workPlanKeys.tasks(planId, filters),
    queryFn: async () =>
      (
        await api.GET("/api/work-plan/plans/{planId}/tasks", {
          params: {
            path: { planId },
            query: {
              ...withoutEmpty(filters),
              status: oneOf(TARGET_STATUSES, filters.status),
              mine: filters.mine ? "true" : undefined,
            },
          },
        })
      ).items,
    placeholderData: keepPreviousData,
  });

export const myTasksQuery = (planId: string) =>
  queryOptions({
    queryKey: workPlanKeys.myTasks(planId),
    queryFn: async () => (await api.GET("/api/work-plan/plans/{planId}/my-tasks", byPlan(planId))).items,
  });

export const taskQuery = (taskId: string) =>
  queryOptions({
    queryKey: workPlanKeys.task(taskId),
    queryFn: () => api.GET("/api/work-plan/tasks/{id}", { params: { path: { id: taskId } } }),
  });

export const targetQuery = (targetId: string) =>
  queryOptions({
    queryKey: workPlanKeys.target(targetId),
    queryFn: () => api.GET("/api/work-plan/targets/{id}", { params: { path: { id: targetId } } }),
  });

export const noticesQuery = (params: ApiQuery<"/api/work-plan/supervision/notices">) =>
  queryOptions({
    queryKey: workPlanKeys.notices(params),
    queryFn: async () =>
      (await api.GET("/api/work-plan/supervision/notices", { params: { query: params } })).items,
  });

/** A leader's 批示 on a 督办单; with `urge` the unit is 催办 (notified to answer now). */
export function instructNotice(noticeId: string, body: { instruction: string; urge: boolean }) {
  return api.POST("/api/work-plan/supervision/notices/{id}/instruct", {
    params: { path: { id: noticeId } },
    body,
  });
}

export function respondToNotice(noticeId: string, response: string) {
  return api.POST("/api/work-plan/supervision/notices/{id}/respond", {
    params: { path: { id: noticeId } },
    body: { response },
  });
}

export function runSweep() {
  return api.POST("/api/work-plan/supervision/sweep");
}

export const publicYearsQuery = () =>
  queryOptions({
    queryKey: ["public-work-plan", "years"],
    queryFn: async () => (await api.GET("/api/public/work-plan")).items,
  });

export const publicPlanQuery = (year: number) =>
  queryOptions({
    queryKey: ["public-work-plan", year],
    queryFn: () => api.GET("/api/public/work-plan/{year}", { params: { path: { year } } }),
  });
