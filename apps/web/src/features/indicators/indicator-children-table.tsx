import { Button, Table, type TableProps } from "antd";
import { Link } from "react-router";
import { t } from "../../app/locale/index.ts";
import { formatCount, formatValue } from "./indicator-format.ts";
import type { Breakdown } from "./indicators.api.ts";

type Row = Breakdown["children"][number];

/** The children with their figures; a row with children below it drills down on click. */
export function IndicatorChildrenTable({
  data,
  loading,
  onDrill,
}: {
  data: Breakdown;
  loading: boolean;
  onDrill: (id: string) => void;
}) {
  const { unit } = data.indicator;
  const ratio = unit === "%";
  const columns: TableProps<Row>["columns"] = [
    {
      title: t.indicators.unit,
      dataIndex: "name",
      render: (name: string, row) =>
        row.kind === "institution" ? (
          // A school is the end of the drill-down: its name opens the school's own page.
          <Link to={`/institutions/${row.id}`} data-testid={`indicator-school-${row.id}`}>
            {name}
          </Link>
        ) : row.childCount > 0 ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onDrill(row.id)}>
            {name}
          </Button>
        ) : (
          name
        ),
    },
    { title: t.indicators.kind, dataIndex: "kindLabel", width: 110 },
    ...(ratio
      ? [
          {
            title: t.indicators.numerator,
            dataIndex: "numerator",
            align: "right" as const,
            width: 120,
            render: (n: number) => formatCount(n),
            sorter: (a: Row, b: Row) => a.numerator - b.numerator,
          },
          {
            title: t.indicators.denominator,
            dataIndex: "denominator",
            align: "right" as const,
            width: 120,
            render: (n: number) => formatCount(n),
            sorter: (a: Row, b: Row) => a.denominator - b.denominator,
          },
        ]
      : []),
    {
      title: t.indicators.value,
      dataIndex: "value",
      align: "right",
      width: 140,
      render: (value: number | null) => formatValue(value, unit),
      sorter: (a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity),
    },
  ];
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={data.children}
      loading={loading}
      pagination={data.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      onRow={(row) => ({
        onClick: () => row.childCount > 0 && onDrill(row.id),
        style: row.childCount > 0 ? { cursor: "pointer" } : undefined,
      })}
      data-testid="indicator-children-table"
    />
  );
}
