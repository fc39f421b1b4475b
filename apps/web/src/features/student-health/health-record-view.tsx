import { Card, Descriptions, Empty, Space, Table, Tag, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { CHART_LEGEND, EChart, type ChartOption } from "../indicators/echart.tsx";
import type { HealthRecord } from "./health.api.ts";
import { formatDate, formatNumber } from "../../app/format.ts";

const se = (v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : ""}${formatNumber(v, 2)}`);
const acuity = (v: number | null) => (v === null ? "—" : formatNumber(v, 1));

function AcuityChart({ record }: { record: HealthRecord }) {
  const option: ChartOption = {
    tooltip: { trigger: "axis" },
    legend: CHART_LEGEND,
    grid: { left: 40, right: 72, top: 56, bottom: 28 },
    xAxis: { type: "category", name: t.charts.screenedOn, data: record.screenings.map((s) => s.screenedOn) },
    yAxis: { type: "value", name: t.charts.acuity, min: 3.5, max: 5.3 },
    series: [
      { name: t.health.right, type: "line", data: record.screenings.map((s) => s.acuityRight) },
      { name: t.health.left, type: "line", data: record.screenings.map((s) => s.acuityLeft) },
      {
        name: t.charts.normalAcuity,
        type: "line",
        symbol: "none",
        lineStyle: { type: "dashed", color: "#cf1322" },
        data: record.screenings.map(() => 5.0),
      },
    ],
  };
  return <EChart option={option} height={220} testId="record-acuity-chart" />;
}

function TotalChart({ record }: { record: HealthRecord }) {
  const option: ChartOption = {
    tooltip: { trigger: "axis" },
    legend: CHART_LEGEND,
    grid: { left: 40, right: 56, top: 56, bottom: 28 },
    xAxis: { type: "category", name: t.charts.schoolYear, data: record.fitness.map((f) => f.schoolYear) },
    yAxis: { type: "value", name: t.charts.score, min: 0, max: 120 },
    series: [
      { name: t.health.total, type: "bar", data: record.fitness.map((f) => f.total), barMaxWidth: 40 },
    ],
  };
  return <EChart option={option} height={220} testId="record-total-chart" />;
}

/** 电子健康档案: screenings and fitness tests over the years, with charts; shared by staff and parents. */
export function HealthRecordView({ record }: { record: HealthRecord }) {
  const s = record.student;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="health-record">
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t.health.name}>{s.name}</Descriptions.Item>
        <Descriptions.Item label={t.health.sex}>{t.health.sexes[s.sex]}</Descriptions.Item>
        <Descriptions.Item label={t.health.school}>
          {s.institutionName} {s.gradeLabel} {s.className}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t.health.screenings}>
        {record.screenings.length === 0 ? (
          <Empty description={t.health.noData} />
        ) : (
          <>
            {/* A trend needs two points; one screening is read from the table. */}
            {record.screenings.length > 1 && <AcuityChart record={record} />}
            <Table
              rowKey="screenedOn"
              size="small"
              pagination={false}
              dataSource={record.screenings}
              data-testid="record-screenings"
              columns={[
                { title: t.health.screenedOn, dataIndex: "screenedOn", render: (v: string) => formatDate(v) },
                { title: t.health.grade, dataIndex: "gradeLabel" },
                {
                  title: t.health.acuity,
                  key: "a",
                  render: (_, r) => `${acuity(r.acuityRight)} / ${acuity(r.acuityLeft)}`,
                },
                { title: t.health.se, key: "se", render: (_, r) => `${se(r.seRight)} / ${se(r.seLeft)}` },
                { title: t.health.correction, dataIndex: "correction" },
                {
                  title: t.health.worseClass,
                  dataIndex: "worseClass",
                  render: (v: string | null) => v ?? "—",
                },
                {
                  title: t.health.myopia,
                  key: "m",
                  render: (_, r) => <Tag color={r.myopic ? "red" : "default"}>{r.myopia}</Tag>,
                },
              ]}
            />
          </>
        )}
      </Card>
      <Card size="small" title={t.health.fitness}>
        {record.fitness.length === 0 ? (
          <Empty description={t.health.noData} />
        ) : (
          <>
            {record.fitness.length > 1 && <TotalChart record={record} />}
            {record.graduation && (
              <Typography.Paragraph strong>
                {t.health.graduation(record.graduation.score, record.graduation.band)}
              </Typography.Paragraph>
            )}
            <Table
              rowKey="schoolYear"
              size="small"
              pagination={false}
              dataSource={record.fitness}
              data-testid="record-fitness"
              columns={[
                { title: t.health.schoolYear, dataIndex: "schoolYear" },
                { title: t.health.grade, dataIndex: "gradeLabel" },
                {
                  title: t.health.bmi,
                  key: "bmi",
                  render: (_, r) => `${r.bmi ?? "—"}（${r.heightCm ?? "—"} cm / ${r.weightKg ?? "—"} kg）`,
                },
                {
                  title: t.health.weightStatus,
                  dataIndex: "weightStatus",
                  render: (v: string | null) => v ?? "—",
                },
                {
                  title: t.health.items,
                  key: "items",
                  render: (_, r) =>
                    r.items.map((i) => `${i.label} ${i.value ?? "—"}（${i.score ?? 0}分）`).join("；"),
                },
                { title: t.health.weighted, dataIndex: "weighted" },
                { title: t.health.bonus, dataIndex: "bonus" },
                { title: t.health.total, dataIndex: "total" },
                { title: t.health.band, dataIndex: "band", render: (v: string) => <Tag>{v}</Tag> },
              ]}
            />
          </>
        )}
      </Card>
    </Space>
  );
}
