import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Space, Table } from "antd";
import { t } from "../../app/locale/index.ts";
import { showError } from "../../components/show-error.ts";
import { correctionsQuery, reviewCorrection, teacherKeys } from "./teachers.api.ts";

/** Corrections teachers asked for, for the school (or district) to approve or reject. */
export function TeacherCorrections() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery(correctionsQuery());
  const review = useMutation({
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) => reviewCorrection(id, approve),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teacherKeys.all }),
    onError: (error) => showError({ error, message }),
  });
  if (!list.data || list.data.length === 0) return null;
  return (
    <Table
      size="small"
      rowKey="id"
      title={() => t.teachers.corrections}
      pagination={false}
      style={{ marginBottom: 16 }}
      dataSource={list.data}
      columns={[
        { title: t.teachers.columns.name, render: (_, c) => `${c.teacherName}（${c.teacherNumber}）` },
        {
          title: t.teachers.mine.correctionField,
          render: (_, c) => t.teachers.correctionFields[c.field] ?? c.field,
        },
        { title: "", render: (_, c) => `${c.currentValue ?? "—"} → ${c.requestedValue}` },
        { title: t.teachers.mine.reason, dataIndex: "reason" },
        {
          title: t.teachers.columns.actions,
          render: (_, c) => (
            <Space>
              <Button size="small" type="primary" onClick={() => review.mutate({ id: c.id, approve: true })}>
                {t.teachers.approve}
              </Button>
              <Button size="small" onClick={() => review.mutate({ id: c.id, approve: false })}>
                {t.teachers.reject}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
