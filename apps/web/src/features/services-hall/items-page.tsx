import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, InputNumber, Select, Space, Table, Tag } from "antd";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { showProblems } from "./problem-text.ts";
import {
  managedItemsQuery,
  servicesApi,
  servicesKeys,
  type ItemUpdate,
  type ManagedItem,
} from "./services-hall.api.ts";

const s = t.servicesHall;

/** 事项清单管理: depth, time limits, publish and withdraw — each change audited on the server. */
export function ItemsPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const items = useQuery(managedItemsQuery());
  const after = {
    onSuccess: async () => {
      void message.success(s.saved);
      await queryClient.invalidateQueries({ queryKey: servicesKeys.all });
    },
    onError: (error: Error) => showProblems(error, message),
  };
  const update = useMutation({
    mutationFn: (v: { id: string; body: ItemUpdate }) => servicesApi.updateItem(v.id, v.body),
    ...after,
  });
  const publish = useMutation({ mutationFn: (id: string) => servicesApi.publish(id), ...after });
  const withdraw = useMutation({ mutationFn: (id: string) => servicesApi.withdraw(id), ...after });
  return (
    <Card title={s.menu.items} data-testid="page-services-items">
      <ErrorAlert error={items.error} />
      <Table<ManagedItem>
        rowKey="id"
        size="small"
        loading={items.isLoading}
        dataSource={items.data?.items ?? []}
        pagination={{ pageSize: 30 }}
        columns={[
          { title: s.item, dataIndex: "name" },
          { title: s.itemType, dataIndex: "itemType", width: 110 },
          {
            title: s.depth,
            width: 190,
            render: (_, item) => (
              <Select
                value={item.onlineDepth}
                disabled={!item.abilities.manage}
                style={{ width: 170 }}
                onChange={(v) => update.mutate({ id: item.id, body: { onlineDepth: v } })}
                options={[1, 2, 3, 4].map((d) => ({ value: d, label: s.depthShort[d] }))}
              />
            ),
          },
          {
            title: s.promisedDays,
            width: 110,
            render: (_, item) => (
              <InputNumber
                min={0}
                max={item.legalDays}
                defaultValue={item.promisedDays}
                disabled={!item.abilities.manage}
                onBlur={(e) => {
                  const v = Number(e.target.value);
                  if (Number.isInteger(v) && v !== item.promisedDays)
                    update.mutate({ id: item.id, body: { promisedDays: v } });
                }}
              />
            ),
          },
          { title: s.legalDays, dataIndex: "legalDays", width: 90 },
          {
            title: s.status,
            width: 170,
            render: (_, item) => (
              <Space>
                <Tag color={item.status === "published" ? "green" : "default"}>{s[item.status]}</Tag>
                {item.abilities.manage &&
                  (item.status === "published" ? (
                    <Button size="small" onClick={() => withdraw.mutate(item.id)}>
                      {s.withdraw}
                    </Button>
                  ) : (
                    <Button size="small" type="primary" onClick={() => publish.mutate(item.id)}>
                      {s.publish}
                    </Button>
                  ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
