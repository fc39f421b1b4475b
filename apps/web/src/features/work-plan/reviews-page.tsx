import { periodLabelOf } from "@edubureau/domain/work-plan";
import { useQuery } from "@tanstack/react-query";
import { Card, Table } from "antd";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import { reportsQuery } from "./reports.api.ts";
import { ReportStatusTag } from "./status-tags.tsx";
import type { ReportListItem } from "./work-plan.api.ts";

/** 进展审核: reports on tasks this unit leads, submitted and waiting for its decision. */
export function WorkPlanReviewsPage() {
  const queue = useQuery(reportsQuery({ queue: "review" }));
  return (
    <Card title={t.workPlan.reviewQueue} data-testid="page-work-plan-reviews">
      <ErrorAlert error={queue.error} />
      <Table<ReportListItem>
        size="small"
        rowKey="id"
        loading={queue.isFetching}
        dataSource={queue.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t.workPlan.reviewEmpty }}
        data-testid="wp-review-table"
        columns={[
          {
            title: t.workPlan.task,
            key: "task",
            render: (_, r) => (
              <Link to={`/work-plan/tasks/${r.task.id}`}>{`${r.task.code} ${r.task.title}`}</Link>
            ),
          },
          { title: t.workPlan.reportUnit, key: "unit", width: 140, render: (_, r) => r.unit.name },
          {
            title: t.workPlan.period,
            key: "period",
            width: 130,
            render: (_, r) => periodLabelOf(r.periodKey),
          },
          { title: t.workPlan.submittedOn, key: "on", width: 110, render: (_, r) => r.submittedOn ?? "—" },
          {
            title: t.workPlan.updatedAt,
            key: "at",
            width: 150,
            render: (_, r) => formatDateTime(r.updatedAt),
          },
          {
            title: t.workPlan.status,
            key: "s",
            width: 90,
            render: (_, r) => <ReportStatusTag status={r.status} />,
          },
          {
            title: "",
            key: "open",
            width: 80,
            render: (_, r) => (
              <Link
                to={`/work-plan/reports/${r.id}`}
                data-testid={`wp-review-open-${r.task.code}-${r.periodKey}`}
              >
                {t.workPlan.review}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
