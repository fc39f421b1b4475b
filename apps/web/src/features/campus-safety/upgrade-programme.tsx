import { useQuery } from "@tanstack/react-query";
import { Card, Table, Tag, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { upgradesQuery } from "./campus-safety.api.ts";

/** 三防升级 programme: which schools, which items, budget, completion — the plan's upgrade tracked as a target. */
export function UpgradeProgramme() {
  const c = t.campusSafety.upgrades;
  const data = useQuery(upgradesQuery());
  const totals = data.data?.totals;
  return (
    <Card size="small" title={c.title} data-testid="safety-upgrades">
      {totals && (
        <Typography.Paragraph type="secondary">
          {c.summary(totals.completed, totals.items, Math.round(totals.budgetWan * 10) / 10)}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={data.isLoading}
        dataSource={data.data?.items ?? []}
        columns={[
          { title: c.school, render: (_, r) => r.school.name },
          { title: c.item, dataIndex: "itemLabel" },
          { title: c.budget, dataIndex: "budgetWan" },
          { title: c.plannedBy, dataIndex: "plannedBy" },
          {
            title: c.status,
            render: (_, r) =>
              r.completedOn ? (
                <Tag color="green">{c.done(r.completedOn)}</Tag>
              ) : (
                <Tag color="orange">{c.pending}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
