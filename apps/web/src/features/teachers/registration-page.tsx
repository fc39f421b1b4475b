import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RE_REGISTRATION_OUTCOME_LABELS } from "@edubureau/domain/teachers";
import { Alert, App, Button, Card, Flex, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { api, oneOf, withoutEmpty } from "../../app/api.ts";
import type { ApiQuery } from "../../app/api-contract.ts";
import {
  codeColumn,
  pageChange,
  serverPagination,
  serverSorter,
  sortable,
  type ListSort,
} from "../../components/pagination.ts";
import { NO_SCOPE_FILTER, ScopeFilters, type ScopeFilter } from "../../components/scope-filters.tsx";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { usePlanCalendar } from "../../app/plan-calendar.ts";

const r = t.teachers.registration;
const COLORS: Record<string, string> = { passed: "green", deferred: "gold", failed: "red" };
const THIS_YEAR = new Date().getFullYear();
const OUTCOMES = ["passed", "deferred", "failed"] as const;
/** The columns the server sorts the list on (by school by default). */
type DueSortKey = NonNullable<ApiQuery<"/api/registration/due">["sort"]>;

/** 定期注册: teachers due this year with the outcome the rules give and why; the district confirms in batches. */
export function RegistrationPage() {
  const me = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  // Opens on the plan year in force (its data); only the clock's year can be confirmed (the server's rule).
  const planYear = usePlanCalendar()?.year ?? THIS_YEAR;
  const [picked, setYear] = useState<number>();
  const year = picked ?? planYear;
  const newest = Math.max(planYear, THIS_YEAR);
  const [outcome, setOutcome] = useState<string | undefined>(undefined);
  const [scope, setScope] = useState<ScopeFilter>(NO_SCOPE_FILTER);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<ListSort<DueSortKey>>({});
  const [selected, setSelected] = useState<string[]>([]);
  const list = useQuery({
    queryKey: ["registration", year, outcome, scope, page, sort],
    queryFn: () =>
      api.GET("/api/registration/due", {
        params: {
          query: {
            year,
            outcome: oneOf(OUTCOMES, outcome ?? ""),
            ...withoutEmpty(scope),
            ...page,
            ...sort,
          },
        },
      }),
    placeholderData: keepPreviousData,
  });
  const firstPage = () => setPage({ ...page, page: 1 });
  const canConfirm = hasPermission(me, "registration.confirm") && year === THIS_YEAR;
  const confirm = useMutation({
    mutationFn: () => api.POST("/api/registration/confirm", { body: { year, teacherIds: selected } }),
    onSuccess: async (res) => {
      void message.success(r.confirmedOk(res.confirmed));
      setSelected([]);
      await queryClient.invalidateQueries({ queryKey: ["registration"] });
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <Card data-testid="page-registration">
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space>
          <Select
            value={year}
            onChange={(y) => {
              setYear(y);
              setSelected([]);
              firstPage();
            }}
            style={{ width: 120 }}
            options={Array.from({ length: newest - planYear + 8 }, (_, i) => ({
              value: newest - i,
              label: `${newest - i} 年`,
            }))}
          />
          <Select
            allowClear
            placeholder={r.filter}
            value={outcome}
            onChange={(next?: string) => {
              setOutcome(next);
              firstPage();
            }}
            style={{ width: 140 }}
            options={OUTCOMES.map((value) => ({ value, label: RE_REGISTRATION_OUTCOME_LABELS[value] }))}
          />
          <ScopeFilters
            value={scope}
            onChange={(next) => {
              setScope(next);
              firstPage();
            }}
            testId="registration-filter"
          />
        </Space>
        {canConfirm && (
          <Button
            type="primary"
            disabled={selected.length === 0}
            loading={confirm.isPending}
            onClick={() => confirm.mutate()}
            data-testid="registration-confirm"
          >
            {r.confirmSelected}（{selected.length}）
          </Button>
        )}
      </Flex>
      {list.data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={r.summary(list.data.summary, list.data.due)}
        />
      )}
      <ErrorAlert error={list.error} />
      <Table
        rowKey="teacherId"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items}
        data-testid="registration-table"
        pagination={{
          ...serverPagination(page.page, page.pageSize, list.data?.total, pageChange(page.pageSize, setPage)),
          showTotal: (n) => t.teachers.total(n),
        }}
        onChange={serverSorter<DueSortKey>((next) => {
          setSort(next);
          firstPage();
        })}
        rowSelection={
          canConfirm
            ? {
                selectedRowKeys: selected,
                preserveSelectedRowKeys: true,
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (x) => ({ disabled: x.confirmedOutcome !== null }),
              }
            : undefined
        }
        columns={[
          {
            title: t.teachers.columns.teacherNumber,
            dataIndex: "teacherNumber",
            width: 160,
            ...codeColumn,
            ...sortable("teacherNumber", sort),
          },
          { title: t.teachers.columns.name, dataIndex: "name", width: 100, ...sortable("name", sort) },
          {
            title: t.teachers.columns.institution,
            dataIndex: "institutionName",
            width: 200,
            ellipsis: true,
            ...sortable("institution", sort),
          },
          {
            title: r.cycle,
            width: 210,
            ...codeColumn,
            render: (_, x) => `${x.cycle.from} ~ ${x.cycle.to}`,
          },
          {
            title: r.hours,
            width: 100,
            align: "right",
            render: (_, x) => (x.hours ? `${x.hours.counted} / ${x.hours.required}` : "—"),
          },
          {
            title: r.outcome,
            width: 110,
            render: (_, x) => <Tag color={COLORS[x.outcome]}>{x.outcomeLabel}</Tag>,
          },
          {
            title: r.reasons,
            ellipsis: { showTitle: true },
            render: (_, x) => x.reasons.join("；") || "—",
          },
          {
            title: r.confirmed,
            width: 90,
            render: (_, x) => (x.confirmedOutcome ? <Tag>{r.confirmed}</Tag> : ""),
          },
        ]}
      />
    </Card>
  );
}
