import { useQuery } from "@tanstack/react-query";
import {
  Badge,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Statistic,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from "antd";
import { useMemo, useState, type ReactNode } from "react";
import { t } from "../../app/locale/index.ts";
import { formatDateTime, formatShare } from "../../app/format.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { boardQuery, incidentsQuery, type Board } from "./campus-safety.api.ts";
import { CHART_LEGEND, EChart, type ChartOption } from "../indicators/echart.tsx";
import { SeverityTag } from "./severity-tag.tsx";
import { useSafetyEvents } from "./use-safety-events.ts";

const percent = (rate: number | null) => formatShare(rate);

function chartOption(board: Board): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    legend: CHART_LEGEND,
    grid: { left: 48, right: 56, top: 56, bottom: 32 },
    xAxis: {
      type: "category",
      name: t.campusSafety.board.severityAxis,
      data: board.openBySeverity.map((s) => s.label),
    },
    yAxis: { type: "value", name: t.campusSafety.board.openAxis, minInterval: 1 },
    series: board.ageBands.map((band) => ({
      type: "bar",
      stack: "age",
      name: band.label,
      data: board.openBySeverity.map((s) => s.byAge[band.key] ?? 0),
    })),
  };
}

/** 校园安全指挥看板: live counts in the account's scope; refreshes itself when something is reported. */
export function CommandBoardPage() {
  const live = useSafetyEvents();
  const board = useQuery(boardQuery());
  const [district, setDistrict] = useState<string | null>(null);
  const open = useQuery({ ...incidentsQuery({ status: "open", limit: 200 }), enabled: district !== null });
  const option = useMemo(() => (board.data ? chartOption(board.data) : null), [board.data]);
  if (board.error) return <QueryErrorResult error={board.error} />;
  const b = board.data;
  const openTotal = b?.openBySeverity.reduce((a, s) => a + s.total, 0) ?? 0;
  const serious =
    b?.openBySeverity
      .filter((s) => s.severity === "I" || s.severity === "II")
      .reduce((a, s) => a + s.total, 0) ?? 0;
  const c = t.campusSafety.board;
  return (
    <Flex vertical gap={16} data-testid="page-campus-safety-board">
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {c.title}
        </Typography.Title>
        <Badge
          status={live ? "success" : "default"}
          text={live ? c.live : c.offline}
          data-testid="board-live"
        />
      </Flex>
      <Row gutter={[16, 16]}>
        {(
          [
            [c.openIncidents, openTotal, "board-open"],
            [c.seriousOpen, serious, "board-serious"],
            [c.overdueHazards, b?.overdueHazards ?? 0, "board-overdue-hazards"],
            [
              <Flex key="compliance" gap={4} align="center" wrap>
                {c.compliance}
                <Tooltip title={c.complianceNote}>
                  <Tag style={{ marginInlineEnd: 0 }}>{c.complianceReference}</Tag>
                </Tooltip>
              </Flex>,
              percent(b?.compliance.rate ?? null),
              "board-compliance",
            ],
            [c.hazardClosure, percent(b?.hazardClosureRate ?? null), "board-hazard-closure"],
            [c.todayDrills, b?.today.drills ?? 0, "board-today-drills"],
            [c.todayInspections, b?.today.inspections ?? 0, "board-today-inspections"],
            [c.crisisOpen, b?.openCrisisCases ?? 0, "board-crisis"],
          ] as [ReactNode, string | number, string][]
        ).map(([title, value, id]) => (
          <Col key={id} xs={12} md={6} xl={3}>
            <Card size="small" loading={board.isLoading}>
              <Statistic title={title} value={value} data-testid={id} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={c.bySeverity}>
            {option && <EChart option={option} height={280} testId="board-chart" />}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={c.timeline} data-testid="board-timeline">
            {b && b.timeline.length === 0 ? (
              <Empty description={c.noEvents} />
            ) : (
              <Timeline
                items={(b?.timeline ?? []).slice(0, 12).map((step) => ({
                  color: step.kind === "escalated" ? "red" : step.kind === "reported" ? "orange" : "green",
                  content: (
                    <span data-testid="timeline-step">
                      {formatDateTime(step.at)} {step.kindLabel} · {step.schoolName} · {step.title}
                      {step.note ? `（${step.note}）` : ""}
                    </span>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={c.districts}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={b?.districts ?? []}
          onRow={(row) => ({ onClick: () => setDistrict(row.name === district ? null : row.name) })}
          rowClassName={(row) => (row.name === district ? "ant-table-row-selected" : "")}
          columns={[
            { title: c.district, dataIndex: "name" },
            { title: c.openIncidents, dataIndex: "openIncidents" },
            { title: c.seriousOpen, dataIndex: "seriousOpen" },
            { title: c.overdueHazards, dataIndex: "overdueHazards" },
            { title: c.compliance, dataIndex: "complianceRate", render: (v: number | null) => percent(v) },
          ]}
          data-testid="board-districts"
        />
        {district && (
          <Table
            style={{ marginTop: 16 }}
            size="small"
            rowKey="id"
            loading={open.isLoading}
            title={() => c.openIn(district)}
            dataSource={(open.data?.items ?? []).filter((i) => i.districtName === district)}
            pagination={false}
            columns={[
              {
                title: c.severity,
                render: (_, i) => <SeverityTag severity={i.severity} label={i.severityLabel} />,
              },
              { title: c.school, render: (_, i) => i.school.name },
              { title: c.incident, dataIndex: "title" },
              { title: c.reportedAt, render: (_, i) => formatDateTime(i.reportedAt) },
              { title: c.status, dataIndex: "statusLabel" },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}
