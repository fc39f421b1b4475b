import { useQuery } from "@tanstack/react-query";
import { Col, List, Row, Spin, Tag, Typography } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { schoolResultsQuery } from "./enrolment.api.ts";
import type { MaskedPerson } from "./enrolment.api.ts";

function People({ title, people, testId }: { title: string; people: MaskedPerson[]; testId: string }) {
  return (
    <List
      size="small"
      header={<Typography.Text strong>{`${title}（${people.length}）`}</Typography.Text>}
      dataSource={people}
      pagination={people.length > 10 ? { pageSize: 10, size: "small" } : false}
      data-testid={testId}
      renderItem={(p, i) => <List.Item>{`${i + 1}. ${p.number} ${p.name} ${p.idNumber}`}</List.Item>}
    />
  );
}

/** One school's masked lists in a published phase, with 候补递补. */
export function SchoolResultsPanel({
  roundId,
  phase,
  school,
}: {
  roundId: string;
  phase: number;
  school: string;
}) {
  const results = useQuery(schoolResultsQuery(roundId, phase, school));
  if (results.isPending) return <Spin />;
  if (results.error) return <ErrorAlert error={results.error} />;
  const data = results.data;
  return (
    <Row gutter={16}>
      <Col span={8}>
        <People title={t.enrolment.currentAdmitted} people={data.admitted} testId="school-admitted" />
      </Col>
      <Col span={8}>
        <People title={t.enrolment.waitingList} people={data.waiting} testId="school-waiting" />
      </Col>
      <Col span={8}>
        <List
          size="small"
          header={<Typography.Text strong>{t.enrolment.moves}</Typography.Text>}
          dataSource={data.moves}
          renderItem={(m) => (
            <List.Item>
              <Tag color={m.kind === "declined" ? "default" : "green"}>
                {m.kind === "declined" ? t.enrolment.moveDeclined : t.enrolment.movePromoted}
              </Tag>
              {`${m.number} ${m.name}`}
            </List.Item>
          )}
        />
      </Col>
    </Row>
  );
}
