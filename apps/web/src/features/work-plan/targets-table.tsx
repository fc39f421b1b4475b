import { Table, Tag, Typography } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ProgressBar } from "./progress-bar.tsx";
import { StatusTag } from "./status-tags.tsx";
import { formatGoal, formatValue } from "./target-format.ts";
import type { Target } from "./work-plan.api.ts";

function SharesTable({ target }: { target: Target }) {
  return (
    <Table
      size="small"
      rowKey={(s) => s.unit.id}
      pagination={false}
      dataSource={target.shares}
      data-testid={`wp-target-shares-${target.code}`}
      columns={[
        { title: t.workPlan.unit, key: "unit", render: (_, s) => s.unit.name },
        { title: t.workPlan.current, key: "current", render: (_, s) => formatValue(s.current, target.unit) },
        {
          title: t.workPlan.targetValue,
          key: "target",
          render: (_, s) => formatValue(s.targetValue, target.unit),
        },
        {
          title: t.workPlan.progress,
          key: "p",
          width: 160,
          render: (_, s) => <ProgressBar progress={s.progress} status={s.status} />,
        },
        { title: t.workPlan.status, key: "s", render: (_, s) => <StatusTag status={s.status} /> },
      ]}
    />
  );
}

/** A task's targets; rows with district shares expand to show them. */
export function TargetsTable({ targets }: { targets: Target[] }) {
  return (
    <Table<Target>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={targets}
      locale={{ emptyText: t.workPlan.noTargets }}
      data-testid="wp-targets-table"
      expandable={{
        rowExpandable: (r) => r.shares.length > 0,
        expandedRowRender: (r) => <SharesTable target={r} />,
      }}
      columns={[
        {
          title: t.workPlan.targetName,
          key: "name",
          render: (_, r) => (
            <>
              <Link to={`/work-plan/targets/${r.id}`} data-testid={`wp-target-link-${r.code}`}>
                {r.code} {r.name}
              </Link>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.workPlan.sourceQuote}：{r.sourceQuote}
              </Typography.Text>
            </>
          ),
        },
        {
          title: t.workPlan.current,
          key: "current",
          width: 100,
          render: (_, r) => (
            <span data-testid={`wp-target-current-${r.code}`}>{formatValue(r.current, r.unit)}</span>
          ),
        },
        { title: t.workPlan.targetValue, key: "goal", width: 110, render: (_, r) => formatGoal(r) },
        { title: t.workPlan.deadline, dataIndex: "deadline", width: 100 },
        {
          title: t.workPlan.progress,
          key: "p",
          width: 150,
          render: (_, r) => <ProgressBar progress={r.progress} status={r.status} />,
        },
        { title: t.workPlan.status, key: "s", width: 96, render: (_, r) => <StatusTag status={r.status} /> },
        {
          title: t.workPlan.source,
          key: "source",
          width: 220,
          render: (_, r) => (
            <>
              <Tag color={r.bound ? "cyan" : "default"}>{r.bound ? t.workPlan.bound : t.workPlan.manual}</Tag>
              <Typography.Text style={{ fontSize: 12 }}>{r.source}</Typography.Text>
              {r.note && (
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                  {r.note}
                </Typography.Paragraph>
              )}
              {r.shares.length > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }}>
                  {t.workPlan.districtShares} {r.shares.length}
                </Typography.Text>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
