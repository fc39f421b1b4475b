import type { ApiData } from "../../app/api-contract.ts";
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Empty, Flex, Space, Spin, Table, Typography } from "antd";
import dayjs from "dayjs";
import { Link, useSearchParams } from "react-router";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { PlanPicker } from "./plan-picker.tsx";
import { StatusTag } from "./status-tags.tsx";
import { formatGoal, formatValue } from "./target-format.ts";
import { usePlan } from "./use-plan.ts";

/** One bound target of GET /api/work-plan/plans/:planId/provenance, from the generated contract. */
type ProvenanceItem = ApiData<"/api/work-plan/plans/{planId}/provenance">["items"][number];

const m = t.targetProvenance;
const when = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

function UnitCounts({ units }: { units: ProvenanceItem["units"] }) {
  if (!units) return <Typography.Text type="secondary">{m.unitsNone}</Typography.Text>;
  return (
    <Space size={12} wrap>
      <span>
        {m.reporting} {units.reporting}
      </span>
      <Typography.Text type="success">
        {m.approved} {units.approved}
      </Typography.Text>
      <Typography.Text type={units.missing > 0 ? "warning" : "secondary"}>
        {m.missing} {units.missing}
      </Typography.Text>
    </Space>
  );
}

/** 目标数据来源: where each bound target's current value comes from, before a leader signs the report. */
export function WorkPlanProvenancePage() {
  const { plans, plan, choose, isPending, error } = usePlan();
  const [params] = useSearchParams();
  const focus = params.get("target");
  const data = useQuery({
    queryKey: ["work-plan", "provenance", plan?.id ?? ""],
    queryFn: () =>
      api.GET("/api/work-plan/plans/{planId}/provenance", { params: { path: { planId: plan?.id ?? "" } } }),
    enabled: plan !== undefined,
  });
  if (error) return <QueryErrorResult error={error} />;
  if (isPending) return <Spin />;
  if (!plan) return <Empty description={t.workPlan.noPlan} />;
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }} data-testid="page-work-plan-provenance">
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <PlanPicker plans={plans} plan={plan} onChange={choose} />
          {data.data && (
            <Typography.Text type="secondary">
              {m.readAt} {when(data.data.readAt)}
            </Typography.Text>
          )}
        </Flex>
        <Alert type="info" showIcon style={{ marginTop: 8 }} title={m.intro} />
      </Card>
      {data.error && <QueryErrorResult error={data.error} />}
      {!data.data && !data.error && <Spin />}
      {data.data && (
        <Card size="small" title={m.title}>
          <Table<ProvenanceItem>
            size="small"
            rowKey="targetId"
            pagination={false}
            dataSource={data.data.items}
            locale={{ emptyText: m.empty }}
            data-testid="wp-provenance"
            rowClassName={(r) => (r.code === focus ? "ant-table-row-selected" : "")}
            scroll={{ x: 1200 }}
            columns={[
              {
                title: m.target,
                key: "target",
                width: 220,
                render: (_, r) => (
                  <Link to={`/work-plan/targets/${r.targetId}`} data-testid={`wp-provenance-${r.code}`}>
                    {`${r.code} ${r.name}`}
                  </Link>
                ),
              },
              {
                title: m.current,
                key: "current",
                width: 150,
                render: (_, r) => (
                  <Space orientation="vertical" size={0}>
                    <strong>{formatValue(r.current, r.unit)}</strong>
                    <Typography.Text type="secondary">
                      {m.goal} {formatGoal(r)}
                    </Typography.Text>
                    <StatusTag status={r.status} />
                  </Space>
                ),
              },
              { title: m.indicator, dataIndex: "indicator", width: 200 },
              {
                title: m.dataSource,
                key: "source",
                width: 220,
                render: (_, r) => (
                  <Space orientation="vertical" size={0}>
                    <span>{r.dataSource}</span>
                    {r.units && <Typography.Text type="secondary">{r.dataBasis}</Typography.Text>}
                  </Space>
                ),
              },
              {
                title: m.approvedAsOf,
                key: "asOf",
                width: 140,
                render: (_, r) =>
                  r.approvedAsOf ? (
                    when(r.approvedAsOf)
                  ) : (
                    <Typography.Text type="secondary">{r.units ? m.never : "—"}</Typography.Text>
                  ),
              },
              { title: m.units, key: "units", render: (_, r) => <UnitCounts units={r.units} /> },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
