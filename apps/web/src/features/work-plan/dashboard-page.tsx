import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Empty, Flex, Row, Space, Spin, Typography } from "antd";
import { Link } from "react-router";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { t } from "../../app/locale/index.ts";
import { DashboardSummary } from "./dashboard-summary.tsx";
import { FocusAreaCards } from "./focus-area-cards.tsx";
import { StatusDistributionChart, TrendChart } from "./plan-charts.tsx";
import { PlanFilesButtons } from "./plan-files-buttons.tsx";
import { PlanPicker } from "./plan-picker.tsx";
import { usePlan } from "./use-plan.ts";
import { dashboardQuery } from "./work-plan.api.ts";
import { WorstTargetsTable } from "./worst-targets-table.tsx";

/** 计划总览: the leaders' view of the year's plan at a glance. */
export function WorkPlanDashboardPage() {
  const { plans, plan, choose, isPending, error } = usePlan();
  const dashboard = useQuery({ ...dashboardQuery(plan?.id ?? ""), enabled: plan !== undefined });
  if (error) return <QueryErrorResult error={error} />;
  if (isPending) return <Spin />;
  if (!plan) return <Empty description={t.workPlan.noPlan} />;
  const data = dashboard.data;
  const planQuery = plans.length > 1 ? `&plan=${plan.id}` : "";
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }} data-testid="page-work-plan-dashboard">
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <PlanPicker plans={plans} plan={plan} onChange={choose} />
          <Space wrap>
            {data && (
              <Typography.Text type="secondary">
                {t.workPlan.publishInfo(data.plan.issuer, data.plan.publishDate)}
              </Typography.Text>
            )}
            <Link
              to={`/work-plan/provenance${plans.length > 1 ? `?plan=${plan.id}` : ""}`}
              data-testid="wp-provenance-link"
            >
              {t.targetProvenance.menu}
            </Link>
            <PlanFilesButtons planId={plan.id} />
          </Space>
        </Flex>
        {data?.plan.demoDataNote && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            title={
              <Typography.Paragraph ellipsis={{ rows: 1, expandable: true }} style={{ margin: 0 }}>
                {data.plan.demoDataNote}
              </Typography.Paragraph>
            }
          />
        )}
      </Card>
      {dashboard.error && <QueryErrorResult error={dashboard.error} />}
      {!data && !dashboard.error && <Spin />}
      {data && (
        <>
          <DashboardSummary data={data} />
          <FocusAreaCards areas={data.focusAreas} planQuery={planQuery} />
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={14}>
              <Card size="small" title={t.workPlan.trend}>
                <TrendChart trend={data.trend} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t.workPlan.taskStatus} style={{ height: "100%" }}>
                <StatusDistributionChart tasks={data.summary.counts} targets={data.targetCounts} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t.workPlan.worstTargets}>
            <WorstTargetsTable targets={data.worstTargets} />
          </Card>
        </>
      )}
    </Space>
  );
}
