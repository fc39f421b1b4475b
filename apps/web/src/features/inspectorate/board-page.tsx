import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Flex, InputNumber, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { t } from "../../app/locale/index.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { useSession } from "../../app/session/session-context.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { FrameworkDrawer } from "./framework-drawer.tsx";
import { Heatmap, type HeatmapOption } from "./heatmap.tsx";
import {
  boardQuery,
  evaluationsQuery,
  inspectorateKeys,
  openEvaluations,
  type Board,
} from "./inspectorate.api.ts";
import { formatPercent } from "../../app/format.ts";

const T = t.inspectorate;
const DEFAULT_YEAR = 2019;

function heatmapOf(board: Board): HeatmapOption {
  const data: [number, number, number | string][] = [];
  board.districts.forEach((d, y) =>
    d.scores.forEach((score, x) => {
      const max = board.indicators[x]?.maxScore ?? 1;
      data.push([x, y, score === null ? "-" : Math.round((score / max) * 100)]);
    }),
  );
  return {
    tooltip: {
      formatter: (p) => {
        const value = (p as unknown as { value: [number, number, number | string] }).value;
        const indicator = board.indicators[value[0]];
        const district = board.districts[value[1]];
        const rate = value[2] === "-" ? T.noData : `${value[2]}%`;
        return `${district?.name ?? ""}<br/>${indicator?.name ?? ""}${indicator?.computed ? T.board.computed : ""}<br/>${T.board.scoreRate}：${rate}`;
      },
    },
    grid: { left: 90, right: 20, top: 10, bottom: 120 },
    xAxis: {
      type: "category",
      name: T.board.indicatorAxis,
      nameLocation: "middle",
      nameGap: 28,
      data: board.indicators.map((i) => i.code),
      axisLabel: { interval: 0 },
    },
    yAxis: { type: "category", data: board.districts.map((d) => d.name), inverse: true },
    visualMap: {
      min: 0,
      max: 100,
      calculable: true,
      text: [T.board.scoreRateHigh, T.board.scoreRateLow],
      orient: "horizontal",
      left: "center",
      bottom: 10,
      inRange: { color: ["#d73027", "#fee08b", "#1a9850"] },
    },
    series: [
      {
        type: "heatmap",
        data,
        label: {
          show: true,
          formatter: (p) => {
            const cell = (p.value as (number | string)[])[2];
            return cell === undefined ? "" : String(cell);
          },
        },
      },
    ],
  };
}

/** 履职评价 board: districts × indicators heat map (share of points earned) and the ranking. */
export function EvaluationBoardPage() {
  const me = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year") ?? DEFAULT_YEAR) || DEFAULT_YEAR;
  const board = useQuery(boardQuery(year));
  const [frameworks, setFrameworks] = useState(false);
  const list = useQuery(evaluationsQuery(year));
  const option = useMemo(() => (board.data ? heatmapOf(board.data) : null), [board.data]);
  const open = useMutation({
    mutationFn: () => openEvaluations(year),
    onSuccess: ({ opened }) => {
      void message.success(T.board.opened(opened));
      void queryClient.invalidateQueries({ queryKey: inspectorateKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });

  return (
    <Card data-testid="page-inspectorate-board">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {T.board.title(year)}
        </Typography.Title>
        <Flex gap={8} align="center">
          <span>{T.year}</span>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setParams({ year: String(v) })}
          />
          <Button href={`/api/inspectorate/evaluations/summary.docx?year=${year}`}>{T.board.summary}</Button>
          {hasPermission(me, "inspectorate.inspect") && (
            <Button onClick={() => setFrameworks(true)} data-testid="open-frameworks">
              {t.inspectorate.framework.open}
            </Button>
          )}
          {hasPermission(me, "inspectorate.inspect") && (
            <Button onClick={() => open.mutate()} loading={open.isPending}>
              {T.board.open}
            </Button>
          )}
        </Flex>
      </Flex>
      <ErrorAlert error={board.error ?? list.error} />
      {board.data && board.data.indicators.length === 0 && (
        <Typography.Paragraph>{T.board.noFramework}</Typography.Paragraph>
      )}
      {board.data && option && board.data.districts.length > 0 && (
        <>
          <Typography.Title level={5}>{T.board.heatmap}</Typography.Title>
          <Heatmap
            option={option}
            height={Math.max(260, board.data.districts.length * 36 + 140)}
            onRowClick={(row) => {
              const d = board.data?.districts[row];
              if (d) void navigate(`/inspectorate/evaluations/${d.id}`);
            }}
          />
          <Typography.Paragraph type="secondary">
            {board.data.indicators
              .map((i) => `${i.code} ${i.name}${i.computed ? T.board.computed : ""}`)
              .join("；")}
          </Typography.Paragraph>
        </>
      )}
      <Typography.Title level={5}>{T.board.ranking}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        loading={list.isFetching}
        pagination={false}
        dataSource={list.data?.items ?? []}
        data-testid="insp-ranking"
        columns={[
          { title: T.board.rank, dataIndex: "rank", width: 70 },
          {
            title: T.board.district,
            render: (_, r) => (
              <Link to={`/inspectorate/evaluations/${r.id}`} data-testid={`insp-eval-${r.district.name}`}>
                {r.district.name}
              </Link>
            ),
          },
          { title: T.board.status, render: (_, r) => <Tag>{r.statusLabel}</Tag> },
          {
            title: T.board.total,
            dataIndex: "total",
            render: (v: number) => <span data-testid="insp-total">{v}</span>,
          },
          { title: T.board.previous, dataIndex: "previousTotal", render: (v: number | null) => v ?? "—" },
          { title: T.board.scored, render: (_, r) => `${r.scored}/${r.leafCount}` },
          { title: T.board.weaknesses, dataIndex: "weaknessCount" },
          {
            title: T.rectifications.closureRate,
            render: (_, r) => (
              <span data-testid={`insp-closure-${r.district.name}`}>
                {r.closureRate === null ? T.noData : formatPercent(r.closureRate)}
              </span>
            ),
          },
        ]}
      />
      {frameworks && <FrameworkDrawer onClose={() => setFrameworks(false)} />}
    </Card>
  );
}
