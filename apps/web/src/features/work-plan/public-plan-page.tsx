import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Collapse, Empty, Flex, Select, Space, Spin, Table, Tag, Typography } from "antd";
import { useSearchParams } from "react-router";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { t } from "../../app/locale/index.ts";
import { ProgressBar } from "./progress-bar.tsx";
import { MilestoneTag, StatusTag } from "./status-tags.tsx";
import { formatGoal, formatValue } from "./target-format.ts";
import { publicPlanQuery, publicYearsQuery } from "./work-plan.api.ts";
import type { PublicPlan, PublicTarget } from "./work-plan.api.ts";

type PublicTask = PublicPlan["focusAreas"][number]["tasks"][number];

function TaskBlock({ task }: { task: PublicTask }) {
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid={`public-task-${task.code}`}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{task.title}</Typography.Text>
        <Space>
          <Typography.Text type="secondary">
            {t.workPlan.leadUnitShort}：{task.leadUnitName}
          </Typography.Text>
          <StatusTag status={task.status} />
          <div style={{ width: 140 }}>
            <ProgressBar progress={task.progress} status={task.status} />
          </div>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: "6px 0" }}>
        {task.text}
      </Typography.Paragraph>
      {task.targets.length > 0 && (
        <Table<PublicTarget>
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={task.targets}
          columns={[
            { title: t.workPlan.publicTargets, dataIndex: "name" },
            { title: t.workPlan.targetValue, key: "goal", width: 120, render: (_, r) => formatGoal(r) },
            {
              title: t.workPlan.current,
              key: "c",
              width: 100,
              render: (_, r) => formatValue(r.current, r.unit),
            },
            { title: t.workPlan.deadline, dataIndex: "deadline", width: 100 },
            {
              title: t.workPlan.progress,
              key: "p",
              width: 150,
              render: (_, r) => <ProgressBar progress={r.progress} status={r.status} />,
            },
            {
              title: t.workPlan.status,
              key: "s",
              width: 100,
              render: (_, r) => <StatusTag status={r.status} />,
            },
          ]}
        />
      )}
      {task.milestones.length > 0 && (
        <Flex wrap gap={8} style={{ marginTop: 6 }}>
          {task.milestones.map((m) => (
            <Tag key={`${m.name}-${m.dueDate}`} variant="outlined">
              {m.name}（{m.dueDate}） <MilestoneTag status={m.status} />
            </Tag>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function PlanView({ data }: { data: PublicPlan }) {
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Card size="small">
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="public-plan-title">
          {data.plan.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t.workPlan.publishInfo(data.plan.issuer, data.plan.publishDate)} ·{" "}
          {t.workPlan.today(data.plan.today)}
        </Typography.Text>
        <Flex gap={16} align="center" style={{ marginTop: 8 }}>
          <Typography.Text strong>{t.workPlan.overall}</Typography.Text>
          <StatusTag status={data.summary.status} />
          <div style={{ width: 320 }}>
            <ProgressBar progress={data.summary.progress} status={data.summary.status} size="default" />
          </div>
        </Flex>
        {data.plan.demoDataNote && (
          <Alert type="info" showIcon style={{ marginTop: 8 }} title={data.plan.demoDataNote} />
        )}
      </Card>
      <Collapse
        defaultActiveKey={data.focusAreas[0] ? [data.focusAreas[0].code] : []}
        data-testid="public-focus-areas"
        items={data.focusAreas.map((a) => ({
          key: a.code,
          label: (
            <Flex justify="space-between" align="center" gap={12} data-testid={`public-focus-area-${a.code}`}>
              <Typography.Text strong>{a.title}</Typography.Text>
              <Space>
                <StatusTag status={a.status} />
                <div style={{ width: 160 }}>
                  <ProgressBar progress={a.progress} status={a.status} />
                </div>
              </Space>
            </Flex>
          ),
          children: (
            <>
              {a.summary && <Typography.Paragraph>{a.summary}</Typography.Paragraph>}
              {a.tasks.map((task) => (
                <TaskBlock key={task.code} task={task} />
              ))}
            </>
          ),
        }))}
      />
      <Typography.Text type="secondary">{t.workPlan.publicNote}</Typography.Text>
    </Space>
  );
}

/** 政府信息公开: the plan by focus area with its progress — nothing internal, no sign-in. */
export function PublicWorkPlanPage() {
  const [params, setParams] = useSearchParams();
  const years = useQuery(publicYearsQuery());
  const list = years.data ?? [];
  const latest = list.reduce((max, y) => Math.max(max, y.year), 0);
  const requested = Number(params.get("year"));
  const year = list.some((y) => y.year === requested) ? requested : latest;
  const plan = useQuery({ ...publicPlanQuery(year), enabled: year > 0 });
  if (years.error) return <QueryErrorResult error={years.error} />;
  if (years.isPending) return <Spin />;
  if (list.length === 0) return <Empty description={t.workPlan.noPlan} />;
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }} data-testid="page-public-work-plan">
      <Space>
        <Typography.Text>{t.workPlan.publicYear}</Typography.Text>
        <Select
          value={year}
          onChange={(y) => setParams({ year: String(y) }, { replace: true })}
          options={list.map((y) => ({ value: y.year, label: `${y.year} · ${y.title}` }))}
          style={{ minWidth: 280 }}
          data-testid="public-plan-year"
        />
      </Space>
      {plan.error && <QueryErrorResult error={plan.error} />}
      {plan.data ? <PlanView data={plan.data} /> : !plan.error && <Spin />}
    </Space>
  );
}
