import { useQuery } from "@tanstack/react-query";
import { Card, Empty, Flex, Space, Spin, Typography } from "antd";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { PlanPicker } from "./plan-picker.tsx";
import { EMPTY_TASK_FILTERS, TaskFiltersBar } from "./task-filters.tsx";
import { TasksTable } from "./tasks-table.tsx";
import { usePlan } from "./use-plan.ts";
import { tasksQuery } from "./work-plan.api.ts";
import type { TaskFilters } from "./work-plan.api.ts";

const TEXT_KEYS = ["focusArea", "status", "unitId", "q"] as const;

/** 任务清单: every task of the plan, filtered in the address bar so a link shows the same list. */
export function WorkPlanTasksPage() {
  const me = useSession();
  const { plans, plan, choose, isPending, error } = usePlan();
  const [params, setParams] = useSearchParams();
  const filters: TaskFilters = {
    focusArea: params.get("focusArea") ?? "",
    status: params.get("status") ?? "",
    unitId: params.get("unitId") ?? "",
    q: params.get("q") ?? "",
    mine: params.get("mine") === "1",
  };
  const planId = plan?.id ?? "";
  const all = useQuery({ ...tasksQuery(planId, EMPTY_TASK_FILTERS), enabled: plan !== undefined });
  const list = useQuery({ ...tasksQuery(planId, filters), enabled: plan !== undefined });

  const apply = (next: TaskFilters) => {
    const search = new URLSearchParams();
    const current = params.get("plan");
    if (current) search.set("plan", current);
    for (const key of TEXT_KEYS) if (next[key]) search.set(key, next[key]);
    if (next.mine) search.set("mine", "1");
    setParams(search, { replace: true });
  };

  if (error) return <QueryErrorResult error={error} />;
  if (isPending) return <Spin />;
  if (!plan) return <Empty description={t.workPlan.noPlan} />;
  return (
    <Card data-testid="page-work-plan-tasks">
      <Space orientation="vertical" size={12} style={{ width: "100%" }}>
        <Flex justify="space-between" wrap gap={8}>
          <PlanPicker plans={plans} plan={plan} onChange={choose} />
          {list.data && (
            <Typography.Text type="secondary" data-testid="wp-task-count">
              {t.workPlan.tasksCount(list.data.length)}
            </Typography.Text>
          )}
        </Flex>
        <TaskFiltersBar
          key={filters.q}
          value={filters}
          all={all.data ?? []}
          canFilterMine={hasPermission(me, "plan.report")}
          onChange={apply}
        />
        <ErrorAlert error={list.error} />
        <TasksTable tasks={list.data ?? []} loading={list.isFetching} />
      </Space>
    </Card>
  );
}
