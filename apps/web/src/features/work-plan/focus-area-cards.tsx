import { Card, Col, Flex, Row, Typography } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ProgressBar } from "./progress-bar.tsx";
import { StatusCounts } from "./status-counts.tsx";
import { StatusTag } from "./status-tags.tsx";
import type { Dashboard } from "./work-plan.api.ts";

/** The plan's eight focus areas: progress, status and how their tasks stand; a card opens its task list. */
export function FocusAreaCards({ areas, planQuery }: { areas: Dashboard["focusAreas"]; planQuery: string }) {
  return (
    <Row gutter={[12, 12]} data-testid="wp-focus-areas">
      {areas.map((a) => (
        <Col key={a.id} xs={24} md={12} xl={6}>
          <Link to={`/work-plan/tasks?focusArea=${encodeURIComponent(a.code)}${planQuery}`}>
            <Card
              size="small"
              hoverable
              style={{ height: "100%" }}
              data-testid={`wp-focus-area-${a.code}`}
              data-status={a.status}
            >
              <Flex justify="space-between" align="flex-start" gap={8}>
                <Typography.Text strong style={{ fontSize: 13 }}>
                  {a.title}
                </Typography.Text>
                <StatusTag status={a.status} />
              </Flex>
              <ProgressBar progress={a.progress} status={a.status} />
              <Flex justify="space-between" align="center" wrap gap={4}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t.workPlan.tasksCount(a.taskCount)}
                </Typography.Text>
                <StatusCounts counts={a.counts} />
              </Flex>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
