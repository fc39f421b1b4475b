import { useQuery } from "@tanstack/react-query";
import { Card, Flex, Table, Typography } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { CHART_LEGEND, EChart, type ChartOption } from "../indicators/echart.tsx";
import { statisticsQuery } from "./enrolment.api.ts";
import type { Statistics } from "./enrolment.api.ts";
import { RoundSelect, useSelectedRound } from "./round-select.tsx";
import { countCell } from "../../app/format.ts";

function chartOf(stats: Statistics): ChartOption {
  const schools = [...stats.schools].sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0));
  return {
    tooltip: { trigger: "axis" },
    legend: CHART_LEGEND,
    grid: { left: 48, right: 48, top: 56, bottom: 96 },
    xAxis: {
      type: "category",
      name: t.charts.school,
      data: schools.map((s) => s.name),
      axisLabel: { rotate: 40, interval: 0 },
    },
    yAxis: { type: "value", name: t.charts.ratio },
    series: [
      {
        type: "bar",
        name: t.enrolment.ratio,
        data: schools.map((s) => s.ratio ?? 0),
        markLine: { silent: true, data: [{ yAxis: 1 }], lineStyle: { type: "dashed" } },
      },
    ],
  };
}

/** 招生统计: applicants per place (报录比) by school and by district. */
export function EnrolmentStatisticsPage() {
  const { round } = useSelectedRound();
  const stats = useQuery(statisticsQuery(round?.id ?? ""));
  return (
    <Card data-testid="page-enrolment-statistics">
      <Flex gap={16} align="center" style={{ marginBottom: 16 }}>
        <RoundSelect />
        {stats.data && (
          <Typography.Text strong>{t.enrolment.statsApplicants(stats.data.applicants)}</Typography.Text>
        )}
      </Flex>
      <ErrorAlert error={stats.error} />
      {stats.data && (
        <>
          <Typography.Title level={5}>{t.enrolment.bySchool}</Typography.Title>
          <EChart option={chartOf(stats.data)} height={340} testId="enrolment-ratio-chart" />
          <Table
            size="small"
            rowKey="code"
            dataSource={stats.data.schools}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: t.enrolment.school, dataIndex: "name" },
              { title: t.enrolment.district, dataIndex: "district" },
              { title: t.enrolment.lotteryPlaces, dataIndex: "places", align: "right", render: countCell },
              { title: t.enrolment.firstChoice, dataIndex: "firstChoice", align: "right", render: countCell },
              { title: t.enrolment.anyChoice, dataIndex: "anyChoice", align: "right", render: countCell },
              {
                title: t.enrolment.ratio,
                dataIndex: "ratio",
                align: "right",
                render: (r: number | null) => (r === null ? "—" : `${r} : 1`),
              },
            ]}
          />
          <Typography.Title level={5}>{t.enrolment.byDistrict}</Typography.Title>
          <Table
            size="small"
            rowKey="name"
            dataSource={stats.data.districts}
            pagination={false}
            data-testid="enrolment-district-table"
            columns={[
              { title: t.enrolment.district, dataIndex: "name" },
              { title: t.enrolment.lotteryPlaces, dataIndex: "places", align: "right", render: countCell },
              { title: t.enrolment.firstChoice, dataIndex: "firstChoice", align: "right", render: countCell },
              {
                title: t.enrolment.ratio,
                dataIndex: "ratio",
                align: "right",
                render: (r: number | null) => (r === null ? "—" : `${r} : 1`),
              },
              {
                title: t.enrolment.fromDistrict,
                dataIndex: "applicantsFromDistrict",
                align: "right",
                render: countCell,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
