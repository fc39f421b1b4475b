import { useQuery } from "@tanstack/react-query";
import { Button, Card, Empty, Flex, Space, Spin, Table, Tag, Typography } from "antd";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { t } from "../../app/locale/index.ts";
import { useOpenReport } from "./open-report.ts";
import { PlanPicker } from "./plan-picker.tsx";
import { ProgressBar } from "./progress-bar.tsx";
import { reportsQuery } from "./reports.api.ts";
import { ReportStateTag, ReportStatusTag, StatusTag } from "./status-tags.tsx";
import { usePlan } from "./use-plan.ts";
import { myTasksQuery } from "./work-plan.api.ts";
import type { MyTask, ReportStatus } from "./work-plan.api.ts";

function OwedReports({ task, statuses }: { task: MyTask; statuses: Map<string, ReportStatus> }) {
  const open = useOpenReport();
  return (
    <Flex vertical gap={4}>
      {task.reports.map((r) => {
        const status = r.reportId ? statuses.get(r.reportId) : undefined;
        const testId = `wp-mine-${task.code}-${r.periodKey}`;
        return (
          <Flex key={r.periodKey} gap={8} align="center" wrap data-testid={testId}>
            <Typography.Text style={{ width: 110 }}>{r.periodLabel}</Typography.Text>
            <Typography.Text type="secondary" style={{ width: 140, fontSize: 12, whiteSpace: "nowrap" }}>
              {t.workPlan.reportDue} {r.dueDate}
            </Typography.Text>
            <ReportStateTag state={r.state} />
            {status && <ReportStatusTag status={status} />}
            {r.reportId ? (
              <Link to={`/work-plan/reports/${r.reportId}`} data-testid={`${testId}-open`}>
                {status === "draft" || status === "returned"
                  ? t.workPlan.continueReport
                  : t.workPlan.viewReport}
              </Link>
            ) : (
              <Button
                size="small"
                type={r.state === "overdue" || r.state === "due" ? "primary" : "default"}
                loading={
                  open.isPending &&
                  open.variables.periodKey === r.periodKey &&
                  open.variables.taskId === task.id
                }
                onClick={() => open.mutate({ taskId: task.id, periodKey: r.periodKey })}
                data-testid={`${testId}-report`}
              >
                {t.workPlan.report}
              </Button>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}

/** 我的任务: tasks the signed-in unit leads or co-operates on, and the reports it owes. */
export function WorkPlanMyTasksPage() {
  const { plans, plan, choose, isPending, error } = usePlan();
  const tasks = useQuery({ ...myTasksQuery(plan?.id ?? ""), enabled: plan !== undefined });
  // The per-period states say whether a report came in; its review status comes from the unit's report list.
  const mine = useQuery(reportsQuery({ queue: "mine" }));
  const statuses = new Map((mine.data ?? []).map((r) => [r.id, r.status]));
  if (error) return <QueryErrorResult error={error} />;
  if (isPending) return <Spin />;
  if (!plan) return <Empty description={t.workPlan.noPlan} />;
  return (
    <Card data-testid="page-work-plan-mine">
      <Space orientation="vertical" size={12} style={{ width: "100%" }}>
        <PlanPicker plans={plans} plan={plan} onChange={choose} />
        <ErrorAlert error={tasks.error} />
        <Table<MyTask>
          size="small"
          rowKey="id"
          loading={tasks.isFetching}
          dataSource={tasks.data ?? []}
          pagination={false}
          locale={{ emptyText: t.workPlan.mineEmpty }}
          data-testid="wp-mine-table"
          columns={[
            {
              title: t.workPlan.task,
              key: "task",
              render: (_, r) => (
                <>
                  <Link to={`/work-plan/tasks/${r.id}`} data-testid={`wp-mine-task-${r.code}`}>
                    {r.code} {r.title}
                  </Link>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.workPlan.leadUnit}：{r.leadUnit.name}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t.workPlan.role,
              key: "role",
              width: 90,
              render: (_, r) => (
                <Tag color={r.role === "lead" ? "blue" : "default"}>{t.workPlan.roleLabels[r.role]}</Tag>
              ),
            },
            {
              title: t.workPlan.progress,
              key: "p",
              width: 200,
              render: (_, r) => (
                <>
                  <StatusTag status={r.status} />
                  <ProgressBar progress={r.progress} status={r.status} />
                </>
              ),
            },
            {
              title: t.workPlan.reportsOwed,
              key: "reports",
              width: 560,
              render: (_, r) => <OwedReports task={r} statuses={statuses} />,
            },
          ]}
        />
      </Space>
    </Card>
  );
}
