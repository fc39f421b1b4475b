import { useQuery } from "@tanstack/react-query";
import { Card, Drawer, Input, Segmented, Space, Table, Tag } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { CaseDetailCard } from "./case-detail.tsx";
import { casesQuery, type CaseFilter, type CaseSummary } from "./services-hall.api.ts";
import { TimeLimitTag } from "./time-limit-tag.tsx";
import { codeColumn, serverSorter, sortable, type ListSort } from "../../components/pagination.ts";

const s = t.servicesHall;
type CaseSortKey = NonNullable<CaseFilter["sort"]>;
type View = "open" | "overdue" | "all";

const FILTERS: Record<View, Partial<CaseFilter>> = {
  open: { open: "true" },
  overdue: { overdue: "true" },
  all: {},
};

/** 办件工作台: the unit's cases by deadline, coloured by time limit; act on one in the drawer. */
export function WorkQueuePage() {
  const [view, setView] = useState<View>("open");
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [caseNo, setCaseNo] = useState("");
  const [sort, setSort] = useState<ListSort<CaseSortKey>>({});
  const cases = useQuery(
    casesQuery({ ...FILTERS[view], ...(caseNo ? { caseNo } : {}), ...sort, page, pageSize: 20 }),
  );
  return (
    <Card
      title={s.menu.queue}
      data-testid="page-services-queue"
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={s.caseNo}
            onSearch={(v) => {
              setCaseNo(v.trim());
              setPage(1);
            }}
            style={{ width: 220 }}
            data-testid="services-queue-search"
          />
          <Segmented<View>
            value={view}
            onChange={(v) => {
              setView(v);
              setPage(1);
            }}
            options={(Object.keys(FILTERS) as View[]).map((v) => ({ value: v, label: s.queueFilters[v] }))}
          />
        </Space>
      }
    >
      <ErrorAlert error={cases.error} />
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        loading={cases.isFetching}
        dataSource={cases.data?.items ?? []}
        onRow={(c) => ({ onClick: () => setOpen(c.id), style: { cursor: "pointer" } })}
        onChange={serverSorter<CaseSortKey>((next) => {
          setSort(next);
          setPage(1);
        })}
        pagination={{
          current: page,
          pageSize: 20,
          total: cases.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: s.caseNo, dataIndex: "caseNo", width: 190, ...codeColumn, ...sortable("caseNo", sort) },
          { title: s.item, dataIndex: "itemName", ellipsis: true, ...sortable("item", sort) },
          { title: s.applicant, dataIndex: "applicantName", ...sortable("applicant", sort) },
          {
            title: s.status,
            ...sortable("status", sort),
            render: (_, c) => <Tag>{c.stepName ?? c.statusLabel}</Tag>,
          },
          {
            title: s.submittedOn,
            dataIndex: "submittedOn",
            width: 130,
            ...codeColumn,
            ...sortable("submittedOn", sort),
          },
          {
            title: s.deadline,
            dataIndex: "deadline",
            width: 130,
            ...codeColumn,
            ...sortable("deadline", sort),
            render: (d: string | null) => d ?? "—",
          },
          {
            title: s.timeLimit,
            render: (_, c) => (
              <>
                <TimeLimitTag c={c} />
                {c.escalated && <Tag color="red">{s.escalated}</Tag>}
              </>
            ),
          },
        ]}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} width={720} title={s.detail} destroyOnHidden>
        {open && <CaseDetailCard id={open} />}
      </Drawer>
    </Card>
  );
}
