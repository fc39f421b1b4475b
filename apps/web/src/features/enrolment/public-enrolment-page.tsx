import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Descriptions, Empty, Flex, Input, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { CalendarView } from "./calendar-view.tsx";
import { bundleUrl, listsUrl, resultsQuery, searchQuery } from "./enrolment.api.ts";
import type { ResultsPhase } from "./enrolment.api.ts";
import { placementColor, placementText } from "./placement-text.ts";
import { RoundSelect, useSelectedRound } from "./round-select.tsx";
import { SchoolResultsPanel } from "./school-results-panel.tsx";

/** 招生派位结果公示: open to anyone; every name and ID number is masked by the server. */
export function PublicEnrolmentPage() {
  const { round } = useSelectedRound();
  const [number, setNumber] = useState("");
  const found = useQuery(searchQuery(number));
  const results = useQuery(resultsQuery(round?.id ?? ""));
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }} data-testid="page-public-enrolment">
      <Card title={t.enrolment.search}>
        <Input.Search
          placeholder={t.enrolment.searchPlaceholder}
          enterButton={t.enrolment.search}
          allowClear
          style={{ maxWidth: 480 }}
          onSearch={(v) => setNumber(v.trim().toUpperCase())}
          data-testid="public-search"
        />
        {found.error && (
          <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t.enrolment.notFound} />
        )}
        {found.data && (
          <Descriptions
            bordered
            size="small"
            column={1}
            style={{ marginTop: 16 }}
            data-testid="public-search-result"
          >
            <Descriptions.Item label={t.enrolment.round}>{found.data.round.name}</Descriptions.Item>
            <Descriptions.Item label={t.enrolment.number}>{found.data.number}</Descriptions.Item>
            <Descriptions.Item label={t.enrolment.status}>
              {t.enrolment.statuses[found.data.status]}
            </Descriptions.Item>
            {found.data.children.map((c) => (
              <Descriptions.Item key={c.number} label={`${c.name} ${c.idNumber}`}>
                <Tag color={placementColor(c.placement)} data-testid="public-placement">
                  {placementText(c.placement, (code) => code)}
                </Tag>
                {c.placement.kind === "admitted" && (
                  <Typography.Text>
                    {t.enrolment.admissionNoticeText(c.name, c.placement.schoolName ?? c.placement.school)}
                  </Typography.Text>
                )}
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
      </Card>
      <Card title={t.enrolment.results} extra={<RoundSelect testId="public-round-select" />}>
        {round && <CalendarView calendar={round.calendar} />}
        <ErrorAlert error={results.error} />
        {results.data?.length === 0 && (
          <Empty description={t.enrolment.notPublished} style={{ marginTop: 16 }} />
        )}
        {round &&
          results.data?.map((phase) => <PhaseResults key={phase.phase} roundId={round.id} phase={phase} />)}
      </Card>
    </Space>
  );
}

function PhaseResults({ roundId, phase }: { roundId: string; phase: ResultsPhase }) {
  return (
    <div style={{ marginTop: 24 }} data-testid={`public-phase-${phase.phase}`}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5}>{t.enrolment.phaseTitle(phase.phase)}</Typography.Title>
        <Space>
          <a href={listsUrl(roundId, phase.phase)} target="_blank" rel="noreferrer">
            {t.enrolment.downloadLists}
          </a>
          <a href={bundleUrl(roundId)} download data-testid="public-bundle">
            {t.enrolment.downloadBundle}
          </a>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary">
        {t.enrolment.seedInputs}：{phase.seedInputs.map((i) => `${i.label}=${i.value}`).join("，")} ·{" "}
        {t.enrolment.seed}{" "}
        <Typography.Text code style={{ fontSize: 12 }}>
          {phase.seed}
        </Typography.Text>{" "}
        · {t.enrolment.verifyHint}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="code"
        dataSource={phase.schools}
        pagination={{ pageSize: 20 }}
        expandable={{
          expandedRowRender: (s) => (
            <SchoolResultsPanel roundId={roundId} phase={phase.phase} school={s.code} />
          ),
        }}
        columns={[
          { title: t.enrolment.school, dataIndex: "name" },
          { title: t.enrolment.district, dataIndex: "district" },
          { title: t.enrolment.quota, dataIndex: "quota", align: "right" },
          { title: t.enrolment.admitted, dataIndex: "admitted", align: "right" },
          { title: t.enrolment.waiting, dataIndex: "waiting", align: "right" },
          {
            title: "",
            render: (_, s) =>
              s.oversubscribed ? (
                <Tag color="orange">{t.enrolment.oversubscribed}</Tag>
              ) : (
                <Tag>{t.enrolment.undersubscribed}</Tag>
              ),
          },
        ]}
      />
    </div>
  );
}
