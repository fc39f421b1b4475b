import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Descriptions, Row, Space, Spin, Typography } from "antd";
import { useParams } from "react-router";
import { formatDateTime } from "../../app/format.ts";
import { usePageCrumbs } from "../../app/layout/page-crumbs.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { t } from "../../app/locale/index.ts";
import { ReportAttachments } from "./report-attachments.tsx";
import { ReportForm } from "./report-form.tsx";
import { ReportHistory } from "./report-history.tsx";
import { ReportReview } from "./report-review.tsx";
import { reportQuery } from "./reports.api.ts";
import { ReportStatusTag } from "./status-tags.tsx";
import type { Report } from "./work-plan.api.ts";

function StatusAlert({ report }: { report: Report }) {
  if (report.status === "returned" && report.returnReason)
    return (
      <Alert
        type="error"
        showIcon
        title={t.workPlan.returned}
        description={t.workPlan.returnedBecause(report.returnReason)}
        data-testid="wp-report-return-reason"
      />
    );
  if (report.status === "submitted") return <Alert type="info" showIcon title={t.workPlan.awaitingReview} />;
  if (report.status === "accepted") return <Alert type="success" showIcon title={t.workPlan.acceptedNote} />;
  return null;
}

/** What a report says, when it cannot be edited by this account. */
function ReadOnlyBody({ report }: { report: Report }) {
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: "narrative",
          label: t.workPlan.narrative,
          children: (
            <Typography.Paragraph
              style={{ whiteSpace: "pre-wrap", margin: 0 }}
              data-testid="wp-report-narrative-text"
            >
              {report.narrative || "—"}
            </Typography.Paragraph>
          ),
        },
        ...report.manualTargets.map((m) => ({
          key: m.id,
          label: `${m.code} ${m.name}`,
          children: m.value === null ? "—" : `${m.value} ${m.unit}`,
        })),
        ...report.milestones
          .filter((m) => m.reportedOn)
          .map((m) => ({
            key: m.id,
            label: `${m.code} ${m.name}`,
            children: t.workPlan.milestoneReported(m.reportedOn ?? ""),
          })),
      ]}
    />
  );
}

/** One unit's progress report for one period: fill and submit it, or review it as the lead unit. */
export function WorkPlanReportPage() {
  const { id = "" } = useParams();
  const query = useQuery(reportQuery(id));
  usePageCrumbs(
    query.data
      ? [
          { label: query.data.task.title, path: `/work-plan/tasks/${query.data.task.id}` },
          { label: `${query.data.unit.name} · ${query.data.periodLabel}` },
        ]
      : null,
  );
  if (query.error) return <QueryErrorResult error={query.error} />;
  if (!query.data) return <Spin />;
  const report = query.data;
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }} data-testid="page-work-plan-report">
      <Card
        size="small"
        title={
          <Space>
            <span data-testid="wp-report-title">
              {t.workPlan.reportTitle(`${report.task.code} ${report.task.title}`, report.periodLabel)}
            </span>
            <ReportStatusTag status={report.status} testId="wp-report-status" />
          </Space>
        }
        extra={report.abilities.review && <ReportReview report={report} />}
      >
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 4 }}
            items={[
              { key: "unit", label: t.workPlan.reportUnit, children: report.unit.name },
              { key: "due", label: t.workPlan.reportDue, children: report.dueDate ?? "—" },
              { key: "submitted", label: t.workPlan.submittedOn, children: report.submittedOn ?? "—" },
              {
                key: "revision",
                label: t.workPlan.submittedAt,
                children: report.submittedAt ? formatDateTime(report.submittedAt) : "—",
              },
            ]}
          />
          <StatusAlert report={report} />
        </Space>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={12} style={{ width: "100%" }}>
            <Card size="small" title={t.workPlan.menu.report}>
              {report.abilities.update ? (
                <ReportForm key={report.revision} report={report} />
              ) : (
                <ReadOnlyBody report={report} />
              )}
            </Card>
            <Card size="small" title={t.workPlan.attachments}>
              <ReportAttachments report={report} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t.workPlan.history}>
            <ReportHistory report={report} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
