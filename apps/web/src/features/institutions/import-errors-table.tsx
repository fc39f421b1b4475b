import { Table, type TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { t } from "../../app/locale/index.ts";
import type { RowProblem } from "./institution-types.ts";

type Numbered = RowProblem & { index: number };

const COLUMNS: TableColumnsType<Numbered> = [
  { title: t.institutions.errorRow, dataIndex: "row", width: 80, sorter: (a, b) => a.row - b.row },
  { title: t.institutions.errorColumn, dataIndex: "column", width: 140 },
  { title: t.institutions.errorMessage, dataIndex: "message" },
];

function rowProps(problem: Numbered): HTMLAttributes<HTMLElement> & { "data-testid": string } {
  return { "data-testid": `import-error-row-${problem.index}` };
}

/** Every problem of a refused import: spreadsheet row, column header and what to fix. */
export function ImportErrorsTable({ errors }: { errors: readonly RowProblem[] }) {
  return (
    <Table<Numbered>
      rowKey="index"
      size="small"
      columns={COLUMNS}
      dataSource={errors.map((problem, index) => ({ ...problem, index }))}
      onRow={rowProps}
      pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => t.common.total(total) }}
      data-testid="institution-import-errors"
    />
  );
}
