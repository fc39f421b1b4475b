import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Checkbox,
  Descriptions,
  Drawer,
  Flex,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tag,
} from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { kindLabel, levelLabel } from "./teacher-labels.ts";
import { teachersQuery } from "./teachers.api.ts";
import { complete, enrol, programmeQuery, trainingKeys, type ProgrammeDetail } from "./training.api.ts";

const tr = t.teachers.training;

function EnrolModal({ programme, onClose }: { programme: ProgrammeDetail; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const teachers = useQuery(
    teachersQuery({ q, subject: "", stage: "", title: "", post: "", page: 1, pageSize: 100 }),
  );
  const taken = new Set(programme.enrolments.map((e) => e.teacherId));
  const mutation = useMutation({
    mutationFn: () => enrol(programme.id, chosen),
    onSuccess: async (r) => {
      void message.success(tr.enrolled_ok(r.enrolled));
      await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
      onClose();
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <Modal
      open
      width={720}
      title={tr.enrolTitle}
      onOk={() => mutation.mutate()}
      okButtonProps={{ disabled: chosen.length === 0, "data-testid": "enrol-submit" }}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Input.Search allowClear placeholder={t.teachers.search} onSearch={setQ} style={{ marginBottom: 12 }} />
      <Table
        size="small"
        rowKey="id"
        loading={teachers.isFetching}
        dataSource={teachers.data?.items.filter((x) => !taken.has(x.id))}
        pagination={{ pageSize: 8 }}
        rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys.map(String)) }}
        data-testid="enrol-table"
        columns={[
          { title: t.teachers.columns.teacherNumber, dataIndex: "teacherNumber" },
          { title: t.teachers.columns.name, dataIndex: "name" },
          { title: t.teachers.columns.institution, render: (_, x) => x.institution.name },
          { title: t.teachers.columns.subject, dataIndex: "subject" },
        ]}
      />
    </Modal>
  );
}

type Row = { attendedHours: number; assessmentPassed: boolean };

function CompleteModal({ programme, onClose }: { programme: ProgrammeDetail; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const open = programme.enrolments.filter((e) => e.status === "enrolled");
  const [completedOn, setCompletedOn] = useState(
    programme.endsOn < new Date().toISOString().slice(0, 10)
      ? programme.endsOn
      : new Date().toISOString().slice(0, 10),
  );
  const [rows, setRows] = useState<Record<string, Row>>(
    Object.fromEntries(
      open.map((e) => [e.teacherId, { attendedHours: programme.hours, assessmentPassed: true }]),
    ),
  );
  const mutation = useMutation({
    mutationFn: () =>
      complete(programme.id, {
        completedOn,
        records: Object.entries(rows).map(([teacherId, r]) => ({ teacherId, ...r })),
      }),
    onSuccess: async () => {
      void message.success(tr.completedOk);
      await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
      onClose();
    },
    onError: (error) => showError({ error, message }),
  });
  const update = (id: string, patch: Partial<Row>) =>
    setRows({ ...rows, [id]: { ...(rows[id] as Row), ...patch } });
  return (
    <Modal
      open
      width={720}
      title={tr.completeTitle}
      onOk={() => mutation.mutate()}
      okButtonProps={{ disabled: open.length === 0, "data-testid": "complete-submit" }}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Space style={{ marginBottom: 12 }}>
        {tr.completedOn}
        <Input
          value={completedOn}
          onChange={(e) => setCompletedOn(e.target.value)}
          style={{ width: 140 }}
          data-testid="complete-date"
        />
      </Space>
      <Table
        size="small"
        rowKey="teacherId"
        pagination={false}
        dataSource={open}
        columns={[
          { title: t.teachers.columns.name, dataIndex: "teacherName" },
          { title: t.teachers.columns.institution, dataIndex: "institutionName" },
          {
            title: tr.attendedHours,
            render: (_, e) => (
              <InputNumber
                min={0}
                max={programme.hours}
                value={rows[e.teacherId]?.attendedHours}
                onChange={(v) => update(e.teacherId, { attendedHours: v ?? 0 })}
              />
            ),
          },
          {
            title: tr.passed,
            render: (_, e) => (
              <Checkbox
                checked={rows[e.teacherId]?.assessmentPassed}
                onChange={(ev) => update(e.teacherId, { assessmentPassed: ev.target.checked })}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

/** One programme: quotas, the account's enrolments, and enrol / completion for schools and organisers. */
export function ProgrammeDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const me = useSession();
  const detail = useQuery(programmeQuery(id));
  const [dialog, setDialog] = useState<"enrol" | "complete" | null>(null);
  const canEnrol = hasPermission(me, "teachers.write") || hasPermission(me, "training.manage");
  const p = detail.data;
  return (
    <Drawer open width={820} title={p?.name} onClose={onClose} data-testid="programme-detail">
      <ErrorAlert error={detail.error} />
      {p && (
        <>
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label={tr.kind}>{kindLabel(p.kind)}</Descriptions.Item>
            <Descriptions.Item label={tr.level}>{levelLabel(p.level)}</Descriptions.Item>
            <Descriptions.Item label={tr.hours}>{p.hours}</Descriptions.Item>
            <Descriptions.Item label={tr.dates}>{`${p.startsOn} ~ ${p.endsOn}`}</Descriptions.Item>
            <Descriptions.Item label={tr.capacity}>{`${p.enrolled} / ${p.capacity}`}</Descriptions.Item>
            <Descriptions.Item label={tr.organiser}>{p.organiserName}</Descriptions.Item>
            {p.quotas.length > 0 && (
              <Descriptions.Item label={tr.quotas} span={2}>
                {p.quotas.map((q) => `${q.districtName} ${q.enrolled}/${q.quota}`).join("；")}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Flex justify="space-between" align="center" style={{ margin: "16px 0 8px" }}>
            <strong>{tr.enrolments}</strong>
            {canEnrol && (
              <Space>
                <Button onClick={() => setDialog("enrol")} data-testid="programme-enrol">
                  {tr.enrol}
                </Button>
                <Button type="primary" onClick={() => setDialog("complete")} data-testid="programme-complete">
                  {tr.complete}
                </Button>
              </Space>
            )}
          </Flex>
          <Table
            size="small"
            rowKey="id"
            dataSource={p.enrolments}
            pagination={{ pageSize: 15, hideOnSinglePage: true }}
            data-testid="programme-enrolments"
            columns={[
              { title: t.teachers.columns.teacherNumber, dataIndex: "teacherNumber" },
              { title: t.teachers.columns.name, dataIndex: "teacherName" },
              { title: t.teachers.columns.institution, dataIndex: "institutionName" },
              { title: tr.attendedHours, dataIndex: "attendedHours" },
              {
                title: "",
                render: (_, e) => (
                  <Tag
                    color={e.status === "completed" ? "green" : e.status === "notCompleted" ? "red" : "blue"}
                  >
                    {tr.status[e.status]}
                  </Tag>
                ),
              },
              { title: "", dataIndex: "note" },
            ]}
          />
          {dialog === "enrol" && <EnrolModal programme={p} onClose={() => setDialog(null)} />}
          {dialog === "complete" && <CompleteModal programme={p} onClose={() => setDialog(null)} />}
        </>
      )}
    </Drawer>
  );
}
