import { useQuery } from "@tanstack/react-query";
import { Card, Descriptions, List, Table, Tag, Typography } from "antd";
import { Link, useParams } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { planQuery, type PlanDetail } from "./inspectorate.api.ts";

const P = t.inspectorate.plans;

/** One inspection plan: checklist, team, and the visits the reader may see (the seal applies). */
export function InspectionPlanPage() {
  const { id = "" } = useParams();
  const plan = useQuery(planQuery(id));
  const p = plan.data;
  return (
    <Card data-testid="page-inspectorate-plan">
      <ErrorAlert error={plan.error} />
      {p && (
        <>
          <Typography.Title level={4}>
            {p.title} <Tag>{p.unannounced ? P.unannounced : P.announced}</Tag>
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={P.topic}>{p.topicLabel}</Descriptions.Item>
            <Descriptions.Item label={P.period}>{`${p.startsOn} ~ ${p.endsOn}`}</Descriptions.Item>
            <Descriptions.Item label={P.inspectors}>
              {p.inspectors.map((i) => i.name).join("、")}
            </Descriptions.Item>
            <Descriptions.Item label={P.sampleSize}>{p.sampleSize}</Descriptions.Item>
            {p.seed && <Descriptions.Item label={P.seed}>{p.seed}</Descriptions.Item>}
          </Descriptions>
          <List
            size="small"
            header={P.checklist}
            dataSource={p.checklist}
            renderItem={(c) => <List.Item>{c.question}</List.Item>}
          />
          <Table<PlanDetail["visits"][number]>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={p.visits}
            columns={[
              {
                title: P.school,
                render: (_, v) => <Link to={`/inspectorate/visits/${v.id}`}>{v.school.name}</Link>,
              },
              { title: P.visitDate, dataIndex: "visitDate" },
              { title: P.status, render: (_, v) => P.visitStatus[v.status] },
            ]}
          />
        </>
      )}
    </Card>
  );
}
