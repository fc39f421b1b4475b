import { Card, Flex, Tag, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { formatWan } from "./format-wan.ts";
import type { Project } from "./projects.api.ts";
import { TestResultTag } from "./test-result-tag.tsx";

/** One project on the board; the environmental tests show once the building exists. */
export function ProjectCard({ project, onOpen }: { project: Project; onOpen: (id: string) => void }) {
  const subject = project.institution?.name ?? project.plannedInstitutionName ?? "";
  const built = project.status !== "planned";
  return (
    <Card
      size="small"
      hoverable
      onClick={() => onOpen(project.id)}
      style={{ marginBottom: 8 }}
      data-testid={`project-card-${project.id}`}
    >
      <Typography.Text strong ellipsis={{ tooltip: project.name }} style={{ display: "block" }}>
        {project.name}
      </Typography.Text>
      <Typography.Text
        type="secondary"
        ellipsis={{ tooltip: subject }}
        style={{ display: "block", fontSize: 12 }}
      >
        {project.district.name} · {subject}
      </Typography.Text>
      <Flex wrap gap={4} style={{ marginTop: 6 }}>
        <Tag color="blue">{project.kindLabel}</Tag>
        <Tag>{project.levelLabel}</Tag>
        {built && <TestResultTag result={project.indoorAirTest} prefix="空气" />}
        {built && <TestResultTag result={project.syntheticTrackTest} prefix="跑道" />}
      </Flex>
      <Flex justify="space-between" style={{ marginTop: 6, fontSize: 12 }}>
        <span>{t.projects.places(project.placesAdded)}</span>
        <span>{t.projects.wan(formatWan(project.investmentWan))}</span>
      </Flex>
      {project.plannedFinish && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.projects.finishBy(project.plannedFinish)}
        </Typography.Text>
      )}
    </Card>
  );
}
