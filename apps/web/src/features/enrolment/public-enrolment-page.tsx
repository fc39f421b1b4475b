import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Collapse, Descriptions, Empty, Flex, Input, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { countCell, formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import { CalendarView } from "./calendar-view.tsx";
import { AnnouncementView } from "./announcement-card.tsx";
import {
  announcementsQuery,
  announcementsUrl,
  bundleUrl,
  listsUrl,
  resultsQuery,
  roundSchoolsQuery,
  searchQuery,
} from "./enrolment.api.ts";
import { LedgerFiguresTable } from "./ledger-figures-table.tsx";
import type { DrawAnnouncement, PublicPhase } from "./enrolment.api.ts";
import { placementColor, placementText } from "./placement-text.ts";
import { RoundSelect, useSelectedRound } from "./round-select.tsx";
import { SchoolResultsPanel } from "./school-results-panel.tsx";

/** 招生派位结果公示: open to anyone; every name and ID number is masked by the server. */
export function PublicEnrolmentPage() {
  const { round } = useSelectedRound();
  const [number, setNumber] = useState("");
  const found = useQuery(searchQuery(number));
  const results = useQuery(resultsQuery(round?.id ?? ""));
  const announcements = useQuery(announcementsQuery(round?.id ?? ""));
  const schools = useQuery(roundSchoolsQuery(round?.id ?? ""));
  const names = new Map((schools.data ?? []).map((s) => [s.code, s.name]));
  const schoolName = (code: string) => names.get(code) ?? code;
  // A draw published before announcements existed still shows its result.
  const phases = [
    ...new Set([
      ...(announcements.data ?? []).map((a) => a.phase),
      ...(results.data?.items ?? []).map((p) => p.phase),
    ]),
  ].sort((a, b) => a - b);
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
                  {placementText(c.placement, schoolName)}
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
        <ErrorAlert error={results.error ?? announcements.error} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t.enrolment.lottery.verifyHint}
        </Typography.Paragraph>
        {announcements.data && results.data && phases.length === 0 && (
          <Empty description={t.enrolment.notPublished} style={{ marginTop: 16 }} />
        )}
        {/* Phases wait for the school names, so a list never shows bare school codes. */}
        {round &&
          schools.data &&
          phases.map((n) => {
            const announcement = announcements.data?.find((a) => a.phase === n) ?? null;
            const phase = results.data?.items.find((p) => p.phase === n);
            return (
              <div key={n} style={{ marginTop: 24 }} data-testid={`public-phase-${n}`}>
                <Typography.Title level={5}>{t.enrolment.phaseTitle(n)}</Typography.Title>
                {announcement && (
                  <Collapse
                    size="small"
                    defaultActiveKey={phase ? [] : ["announcement"]}
                    items={[
                      {
                        key: "announcement",
                        label: t.enrolment.lottery.announcement,
                        children: (
                          <AnnouncementView
                            announcement={announcement}
                            schoolName={schoolName}
                            downloadUrl={announcementsUrl(round.id)}
                          />
                        ),
                      },
                    ]}
                  />
                )}
                {phase && <PhaseResults roundId={round.id} phase={phase} announcement={announcement} />}
              </div>
            );
          })}
        {results.data && results.data.items.length > 0 && (
          <div style={{ marginTop: 24 }}>
            <LedgerFiguresTable figures={results.data.figures} />
          </div>
        )}
      </Card>
    </Space>
  );
}

/** The draw's numbers in words, e.g. 现场随机数 1：402917；公开数值：00302175. */
function drawnNumbers(phase: PublicPhase, announcement: DrawAnnouncement | null): string {
  const l = t.enrolment.lottery;
  const publicLabels = new Set((announcement?.seedAnnouncement.publicValues ?? []).map((v) => v.label));
  const onSite =
    announcement?.seedAnnouncement.labels ??
    phase.seedInputs.map((i) => i.label).filter((x) => !publicLabels.has(x));
  // On-site numbers in their announced order, the public values after them.
  const order = (label: string) => (onSite.includes(label) ? onSite.indexOf(label) : onSite.length);
  return [...phase.seedInputs]
    .sort((a, b) => order(a.label) - order(b.label))
    .map((input) => {
      const n = onSite.indexOf(input.label);
      return `${n === -1 ? l.publicValueInput : l.onSiteNumber(n + 1)}：${input.value}`;
    })
    .join("；");
}

function PhaseResults({
  roundId,
  phase,
  announcement,
}: {
  roundId: string;
  phase: PublicPhase;
  announcement: DrawAnnouncement | null;
}) {
  const l = t.enrolment.lottery;
  return (
    <div style={{ marginTop: 16 }}>
      <Flex justify="flex-end">
        <Space wrap>
          <a href={listsUrl(roundId, phase.phase)} target="_blank" rel="noreferrer">
            {t.enrolment.downloadLists}
          </a>
          <a href={bundleUrl(roundId)} download data-testid="public-bundle">
            {t.enrolment.downloadBundle}
          </a>
        </Space>
      </Flex>
      {phase.redraws.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: "12px 0" }}
          data-testid="public-redraws"
          title={l.redraws}
          description={
            <>
              {phase.redraws.map((r, i) => (
                <div key={r.at}>{l.redrawItem(i + 1, formatDateTime(r.at), r.reason)}</div>
              ))}
              <div>{l.redrawNote}</div>
            </>
          }
        />
      )}
      <Typography.Paragraph type="secondary" style={{ wordBreak: "break-all" }}>
        {l.drawnNumbers}：{drawnNumbers(phase, announcement)} · {t.enrolment.seed}{" "}
        <Typography.Text code style={{ fontSize: 11 }}>
          {phase.seed}
        </Typography.Text>
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="code"
        dataSource={phase.schools}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        expandable={{
          expandedRowRender: (s) => (
            <SchoolResultsPanel roundId={roundId} phase={phase.phase} school={s.code} />
          ),
        }}
        columns={[
          { title: t.enrolment.school, dataIndex: "name" },
          { title: t.enrolment.district, dataIndex: "district" },
          { title: t.enrolment.quota, dataIndex: "quota", align: "right", render: countCell },
          { title: t.enrolment.drawnAdmitted, dataIndex: "admitted", align: "right", render: countCell },
          { title: t.enrolment.waiting, dataIndex: "waiting", align: "right", render: countCell },
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
