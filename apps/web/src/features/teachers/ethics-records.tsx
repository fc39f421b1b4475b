import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, DatePicker, Form, Input, Select, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showFormError } from "../../components/show-error.ts";

interface Values {
  foundOn: Dayjs;
  severity: "minor" | "serious";
  description: string;
}

const e = t.teachers.ethics;

function AddEthicsRecord({ teacherId }: { teacherId: string }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      api.POST("/api/registration/ethics/{id}", {
        params: { path: { id: teacherId } },
        body: {
          foundOn: v.foundOn.format("YYYY-MM-DD"),
          severity: v.severity,
          description: v.description,
        },
      }),
    onSuccess: async () => {
      void message.success(t.teachers.saved);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ["ethics", teacherId] });
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.teachers.required }];
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ severity: "minor" }}
      onFinish={(v) => mutation.mutate(v)}
      style={{ marginTop: 12, rowGap: 8 }}
      data-testid="ethics-form"
    >
      <Form.Item name="foundOn" label={e.foundOn} rules={required}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="severity" label={e.severity}>
        <Select
          style={{ width: 100 }}
          options={Object.entries(e.severities).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={e.description}
        rules={[{ required: true, min: 2, message: e.descriptionRule }]}
        style={{ flexBasis: "100%" }}
      >
        <Input.TextArea rows={2} maxLength={1000} showCount />
      </Form.Item>
      <Button
        type="primary"
        danger
        htmlType="submit"
        loading={mutation.isPending}
        data-testid="ethics-submit"
      >
        {e.add}
      </Button>
    </Form>
  );
}

/** 师德记录 of one teacher: confidential, listed only for ethics.read (each read is audited on the server). */
export function EthicsRecords({ teacherId, canWrite }: { teacherId: string; canWrite: boolean }) {
  // Opened on request only: each listing is an audited read of confidential data.
  const [shown, setShown] = useState(false);
  const list = useQuery({
    enabled: shown,
    queryKey: ["ethics", teacherId],
    queryFn: async () =>
      (await api.GET("/api/registration/ethics/{id}", { params: { path: { id: teacherId } } })).items,
  });
  return (
    <section data-testid="ethics-records" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{e.title}</Typography.Title>
      <Alert type="warning" showIcon title={e.confidential} style={{ marginBottom: 12 }} />
      {!shown && (
        <Button onClick={() => setShown(true)} data-testid="ethics-show">
          {e.show}
        </Button>
      )}
      <ErrorAlert error={list.error} />
      {shown && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          loading={list.isFetching}
          dataSource={list.data}
          locale={{ emptyText: e.empty }}
          columns={[
            { title: e.foundOn, dataIndex: "foundOn", width: 110 },
            {
              title: e.severity,
              width: 80,
              render: (_, r) => (
                <Tag color={r.severity === "serious" ? "red" : "orange"}>{e.severities[r.severity]}</Tag>
              ),
            },
            { title: e.description, dataIndex: "description" },
            { title: e.recordedAt, dataIndex: "recordedAt", width: 110 },
          ]}
        />
      )}
      {canWrite && <AddEthicsRecord teacherId={teacherId} />}
    </section>
  );
}
