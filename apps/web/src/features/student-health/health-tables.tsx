import { Table, Tag, type TableColumnsType } from "antd";
import { t } from "../../app/locale/index.ts";
import { pct, points } from "./health.api.ts";
import type { ChildLine, GradeLine, HealthRates } from "./health.api.ts";
import { formatNumber } from "../../app/format.ts";

type Row = { current: HealthRates; previous: HealthRates | null };

/** Rate columns with the change against the previous year under each figure. */
function rateColumns<T extends Row>(): TableColumnsType<T> {
  const keys = [
    ["myopiaRate", t.health.kpi.myopia],
    ["passRate", t.health.kpi.pass],
    ["goodRate", t.health.kpi.good],
    ["overweightRate", t.health.kpi.overweight],
    ["obesityRate", t.health.kpi.obesity],
  ] as const;
  return keys.map(([key, title]) => ({
    title,
    key,
    align: "right" as const,
    render: (_: unknown, r: T) => {
      const now = r.current[key];
      const before = r.previous?.[key];
      const delta = now === null || before === null || before === undefined ? null : now - before;
      return (
        <span>
          {pct(now)}
          {delta !== null && <span style={{ color: "#8c8c8c", fontSize: 12 }}>（{points(delta)}）</span>}
        </span>
      );
    },
  }));
}

export function GradeTable({ lines }: { lines: readonly GradeLine[] }) {
  const columns: TableColumnsType<GradeLine> = [
    { title: t.health.grade, dataIndex: "gradeLabel", width: 90 },
    { title: t.health.sex, dataIndex: "sex", width: 60, render: (s: string) => t.health.sexes[s] },
    {
      title: t.health.screenedCount,
      key: "n",
      align: "right",
      render: (_, r) => formatNumber(r.current.screened),
    },
    ...rateColumns<GradeLine>(),
  ];
  return (
    <Table<GradeLine>
      rowKey={(r) => `${r.grade}-${r.sex}`}
      size="small"
      columns={columns}
      dataSource={[...lines]}
      pagination={false}
      scroll={{ y: 360 }}
      data-testid="health-grade-table"
    />
  );
}

export function ChildrenTable({
  lines,
  title,
  onOpen,
}: {
  lines: readonly ChildLine[];
  title: string;
  onOpen?: (line: ChildLine) => void;
}) {
  const columns: TableColumnsType<ChildLine> = [
    {
      title,
      dataIndex: "name",
      render: (name: string, line) => (onOpen ? <a onClick={() => onOpen(line)}>{name}</a> : name),
    },
    {
      title: t.health.screenedCount,
      key: "n",
      align: "right",
      render: (_, r) => formatNumber(r.current.screened),
    },
    ...rateColumns<ChildLine>(),
  ];
  return (
    <Table<ChildLine>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...lines]}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      data-testid="health-children-table"
    />
  );
}

export function ChangesTable({ lines, pick }: { lines: readonly ChildLine[]; pick: "myopia" | "goodRate" }) {
  const key = pick === "myopia" ? "myopiaRate" : "goodRate";
  const columns: TableColumnsType<ChildLine> = [
    { title: t.health.school, dataIndex: "name" },
    { title: t.health.previousYear, key: "p", align: "right", render: (_, r) => pct(r.previous?.[key]) },
    { title: t.health.currentYear, key: "c", align: "right", render: (_, r) => pct(r.current[key]) },
    {
      title: t.health.change,
      key: "d",
      align: "right",
      render: (_, r) => {
        const d = pick === "myopia" ? r.myopiaChange : r.goodRateChange;
        const good = d !== null && (pick === "myopia" ? d < 0 : d > 0);
        return <Tag color={good ? "green" : "red"}>{points(d)}</Tag>;
      },
    },
  ];
  return (
    <Table<ChildLine> rowKey="id" size="small" columns={columns} dataSource={[...lines]} pagination={false} />
  );
}
