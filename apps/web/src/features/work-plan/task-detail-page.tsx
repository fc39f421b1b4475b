import { useQuery } from "@tanstack/react-query";
import { Card, Descriptions, Flex, Space, Spin, Tag, Typography } from "antd";
import { useParams } from "react-router";
import { usePageCrumbs } from "../../app/layout/page-crumbs.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { MilestonesTable } from "./milestones-table.tsx";
import { TaskLiveFigures } from "./task-live-figures.tsx";
import { EvaluationDateTag } from "./plan-picker.tsx";
import { ProgressBar } from "./progress-bar.tsx";
import { ReportAction } from "./report-action.tsx";
import { ReportStatesTable } from "./report-states-table.tsx";
import { reportsQuery } from "./reports.api.ts";
import { StatusTag } from "./status-tags.tsx";
import { TargetsTable } from "./targets-table.tsx";
import { TaskNoticesTable } from "./task-notices-table.tsx";
import { InspectoratePlanProgress, SUPERVISION_TASK_CODE } from "../inspectorate/plan-progress-card.tsx";
import { taskQuery } from "./work-plan.api.ts";

/** One task: its original text, who answers for it, targets, milestones, reports and 督办单. */
export function WorkPlanTaskPage() {
  const { id = "" } = useParams();
  const me = useSession();
  const task = useQuery(taskQuery(id));
  const reports = useQuery(reportsQuery({ taskId: id }));
  const statuses = new Map((reports.data ?? []).map((r) => [r.id, r.status]));
  usePageCrumbs(task.data ? [{ label: task.data.title }] : null);
  if (task.error) return <QueryErrorResult error={task.error} />;
  if (!task.data) return <Spin />;
  const d = task.data;
  const canReport = d.isMine && hasPermission(me, "plan.report");
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }} data-testid="page-work-plan-task">
      <Card
        size="small"
        title={
          <Space>
            <span data-testid="wp-task-title">
              {d.code} {d.title}
            </span>
            <StatusTag status={d.status} testId="wp-task-status" />
            <EvaluationDateTag evaluationDate={d.plan.evaluationDate} />
          </Space>
        }
        extra={canReport && <ReportAction taskId={d.id} plan={d.plan} />}
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "area", label: t.workPlan.focusArea, children: d.focusArea.title },
            {
              key: "progress",
              label: t.workPlan.progress,
              children: (
                <div style={{ width: 240 }}>
                  <ProgressBar progress={d.progress} status={d.status} />
                </div>
              ),
            },
            { key: "lead", label: t.workPlan.leadUnit, children: d.leadUnit.name },
            {
              key: "co",
              label: t.workPlan.coUnits,
              children: (
                <Flex wrap gap={4}>
                  {d.coUnits.length === 0 ? "—" : d.coUnits.map((u) => <Tag key={u.id}>{u.name}</Tag>)}
                </Flex>
              ),
            },
            {
              key: "text",
              label: t.workPlan.originalText,
              span: "filled",
              children: (
                <Typography.Paragraph style={{ margin: 0 }} data-testid="wp-task-text">
                  {d.text}
                </Typography.Paragraph>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t.workPlan.targets}>
        <TargetsTable targets={d.targets} />
      </Card>
      <TaskLiveFigures task={d} />
      <Card size="small" title={t.workPlan.milestones}>
        <MilestonesTable milestones={d.milestones} />
      </Card>
      <Card size="small" title={t.workPlan.reportStates}>
        <ReportStatesTable task={d} statuses={statuses} />
      </Card>
      <Card size="small" title={t.workPlan.taskNotices}>
        <TaskNoticesTable task={d} />
      </Card>
      {d.code === SUPERVISION_TASK_CODE && <InspectoratePlanProgress year={d.plan.year} />}
    </Space>
  );
}
