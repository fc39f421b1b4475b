import { useQuery } from "@tanstack/react-query";
import { Card, Col, Flex, Row, Statistic } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { formatWan } from "./format-wan.ts";
import { ProjectBoard } from "./project-board.tsx";
import { ProjectDrawer } from "./project-drawer.tsx";
import { ProjectFilters } from "./project-filters.tsx";
import { ProjectFormModal } from "./project-form-modal.tsx";
import type { BoardFilters, Project } from "./projects.api.ts";
import { boardQuery } from "./projects.api.ts";
import { AddButton } from "../../components/add-button.tsx";

const FILTER_KEYS = ["districtId", "level", "kind", "q"] as const;

/** The project board (工作台 of 新改扩建): filters, totals, a column per status and a drawer per project. */
export function ProjectsPage() {
  const me = useSession();
  const canWrite = hasPermission(me, "projects.write");
  // Filters and the open project live in the address, so a link shows the same board and drawer.
  const [params, setParams] = useSearchParams();
  const filters: BoardFilters = {
    districtId: params.get("districtId") ?? "",
    level: params.get("level") ?? "",
    kind: params.get("kind") ?? "",
    q: params.get("q") ?? "",
  };
  const openId = params.get("project");
  const board = useQuery(boardQuery(filters));
  const [form, setForm] = useState<{ project?: Project } | null>(null);

  const go = (next: { filters?: BoardFilters; project?: string | null }) => {
    const search = new URLSearchParams();
    const merged = next.filters ?? filters;
    for (const key of FILTER_KEYS) if (merged[key]) search.set(key, merged[key]);
    const project = next.project === undefined ? openId : next.project;
    if (project) search.set("project", project);
    setParams(search, { replace: true });
  };
  const totals = board.data?.totals;

  return (
    <Card data-testid="page-projects">
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
        <ProjectFilters value={filters} onChange={(next) => go({ filters: next })} />
        {canWrite && (
          <AddButton label={t.projects.create} onClick={() => setForm({})} testId="project-create" />
        )}
      </Flex>
      <Row gutter={12} style={{ marginBottom: 16 }} data-testid="project-totals">
        <Col span={8}>
          <Card size="small">
            <Statistic title={t.projects.totalCount} value={totals?.count ?? 0} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic title={t.projects.totalPlaces} value={totals?.placesAdded ?? 0} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic title={t.projects.totalInvestment} value={formatWan(totals?.investmentWan ?? 0)} />
          </Card>
        </Col>
      </Row>
      <ErrorAlert error={board.error} />
      <ProjectBoard board={board.data} onOpen={(id) => go({ project: id })} />
      {openId && (
        <ProjectDrawer
          id={openId}
          canWrite={canWrite}
          onEdit={(project) => setForm({ project })}
          onClose={() => go({ project: null })}
        />
      )}
      {form && (
        <ProjectFormModal
          {...(form.project ? { project: form.project } : {})}
          onClose={() => setForm(null)}
        />
      )}
    </Card>
  );
}
