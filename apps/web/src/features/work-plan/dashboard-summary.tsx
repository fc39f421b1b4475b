import { Card, Col, Flex, Progress, Row, Statistic, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { STATUS_COLORS } from "./status-colors.ts";
import { StatusCounts } from "./status-counts.tsx";
import { StatusTag } from "./status-tags.tsx";
import { reportProgressQuery } from "./work-plan.api.ts";
import type { Dashboard } from "./work-plan.api.ts";

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Overall progress, the 督办 counts and this period's reports: the three numbers a leader asks first. */
export function DashboardSummary({ data }: { data: Dashboard }) {
  const periodReports = useQuery(reportProgressQuery(data.plan.id)).data;
  const { summary } = data;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={10}>
        <Card size="small" title={t.workPlan.overall} style={{ height: "100%" }} data-testid="wp-overall">
          <Flex gap={16} align="center">
            <Progress
              type="dashboard"
              size={104}
              percent={Math.floor(summary.progress * 1000) / 10}
              strokeColor={STATUS_COLORS[summary.status].hex}
            />
            <Flex vertical gap={6}>
              <div>
                <StatusTag status={summary.status} testId="wp-overall-status" />
              </div>
              <Typography.Text type="secondary">
                {t.workPlan.tasksCount(sum(summary.counts))} ·{" "}
                {t.workPlan.targetsCount(sum(data.targetCounts))}
              </Typography.Text>
              <StatusCounts counts={summary.counts} testId="wp-overall-counts" />
            </Flex>
          </Flex>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={7}>
        <Card
          size="small"
          title={t.workPlan.notices}
          extra={
            <Link to="/work-plan/supervision" data-testid="wp-notices-link">
              {t.workPlan.toInbox}
            </Link>
          }
          style={{ height: "100%" }}
          data-testid="wp-notice-counts"
        >
          <Row>
            <Col span={8}>
              <Statistic
                title={t.workPlan.noticesOpen}
                value={data.notices.open}
                data-testid="wp-notices-open"
              />
            </Col>
            <Col span={8}>
              <Statistic
                title={t.workPlan.noticesEscalated}
                value={data.notices.escalated}
                styles={{ content: { color: data.notices.escalated > 0 ? "#f5222d" : undefined } }}
                data-testid="wp-notices-escalated"
              />
            </Col>
            <Col span={8}>
              <Statistic title={t.workPlan.noticesTotal} value={data.notices.total} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={7}>
        <Card
          size="small"
          title={t.workPlan.reportsThisPeriod}
          extra={
            periodReports && <Typography.Text type="secondary">{periodReports.period.label}</Typography.Text>
          }
          style={{ height: "100%" }}
          data-testid="wp-period-reports"
          data-submitted={periodReports?.submitted}
          data-owed={periodReports?.owed}
        >
          {periodReports ? (
            <>
              <Statistic
                value={periodReports.submitted}
                suffix={`/ ${periodReports.owed}`}
                title={
                  periodReports.unitId === null
                    ? t.workPlan.reportsSubmitted
                    : t.workPlan.reportsSubmittedMine
                }
              />
              {periodReports.previous && (
                <Typography.Text type="secondary" style={{ display: "block" }}>
                  {t.workPlan.previousPeriod(
                    periodReports.previous.period.label,
                    periodReports.previous.submitted,
                    periodReports.previous.owed,
                  )}
                </Typography.Text>
              )}
              {periodReports.returned > 0 && (
                <Typography.Text type="warning">
                  {t.workPlan.reportsReturned(periodReports.returned)}
                </Typography.Text>
              )}
            </>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
