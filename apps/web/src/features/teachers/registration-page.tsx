import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Flex, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { usePlanCalendar } from "../../app/plan-calendar.ts";

const r = t.teachers.registration;
const COLORS: Record<string, string> = { passed: "green", deferred: "gold", failed: "red" };
const THIS_YEAR = new Date().getFullYear();

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
  const [selected, setSelected] = useState<string[]>([]);
  const key = ["registration", year];
  const list = useQuery({
    queryKey: key,
    queryFn: () => api.GET("/api/registration/due", { params: { query: { year } } }),
  });
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
  const rows = (list.data?.items ?? []).filter((x) => !outcome || x.outcome === outcome);
  return (
    <Card data-testid="page-registration">
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space>
          <Select
            value={year}
            onChange={(y) => {
              setYear(y);
              setSelected([]);
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
            onChange={setOutcome}
            style={{ width: 140 }}
            options={Object.entries(COLORS).map(([value]) => ({
              value,
              label: rows.find((x) => x.outcome === value)?.outcomeLabel ?? value,
            }))}
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
          title={r.summary(list.data.summary, list.data.items.length)}
        />
      )}
      <ErrorAlert error={list.error} />
      <Table
        rowKey="teacherId"
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        data-testid="registration-table"
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 人` }}
        rowSelection={
          canConfirm
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (x) => ({ disabled: x.confirmedOutcome !== null }),
              }
            : undefined
        }
        columns={[
          { title: t.teachers.columns.teacherNumber, dataIndex: "teacherNumber", width: 150 },
          { title: t.teachers.columns.name, dataIndex: "name", width: 90 },
          { title: t.teachers.columns.institution, dataIndex: "institutionName" },
          { title: r.cycle, width: 200, render: (_, x) => `${x.cycle.from} ~ ${x.cycle.to}` },
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
          { title: r.reasons, render: (_, x) => x.reasons.join("；") || "—" },
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
