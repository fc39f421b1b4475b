import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Flex, Table, Tag } from "antd";
import { t } from "../../app/locale/index.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";
import { inspectionsQuery, opinionQuery } from "./campus-safety.api.ts";

/** Inspections this year (self and spot), schools with missed monthly self-inspections, and 舆情 events. */
export function InspectionsPage() {
  const c = t.campusSafety.inspections;
  const data = useQuery(inspectionsQuery());
  const opinion = useQuery(opinionQuery());
  if (data.error) return <QueryErrorResult error={data.error} />;
  const missed = data.data?.missed ?? [];
  return (
    <Flex vertical gap={16} data-testid="page-campus-safety-inspections">
      <Card size="small" title={c.missedTitle}>
        {missed.length === 0 ? (
          <Alert type="success" showIcon title={c.noneMissed} />
        ) : (
          <Table
            size="small"
            rowKey={(r) => r.school.id}
            dataSource={missed}
            columns={[
              { title: c.school, render: (_, r) => r.school.name },
              { title: c.months, render: (_, r) => r.months.map((m) => <Tag key={m}>{m}</Tag>) },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={c.title}>
        <Table
          size="small"
          rowKey="id"
          loading={data.isLoading}
          dataSource={data.data?.items ?? []}
          columns={[
            { title: c.school, render: (_, r) => r.school.name },
            { title: c.kind, dataIndex: "kindLabel" },
            { title: c.topic, dataIndex: "topicLabel" },
            { title: c.date, dataIndex: "inspectedOn" },
            { title: c.inspector, dataIndex: "inspector" },
            {
              title: c.failed,
              render: (_, r) =>
                r.checkedItems
                  .filter((i) => !i.ok)
                  .map((i) => (
                    <Tag key={i.item} color="red">
                      {i.item}
                    </Tag>
                  )),
            },
          ]}
        />
      </Card>
      <Card size="small" title={c.opinionTitle}>
        <Table
          size="small"
          rowKey="id"
          loading={opinion.isLoading}
          dataSource={opinion.data?.items ?? []}
          columns={[
            { title: c.unit, render: (_, r) => r.unit.name },
            { title: c.source, dataIndex: "source" },
            { title: c.level, dataIndex: "levelLabel" },
            { title: c.summary, dataIndex: "summary" },
            { title: c.incident, render: (_, r) => r.incident?.title ?? "—" },
            {
              title: c.status,
              render: (_, r) =>
                r.status === "open" ? <Tag color="orange">{c.open}</Tag> : <Tag>{c.closed}</Tag>,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
