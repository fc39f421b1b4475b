import { Table, Typography } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ProgressBar } from "./progress-bar.tsx";
import { StatusTag } from "./status-tags.tsx";
import { formatValue } from "./target-format.ts";
import type { Target } from "./work-plan.api.ts";

/** The targets furthest behind, each linking to its detail page. */
export function WorstTargetsTable({ targets }: { targets: Target[] }) {
  return (
    <Table<Target>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={targets}
      locale={{ emptyText: t.workPlan.noWorst }}
      data-testid="wp-worst-targets"
      columns={[
        {
          title: t.workPlan.targetName,
          key: "name",
          render: (_, r) => (
            <Link to={`/work-plan/targets/${r.id}`} data-testid={`wp-worst-target-${r.code}`}>
              {r.code} {r.name}
            </Link>
          ),
        },
        {
          title: t.workPlan.leadUnit,
          key: "lead",
          width: 120,
          render: (_, r) => <Typography.Text type="secondary">{r.leadUnit.name}</Typography.Text>,
        },
        {
          title: `${t.workPlan.current} / ${t.workPlan.targetValue}`,
          key: "value",
          width: 150,
          render: (_, r) => `${formatValue(r.current, r.unit)} / ${formatValue(r.targetValue, r.unit)}`,
        },
        {
          title: t.workPlan.progress,
          key: "progress",
          width: 160,
          render: (_, r) => <ProgressBar progress={r.progress} status={r.status} />,
        },
        {
          title: t.workPlan.status,
          key: "status",
          width: 100,
          render: (_, r) => <StatusTag status={r.status} />,
        },
      ]}
    />
  );
}
