import { Table, Typography } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ReportStateTag, ReportStatusTag } from "./status-tags.tsx";
import type { PeriodReport, ReportStatus, TaskDetail, UnitRef } from "./work-plan.api.ts";

interface UnitRow {
  unit: UnitRef;
  byPeriod: Map<string, PeriodReport>;
}

/** Who has reported for which period: one row per unit, one column per period, each cell linking to the report. */
export function ReportStatesTable({
  task,
  statuses,
}: {
  task: TaskDetail;
  /** Review status by report id (draft, returned …), which the per-period states do not carry. */
  statuses: ReadonlyMap<string, ReportStatus>;
}) {
  const periods = new Map<string, string>();
  const rows = new Map<string, UnitRow>();
  for (const r of task.reportStates) {
    periods.set(r.periodKey, r.periodLabel);
    const row = rows.get(r.unit.id) ?? { unit: r.unit, byPeriod: new Map<string, PeriodReport>() };
    row.byPeriod.set(r.periodKey, r);
    rows.set(r.unit.id, row);
  }
  return (
    <Table<UnitRow>
      size="small"
      rowKey={(r) => r.unit.id}
      pagination={false}
      dataSource={[...rows.values()]}
      scroll={{ x: "max-content" }}
      data-testid="wp-report-states"
      columns={[
        {
          title: t.workPlan.unit,
          key: "unit",
          fixed: "left",
          render: (_, r) => (
            <Typography.Text strong={r.unit.id === task.leadUnit.id}>
              {r.unit.name}
              {r.unit.id === task.leadUnit.id ? `（${t.workPlan.roleLabels.lead}）` : ""}
            </Typography.Text>
          ),
        },
        ...[...periods].map(([key, label]) => ({
          title: label,
          key,
          render: (_: unknown, r: UnitRow) => {
            const cell = r.byPeriod.get(key);
            if (!cell) return "—";
            const tag = (
              <ReportStateTag state={cell.state} testId={`wp-report-state-${r.unit.code}-${key}`} />
            );
            const status = cell.reportId ? statuses.get(cell.reportId) : undefined;
            return cell.reportId ? (
              <Link
                to={`/work-plan/reports/${cell.reportId}`}
                data-testid={`wp-report-link-${r.unit.code}-${key}`}
              >
                {tag}
                {status && status !== "accepted" && <ReportStatusTag status={status} />}
              </Link>
            ) : (
              tag
            );
          },
        })),
      ]}
    />
  );
}
