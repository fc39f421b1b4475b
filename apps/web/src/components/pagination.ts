import type { TableColumnType, TablePaginationConfig } from "antd";
import type { Key } from "react";

type AntSortOrder = NonNullable<TableColumnType<object>["sortOrder"]>;

/** The part of antd's sorter result a server sort reads. */
interface SorterPick {
  columnKey?: Key | undefined;
  order?: AntSortOrder | null | undefined;
}
import { t } from "../app/locale/index.ts";

/** A list page's address-bar paging: a new page size starts again at page 1. */
export function pageChange(pageSize: number, go: (next: { page: number; pageSize: number }) => void) {
  return (nextPage: number, nextSize: number) =>
    go({ page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize });
}

/** The paging bar of a server-paged table: page sizes 10–100 and the total count. */
export function serverPagination(
  page: number,
  pageSize: number,
  total: number | undefined,
  onChange: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => t.common.total(count),
    onChange,
  };
}

/** A server-sorted list's sort: one of the list's column keys and a direction; none means the server's default. */
export interface ListSort<K extends string = string> {
  sort?: K | undefined;
  order?: "asc" | "desc" | undefined;
}

/** The sort keys of a list's sort. */
export type SortKey<S extends ListSort> = NonNullable<S["sort"]>;

/**
 * A column the server sorts on: clicking its header asks the server (through `serverSorter`), and the arrow
 * shows the sort in force.
 */
export function sortable<K extends string>(key: K, current: ListSort<K>) {
  const sortOrder: AntSortOrder | null =
    current.sort === key ? (current.order === "desc" ? "descend" : "ascend") : null;
  return { key, sorter: true, sortOrder, sortDirections: ["ascend", "descend"] as AntSortOrder[] };
}

/**
 * The table's `onChange` of a server-sorted list: a header click becomes `sort`/`order` for the query (paging
 * stays with `serverPagination`); clearing the sort goes back to the server's default. Only columns made
 * with `sortable` can be sorted, so the column key is one of the list's sort keys.
 */
export function serverSorter<K extends string>(go: (next: ListSort<K>) => void) {
  return (
    _pagination: unknown,
    _filters: unknown,
    sorter: SorterPick | SorterPick[],
    extra: { action: string },
  ) => {
    if (extra.action !== "sort") return;
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = one?.columnKey === undefined ? "" : String(one.columnKey);
    go(key && one?.order ? { sort: key as K, order: one.order === "descend" ? "desc" : "asc" } : {});
  };
}

/** A code-like column (编号, 报名号, 标识码): kept on one line, cut with an ellipsis rather than wrapped. */
export const codeColumn = { className: "cell-code", ellipsis: true } as const;
