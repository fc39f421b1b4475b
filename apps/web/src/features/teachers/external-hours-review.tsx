import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Space, Table } from "antd";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { showError } from "../../components/show-error.ts";

/** Outside hours teachers submitted with evidence, for their school to approve. */
export function ExternalHoursReview() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ["training", "external"];
  const list = useQuery({
    queryKey: key,
    queryFn: async () => (await api.GET("/api/training/external/pending")).items,
  });
  const review = useMutation({
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) =>
      api.POST("/api/training/external/{id}/review", { params: { path: { id } }, body: { approve } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
    onError: (error) => showError({ error, message }),
  });
  if (!list.data || list.data.length === 0) return null;
  const tr = t.teachers.training;
  return (
    <Table
      size="small"
      rowKey="id"
      title={() => tr.pendingExternal}
      pagination={false}
      style={{ marginBottom: 16 }}
      dataSource={list.data}
      columns={[
        { title: t.teachers.columns.name, dataIndex: "teacherName" },
        { title: t.teachers.mine.externalTitle, dataIndex: "title" },
        { title: tr.hours, dataIndex: "hours" },
        { title: t.teachers.mine.creditedOn, dataIndex: "creditedOn" },
        { title: tr.evidence, dataIndex: "evidence" },
        {
          title: t.teachers.columns.actions,
          render: (_, x) => (
            <Space>
              <Button size="small" type="primary" onClick={() => review.mutate({ id: x.id, approve: true })}>
                {t.teachers.approve}
              </Button>
              <Button size="small" onClick={() => review.mutate({ id: x.id, approve: false })}>
                {t.teachers.reject}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
