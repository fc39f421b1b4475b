import { useQuery } from "@tanstack/react-query";
import { Table, Tag, Typography } from "antd";
import { api } from "../../app/api.ts";
import { t } from "../../app/locale/index.ts";
import { kindLabel } from "./teacher-labels.ts";
import { countCell } from "../../app/format.ts";

/** Training hours of one teacher ("me": the signed-in teacher), newest first, with the approved total. */
export function TrainingCredits({ teacherId }: { teacherId: string }) {
  const credits = useQuery({
    queryKey: ["teachers", "credits", teacherId],
    queryFn: () =>
      teacherId === "me"
        ? api.GET("/api/training/me/credits")
        : api.GET("/api/training/teachers/{id}/credits", { params: { path: { id: teacherId } } }),
  });
  const items = credits.data?.items ?? [];
  const total = items.filter((x) => x.status === "approved").reduce((sum, x) => sum + x.hours, 0);
  const m = t.teachers.mine;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {m.hoursTitle}
        <Typography.Text
          type="secondary"
          style={{ marginLeft: 12, fontSize: 14 }}
          data-testid="credits-total"
        >
          {m.totalHours(Math.round(total * 10) / 10)}
        </Typography.Text>
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        loading={credits.isFetching}
        dataSource={items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="credits-table"
        columns={[
          { title: m.creditTitle, dataIndex: "title" },
          { title: t.teachers.training.kind, render: (_, x) => kindLabel(x.kind) },
          { title: t.teachers.training.hours, dataIndex: "hours", align: "right", render: countCell },
          { title: m.creditedOn, dataIndex: "creditedOn" },
          {
            title: "",
            render: (_, x) => (
              <Tag color={x.status === "approved" ? "green" : x.status === "pending" ? "gold" : "red"}>
                {m.status[x.status]}
              </Tag>
            ),
          },
        ]}
      />
    </>
  );
}
