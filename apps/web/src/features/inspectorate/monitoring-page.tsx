import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Select, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { useSession } from "../../app/session/session-context.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { ImportJobButton } from "../../components/import-job-button.tsx";
import type { ImportJobTexts } from "../../components/import-job-panel.tsx";
import {
  inspectorateKeys,
  monitoringQuery,
  monitoringYearsQuery,
  type Monitoring,
} from "./inspectorate.api.ts";
import { formatNumber } from "../../app/format.ts";

const M = t.inspectorate.monitoring;
const importTexts: ImportJobTexts = {
  ...t.importJob,
  intro: M.importIntro,
  importDone: (result) => M.imported(result.rows),
};
const fixed = (v: number | null, digits = 1) =>
  v === null ? t.inspectorate.noData : formatNumber(v, digits);
type District = Monitoring["groups"][number]["districts"][number];

/** 质量监测: per subject and grade, each district's mean against the city and the nation, and its CV. */
export function MonitoringPage() {
  const me = useSession();
  const years = useQuery(monitoringYearsQuery());
  const [picked, setPicked] = useState<number | undefined>();
  const year = picked ?? years.data?.years[0];
  const analysis = useQuery({ ...monitoringQuery(year ?? 0), enabled: year !== undefined });
  return (
    <Card data-testid="page-inspectorate-monitoring">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {M.title}
        </Typography.Title>
        <Flex gap={8}>
          <Select
            value={year}
            onChange={setPicked}
            style={{ width: 120 }}
            options={(years.data?.years ?? []).map((y) => ({ value: y, label: `${y}年` }))}
          />
          {year !== undefined && (
            <Button href={`/api/inspectorate/monitoring/report.docx?year=${year}`}>{M.report}</Button>
          )}
          {hasPermission(me, "inspectorate.inspect") && (
            <ImportJobButton
              label={M.import}
              title={M.import}
              close={t.importJob.close}
              texts={importTexts}
              uploadUrl="/api/inspectorate/monitoring/import"
              templateUrl="/api/inspectorate/monitoring/template.xlsx"
              templateTestId
              invalidate={inspectorateKeys.all}
              testIdPrefix="monitoring-import"
            />
          )}
        </Flex>
      </Flex>
      <ErrorAlert error={years.error ?? analysis.error} />
      {years.data?.years.length === 0 && <Typography.Paragraph>{M.noYears}</Typography.Paragraph>}
      {analysis.data?.groups.map((g) => (
        <div key={`${g.subject}${g.grade}`} style={{ marginTop: 16 }}>
          <Typography.Title level={5}>
            {g.grade}
            {g.subject} · {M.cityMean} {fixed(g.cityMean)} · {M.nationalMean} {fixed(g.nationalMean)}{" "}
            <Typography.Text type="secondary">{M.limit(g.cvLimit)}</Typography.Text>
          </Typography.Title>
          <Table<District>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={g.districts}
            columns={[
              { title: M.district, dataIndex: "name" },
              { title: M.schools, dataIndex: "schools" },
              { title: M.mean, render: (_, d) => fixed(d.mean) },
              {
                title: M.gap,
                render: (_, d) => (
                  <span style={{ color: (d.gapToCity ?? 0) < 0 ? "#cf1322" : "#389e0d" }}>
                    {fixed(d.gapToCity)}
                  </span>
                ),
              },
              { title: M.cv, render: (_, d) => fixed(d.cv, 3) },
              {
                title: "",
                render: (_, d) =>
                  d.balanced === null ? null : (
                    <Tag color={d.balanced ? "green" : "red"}>{d.balanced ? M.balanced : M.unbalanced}</Tag>
                  ),
              },
            ]}
          />
        </div>
      ))}
    </Card>
  );
}
