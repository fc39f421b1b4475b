import { Table, Typography } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ProgressBar } from "./progress-bar.tsx";
import { StatusCounts } from "./status-counts.tsx";
import { StatusTag } from "./status-tags.tsx";
import type { TaskRow } from "./work-plan.api.ts";

export function TasksTable({ tasks, loading }: { tasks: TaskRow[]; loading: boolean }) {
  return (
    <Table<TaskRow>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={tasks}
      pagination={false}
      data-testid="wp-tasks-table"
      onRow={(r) => ({ "data-testid": `wp-task-row-${r.code}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t.workPlan.taskCode, dataIndex: "code", width: 64 },
        {
          title: t.workPlan.task,
          key: "title",
          render: (_, r) => (
            <>
              <Link to={`/work-plan/tasks/${r.id}`} data-testid={`wp-task-link-${r.code}`}>
                {r.title}
              </Link>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.focusArea.title}
              </Typography.Text>
            </>
          ),
        },
        { title: t.workPlan.leadUnit, key: "lead", width: 130, render: (_, r) => r.leadUnit.name },
        {
          title: t.workPlan.coUnits,
          key: "co",
          width: 200,
          render: (_, r) => (
            <Typography.Text
              type="secondary"
              ellipsis={{ tooltip: r.coUnits.map((u) => u.name).join("、") }}
              style={{ width: 190 }}
            >
              {r.coUnits.map((u) => u.name).join("、") || "—"}
            </Typography.Text>
          ),
        },
        {
          title: t.workPlan.progress,
          key: "progress",
          width: 150,
          render: (_, r) => <ProgressBar progress={r.progress} status={r.status} />,
        },
        {
          title: t.workPlan.status,
          key: "status",
          width: 100,
          render: (_, r) => <StatusTag status={r.status} testId={`wp-task-status-${r.code}`} />,
        },
        {
          title: t.workPlan.counts,
          key: "counts",
          width: 210,
          render: (_, r) => <StatusCounts counts={r.counts} />,
        },
      ]}
    />
  );
}
