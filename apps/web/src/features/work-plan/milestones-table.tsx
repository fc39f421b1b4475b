import { Table } from "antd";
import { t } from "../../app/locale/index.ts";
import { MilestoneTag } from "./status-tags.tsx";
import type { Milestone } from "./work-plan.api.ts";

export function MilestonesTable({ milestones }: { milestones: Milestone[] }) {
  return (
    <Table<Milestone>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={milestones}
      locale={{ emptyText: t.workPlan.noMilestones }}
      data-testid="wp-milestones-table"
      columns={[
        { title: t.workPlan.taskCode, dataIndex: "code", width: 90 },
        { title: t.workPlan.milestone, dataIndex: "name" },
        { title: t.workPlan.dueDate, dataIndex: "dueDate", width: 110 },
        { title: t.workPlan.completedOn, key: "done", width: 110, render: (_, m) => m.completedOn ?? "—" },
        {
          title: t.workPlan.status,
          key: "s",
          width: 90,
          render: (_, m) => <MilestoneTag status={m.status} />,
        },
      ]}
    />
  );
}
