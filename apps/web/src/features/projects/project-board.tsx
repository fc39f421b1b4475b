import { Card, Col, Empty, Row, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { formatWan } from "./format-wan.ts";
import { ProjectCard } from "./project-card.tsx";
import type { Board } from "./projects.api.ts";

const COLUMN_COLORS = {
  planned: "#8c8c8c",
  under_construction: "#1f5fbf",
  completed: "#d48806",
  in_use: "#389e0d",
};

/** Kanban by status: 规划 → 在建 → 竣工 → 投入使用, each column with its places and investment. */
export function ProjectBoard({ board, onOpen }: { board: Board | undefined; onOpen: (id: string) => void }) {
  return (
    <Row gutter={12} wrap={false} data-testid="project-board">
      {(board?.columns ?? []).map((column) => (
        <Col key={column.status} flex="1 1 0" style={{ minWidth: 0 }}>
          <Card
            size="small"
            title={
              <span>
                <span style={{ color: COLUMN_COLORS[column.status] }}>●</span> {column.statusLabel}
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: "normal" }}>
                  {column.count}
                </Typography.Text>
              </span>
            }
            styles={{
              body: {
                background: "#f5f7fa",
                minHeight: 360,
                maxHeight: "calc(100vh - 330px)",
                overflowY: "auto",
              },
            }}
            data-testid={`project-column-${column.status}`}
          >
            <Typography.Text type="secondary" style={{ display: "block", fontSize: 12, marginBottom: 8 }}>
              {t.projects.columnSummary(column.placesAdded, formatWan(column.investmentWan))}
            </Typography.Text>
            {column.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.projects.emptyColumn} />
            ) : (
              column.items.map((project) => (
                <ProjectCard key={project.id} project={project} onOpen={onOpen} />
              ))
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
