import { Card, Col, Row, Statistic, Typography } from "antd";
import { Link } from "react-router";
import type { ApiData } from "../../app/api-contract.ts";
import { t } from "../../app/locale/index.ts";

type LiveFigure = ApiData<"/api/work-plan/tasks/{id}">["liveFigures"][number];

/**
 * Figures another module publishes live on a task without numeric targets (the safety task: 三防 达标率,
 * 隐患销号率), in the reader's scope. Nothing is shown when the task has none.
 */
export function TaskLiveFigures({ task }: { task: object }) {
  // The task detail still comes through the legacy client; its live figures are typed from the contract.
  const figures = (task as { liveFigures?: LiveFigure[] }).liveFigures ?? [];
  if (figures.length === 0) return null;
  return (
    <Card size="small" title={t.workPlan.liveFigures} data-testid="wp-task-live-figures">
      <Row gutter={[16, 16]}>
        {figures.map((f) => (
          <Col key={f.label} xs={24} md={8}>
            <Statistic
              title={f.label}
              value={f.value ?? "—"}
              suffix={f.value === null ? undefined : f.unit}
            />
            <Typography.Text type="secondary">
              {f.link ? <Link to={f.link}>{f.note}</Link> : f.note}
            </Typography.Text>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
