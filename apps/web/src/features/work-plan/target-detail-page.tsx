import { periodLabelOf } from "@edubureau/domain/work-plan";
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Descriptions, Empty, Row, Space, Spin, Table, Tag } from "antd";
import { Link, useParams } from "react-router";
import { formatDateTime } from "../../app/format.ts";
import { usePageCrumbs } from "../../app/layout/page-crumbs.tsx";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { t } from "../../app/locale/index.ts";
import { ValueHistoryChart } from "./plan-charts.tsx";
import { EvaluationDateTag } from "./plan-picker.tsx";
import { ProgressBar } from "./progress-bar.tsx";
import { StatusTag } from "./status-tags.tsx";
import { formatGoal, formatValue } from "./target-format.ts";
import { targetQuery } from "./work-plan.api.ts";
import type { TargetDetail } from "./work-plan.api.ts";

function Facts({ d }: { d: TargetDetail }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      items={[
        {
          key: "task",
          label: t.workPlan.task,
          children: <Link to={`/work-plan/tasks/${d.task.id}`}>{`${d.task.code} ${d.task.title}`}</Link>,
        },
        { key: "lead", label: t.workPlan.leadUnit, children: d.leadUnit.name },
        { key: "area", label: t.workPlan.focusArea, children: d.focusArea.title },
        {
          key: "current",
          label: t.workPlan.current,
          children: <span data-testid="wp-target-current">{formatValue(d.current, d.unit)}</span>,
        },
        { key: "goal", label: t.workPlan.targetValue, children: formatGoal(d) },
        { key: "baseline", label: t.workPlan.baseline, children: formatValue(d.baseline, d.unit) },
        { key: "start", label: t.workPlan.startDate, children: d.startDate },
        { key: "deadline", label: t.workPlan.deadline, children: d.deadline },
        { key: "elapsed", label: t.workPlan.elapsed, children: `${Math.round(d.elapsed * 100)}%` },
        {
          key: "progress",
          label: t.workPlan.progress,
          children: (
            <div style={{ width: 200 }}>
              <ProgressBar progress={d.progress} status={d.status} />
            </div>
          ),
        },
        {
          key: "source",
          label: t.workPlan.source,
          span: 2,
          children: (
            <>
              <Tag color={d.bound ? "cyan" : "default"}>{d.bound ? t.workPlan.bound : t.workPlan.manual}</Tag>
              {d.source}
              {d.note ? `（${d.note}）` : ""}
            </>
          ),
        },
        { key: "quote", label: t.workPlan.sourceQuote, span: "filled", children: d.sourceQuote },
      ]}
    />
  );
}

/** One target: how its value moved, what units reported, and its district shares. */
export function WorkPlanTargetPage() {
  const { id = "" } = useParams();
  const target = useQuery(targetQuery(id));
  usePageCrumbs(
    target.data
      ? [
          { label: target.data.task.title, path: `/work-plan/tasks/${target.data.task.id}` },
          { label: target.data.name },
        ]
      : null,
  );
  if (target.error) return <QueryErrorResult error={target.error} />;
  if (!target.data) return <Spin />;
  const d = target.data;
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }} data-testid="page-work-plan-target">
      <Card
        size="small"
        title={
          <Space>
            <span data-testid="wp-target-title">
              {d.code} {d.name}
            </span>
            <StatusTag status={d.status} testId="wp-target-status" />
            <EvaluationDateTag evaluationDate={d.plan.evaluationDate} />
          </Space>
        }
        extra={
          d.bound && (
            <Link
              to={`/work-plan/provenance?target=${encodeURIComponent(d.code)}`}
              data-testid="wp-target-provenance"
            >
              {t.targetProvenance.link}
            </Link>
          )
        }
      >
        <Facts d={d} />
      </Card>
      <Card size="small" title={t.workPlan.valueHistory}>
        {d.history.length === 0 ? (
          <Empty description={t.workPlan.noHistory} />
        ) : (
          <ValueHistoryChart target={d} />
        )}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t.workPlan.reportedValues} style={{ height: "100%" }}>
            <Table
              size="small"
              rowKey={(r) => `${r.periodKey}-${r.unitName}`}
              pagination={false}
              dataSource={d.reportedValues}
              data-testid="wp-reported-values"
              columns={[
                { title: t.workPlan.period, key: "period", render: (_, r) => periodLabelOf(r.periodKey) },
                { title: t.workPlan.unit, dataIndex: "unitName" },
                { title: t.workPlan.current, key: "v", render: (_, r) => formatValue(r.value, d.unit) },
                {
                  title: t.workPlan.status,
                  key: "s",
                  render: (_, r) => t.workPlan.reportStatus[r.status] ?? r.status,
                },
                { title: t.workPlan.submittedOn, key: "on", render: (_, r) => r.submittedOn ?? "—" },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t.workPlan.districtShares} style={{ height: "100%" }}>
            <Table
              size="small"
              rowKey={(s) => s.unit.id}
              pagination={false}
              dataSource={d.shares}
              locale={{ emptyText: t.workPlan.noShares }}
              data-testid="wp-target-shares"
              columns={[
                { title: t.workPlan.unit, key: "u", render: (_, s) => s.unit.name },
                { title: t.workPlan.current, key: "c", render: (_, s) => formatValue(s.current, d.unit) },
                {
                  title: t.workPlan.targetValue,
                  key: "t",
                  render: (_, s) => formatValue(s.targetValue, d.unit),
                },
                {
                  title: t.workPlan.progress,
                  key: "p",
                  width: 150,
                  render: (_, s) => <ProgressBar progress={s.progress} status={s.status} />,
                },
                { title: t.workPlan.status, key: "s", render: (_, s) => <StatusTag status={s.status} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {d.changes.length > 0 && (
        <Card size="small" title={t.workPlan.changes}>
          <Table
            size="small"
            rowKey={(c) => `${c.at}-${c.action}`}
            pagination={false}
            dataSource={d.changes}
            columns={[
              { title: t.workPlan.updatedAt, key: "at", render: (_, c) => formatDateTime(c.at) },
              { title: t.audit.actor, key: "actor", render: (_, c) => c.actor ?? "—" },
              {
                title: t.audit.action,
                key: "action",
                render: (_, c) => t.audit.actions[c.action] ?? c.action,
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
