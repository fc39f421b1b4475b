import { useQuery } from "@tanstack/react-query";
import { Card, Col, Row, Statistic } from "antd";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { formatPercent } from "../../app/format.ts";

const T = t.inspectorate;
/** The plan task the inspectorate reports on (加强教育督导评估). */
export const SUPERVISION_TASK_CODE = "T33";

/** On the plan's supervision task: this year's evaluation progress and the rectification closure rate, live. */
export function InspectoratePlanProgress({ year }: { year: number }) {
  const progress = useQuery({
    queryKey: ["inspectorate", "plan-progress", year],
    queryFn: () => api.GET("/api/inspectorate/plan-progress", { params: { query: { year } } }),
  });
  const p = progress.data;
  if (!p) return null;
  const rate = p.rectification.closureRate;
  return (
    <Card size="small" title={T.planProgress.title} data-testid="insp-plan-progress">
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic
            title={T.planProgress.submitted}
            value={`${p.evaluation.submitted}/${p.evaluation.districts}`}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={T.planProgress.verified}
            value={`${p.evaluation.verified}/${p.evaluation.districts}`}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={T.rectifications.closureRate}
            value={rate === null ? T.noData : formatPercent(rate)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={T.rectifications.overdueCount} value={p.rectification.overdue} />
        </Col>
      </Row>
    </Card>
  );
}
