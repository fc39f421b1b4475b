import { useQuery } from "@tanstack/react-query";
import { Alert, Button, InputNumber, Space, Table, Typography } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { IntakeModal } from "./intake-modal.tsx";
import { intakesQuery, type IntakeList } from "./teachers.api.ts";
import { usePlanCalendar } from "../../app/plan-calendar.ts";

const n = t.teachers.intake;

type Row = IntakeList["items"][number];

function summary(list: IntakeList): string {
  return list.target
    ? n.againstTarget(list.total, list.target.value, list.target.code)
    : n.totalOnly(list.total);
}

/**
 * 省级公费师范生 intake by district for a year: a district sees itself, the city every district with the
 * total measured against the plan's target (T28-6) when the year's plan sets one.
 */
export function IntakeTable({ canRecord }: { canRecord: boolean }) {
  // Until the user picks one, the server chooses the latest year with records.
  const [picked, setPicked] = useState<number>();
  const [recording, setRecording] = useState(false);
  const list = useQuery(intakesQuery(picked));
  const data = list.data;
  const planYear = usePlanCalendar()?.year;
  const year = picked ?? data?.year ?? planYear ?? new Date().getFullYear();
  return (
    <div data-testid="intake-table">
      <Space style={{ marginBottom: 12 }}>
        <span>{n.year}</span>
        <InputNumber
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setPicked(v)}
          data-testid="intake-year"
        />
        {canRecord && (
          <Button onClick={() => setRecording(true)} data-testid="intake-open">
            {n.open}
          </Button>
        )}
      </Space>
      <ErrorAlert error={list.error} />
      {data && data.items.length > 1 && (
        <Alert
          type={data.target && data.total >= data.target.value ? "success" : "info"}
          showIcon
          title={summary(data)}
          style={{ marginBottom: 12 }}
          data-testid="intake-summary"
        />
      )}
      <Table<Row>
        rowKey="districtId"
        size="small"
        loading={list.isFetching}
        dataSource={data?.items}
        pagination={false}
        columns={[
          { title: n.district, dataIndex: "districtName" },
          {
            title: n.students,
            align: "right",
            render: (_, x) =>
              x.students === null ? (
                <Typography.Text type="secondary">{n.notRecorded}</Typography.Text>
              ) : (
                x.students
              ),
          },
        ]}
        summary={() =>
          data && data.items.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{n.total}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <strong data-testid="intake-total">{data.total}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
      {recording && <IntakeModal year={year} onClose={() => setRecording(false)} />}
    </div>
  );
}
