import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type {
  Dashboard,
  MyTask,
  Notice,
  NoticeView,
  PeriodReportProgress,
  PlanListItem,
  PublicPlan,
  TargetDetail,
  TaskDetail,
  TaskFilters,
  TaskRow,
} from "./work-plan-types.ts";

const BASE = "/api/work-plan";
const id = (value: string) => encodeURIComponent(value);

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
    queryFn: async () => (await api.get<{ items: PlanListItem[] }>(`${BASE}/plans`)).items,
    staleTime: 5 * 60_000,
  });

export const dashboardQuery = (planId: string) =>
  queryOptions({
    queryKey: workPlanKeys.dashboard(planId),
    queryFn: () => api.get<Dashboard>(`${BASE}/plans/${id(planId)}/dashboard`),
  });

export const reportProgressQuery = (planId: string) =>
  queryOptions({
    queryKey: workPlanKeys.reportProgress(planId),
    queryFn: async () =>
      (
        await api.get<{ progress: PeriodReportProgress | null }>(
          `${BASE}/plans/${id(planId)}/report-progress`,
        )
      ).progress,
  });

export const tasksQuery = (planId: string, filters: TaskFilters) =>
  queryOptions({
    queryKey: workPlanKeys.tasks(planId, filters),
    queryFn: async () =>
      (
        await api.get<{ items: TaskRow[] }>(`${BASE}/plans/${id(planId)}/tasks`, {
          ...filters,
          mine: filters.mine || undefined,
        })
      ).items,
    placeholderData: keepPreviousData,
  });

export const myTasksQuery = (planId: string) =>
  queryOptions({
    queryKey: workPlanKeys.myTasks(planId),
    queryFn: async () => (await api.get<{ items: MyTask[] }>(`${BASE}/plans/${id(planId)}/my-tasks`)).items,
  });

export const taskQuery = (taskId: string) =>
  queryOptions({
    queryKey: workPlanKeys.task(taskId),
    queryFn: () => api.get<TaskDetail>(`${BASE}/tasks/${id(taskId)}`),
  });

export const targetQuery = (targetId: string) =>
  queryOptions({
    queryKey: workPlanKeys.target(targetId),
    queryFn: () => api.get<TargetDetail>(`${BASE}/targets/${id(targetId)}`),
  });

export const noticesQuery = (params: { view: NoticeView; planId?: string; state?: string }) =>
  queryOptions({
    queryKey: workPlanKeys.notices(params),
    queryFn: async () => (await api.get<{ items: Notice[] }>(`${BASE}/supervision/notices`, params)).items,
  });

export function respondToNotice(noticeId: string, response: string) {
  return api.post<{ id: string; respondedOn: string }>(
    `${BASE}/supervision/notices/${id(noticeId)}/respond`,
    {
      response,
    },
  );
}

export function runSweep() {
  return api.post<{ raised: number; escalated: number }>(`${BASE}/supervision/sweep`);
}

export const publicYearsQuery = () =>
  queryOptions({
    queryKey: ["public-work-plan", "years"],
    queryFn: async () =>
      (await api.get<{ items: { year: number; title: string }[] }>("/api/public/work-plan")).items,
  });

export const publicPlanQuery = (year: number) =>
  queryOptions({
    queryKey: ["public-work-plan", year],
    queryFn: () => api.get<PublicPlan>(`/api/public/work-plan/${year}`),
  });
