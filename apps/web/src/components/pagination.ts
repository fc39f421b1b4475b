import type { TablePaginationConfig } from "antd";
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
