import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Form, Input, Popconfirm, Select, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { api } from "../../app/api.ts";
import type { ApiBody } from "../../app/api-contract.ts";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError, showFormError } from "../../components/show-error.ts";
import { teacherKeys, type TeacherAbsence } from "./teachers.api.ts";

interface Values {
  from: Dayjs;
  to: Dayjs;
  approvedLeave?: ApiBody<"/api/teachers/{id}/absences", "post">["approvedLeave"];
  note?: string;
}

const a = t.teachers.absences;

function AddAbsence({ teacherId }: { teacherId: string }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      api.POST("/api/teachers/{id}/absences", {
        params: { path: { id: teacherId } },
        body: {
          from: v.from.format("YYYY-MM-DD"),
          to: v.to.format("YYYY-MM-DD"),
          approvedLeave: v.approvedLeave ?? null,
          note: v.note ?? null,
        },
      }),
    onSuccess: async () => {
      void message.success(a.added);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: teacherKeys.absences(teacherId) });
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.teachers.required }];
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) => mutation.mutate(v)}
      style={{ marginTop: 12, rowGap: 8 }}
      data-testid="absence-form"
    >
      <Form.Item name="from" label={a.from} rules={required}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="to" label={a.to} rules={required}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="approvedLeave" label={a.approvedLeave}>
        <Select
          allowClear
          placeholder={a.notApproved}
          style={{ width: 120 }}
          options={Object.entries(a.leaves).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name="note" label={a.note}>
        <Input maxLength={200} style={{ width: 200 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="absence-submit">
        {a.add}
      </Button>
    </Form>
  );
}

/** 中止教学记录 of one teacher: recorded and removed by the school or district (teachers.write). */
export function TeacherAbsences({ teacherId, canWrite }: { teacherId: string; canWrite: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: teacherKeys.absences(teacherId),
    queryFn: async () =>
      (await api.GET("/api/teachers/{id}/absences", { params: { path: { id: teacherId } } })).items,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      api.DELETE("/api/teachers/{id}/absences/{absenceId}", {
        params: { path: { id: teacherId, absenceId: id } },
      }),
    onSuccess: async () => {
      void message.success(a.removed);
      await queryClient.invalidateQueries({ queryKey: teacherKeys.absences(teacherId) });
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <section data-testid="teacher-absences" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{a.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{a.hint}</Typography.Paragraph>
      <ErrorAlert error={list.error} />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data}
        locale={{ emptyText: a.empty }}
        columns={[
          { title: a.period, render: (_, x) => `${x.from} ~ ${x.to}` },
          {
            title: a.days,
            align: "right",
            width: 70,
            render: (_, x) => dayjs(x.to).diff(dayjs(x.from), "day") + 1,
          },
          {
            title: a.approvedLeave,
            width: 100,
            render: (_, x) =>
              x.approvedLeave ? (
                <Tag color="blue">{a.leaves[x.approvedLeave] ?? x.approvedLeave}</Tag>
              ) : (
                <Tag color="orange">{a.notApproved}</Tag>
              ),
          },
          { title: a.note, dataIndex: "note", render: (note: string | null) => note ?? "—" },
          { title: a.recordedAt, dataIndex: "recordedAt", width: 100 },
          ...(canWrite
            ? [
                {
                  title: t.teachers.columns.actions,
                  width: 70,
                  render: (_: unknown, x: TeacherAbsence) => (
                    <Popconfirm title={a.removeConfirm} onConfirm={() => remove.mutate(x.id)}>
                      <Button type="link" size="small" danger data-testid="absence-remove">
                        {a.remove}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canWrite && <AddAbsence teacherId={teacherId} />}
    </section>
  );
}
