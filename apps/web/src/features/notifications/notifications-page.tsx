import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Flex, Segmented, Select, Table, Tag, Typography, type TableProps } from "antd";
import { useNavigate, useSearchParams } from "react-router";
import { formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import {
  markAllRead,
  markRead,
  notificationKeys,
  notificationKindLabel,
  notificationPageQuery,
  type AppNotification,
} from "../../components/notifications.api.ts";
import { QueryErrorResult } from "../../components/query-error-result.tsx";

const N = t.notificationCentre;
const PAGE_SIZE = 20;

/** 通知中心: every notification of the account, read or not, by kind, page by page; a row opens its item. */
export function NotificationsPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const unread = params.get("unread") === "1";
  const kind = params.get("kind") ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const list = useQuery(notificationPageQuery({ unread, kind, page, pageSize: PAGE_SIZE }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const read = useMutation({ mutationFn: markRead, onSettled: refresh });
  const readAll = useMutation({
    mutationFn: markAllRead,
    onSuccess: (res) => void message.success(N.markedRead(res.marked)),
    onSettled: refresh,
  });

  const go = (next: { unread?: boolean; kind?: string; page?: number }) => {
    const merged = { unread, kind, page: 1, ...next };
    const search = new URLSearchParams();
    if (merged.unread) search.set("unread", "1");
    if (merged.kind) search.set("kind", merged.kind);
    if (merged.page > 1) search.set("page", String(merged.page));
    setParams(search, { replace: true });
  };

  const open = (n: AppNotification) => {
    if (!n.read) read.mutate(n.id);
    if (n.link) void navigate(n.link);
  };

  if (list.error) return <QueryErrorResult error={list.error} />;
  const columns: TableProps<AppNotification>["columns"] = [
    {
      title: N.status,
      key: "read",
      width: 80,
      render: (_, n) => (n.read ? <Tag>{N.read}</Tag> : <Tag color="blue">{N.unreadTag}</Tag>),
    },
    {
      title: N.kind,
      key: "kind",
      width: 150,
      render: (_, n) => notificationKindLabel(n.kind),
    },
    {
      title: N.title,
      key: "title",
      render: (_, n) => (
        <Flex vertical>
          <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
          {n.body && <Typography.Text type="secondary">{n.body}</Typography.Text>}
        </Flex>
      ),
    },
    { title: N.time, key: "at", width: 160, render: (_, n) => formatDateTime(n.createdAt) },
    {
      title: t.common.actions,
      key: "open",
      width: 90,
      render: (_, n) =>
        n.link ? (
          <Button size="small" type="link" onClick={() => open(n)} data-testid="notification-open">
            {N.open}
          </Button>
        ) : !n.read ? (
          <Button size="small" type="link" onClick={() => read.mutate(n.id)}>
            {N.read}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card data-testid="page-notifications">
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <Segmented
            value={unread ? "unread" : "all"}
            options={[
              { value: "all", label: N.all },
              { value: "unread", label: N.unread },
            ]}
            onChange={(v) => go({ unread: v === "unread" })}
            data-testid="notifications-filter-read"
          />
          <Select
            value={kind}
            style={{ width: 200 }}
            aria-label={N.kind}
            onChange={(v) => go({ kind: v })}
            options={[
              { value: "", label: N.anyKind },
              ...(list.data?.kinds ?? []).map((k) => ({ value: k, label: notificationKindLabel(k) })),
            ]}
            data-testid="notifications-filter-kind"
          />
        </Flex>
        <Button
          onClick={() => readAll.mutate()}
          loading={readAll.isPending}
          data-testid="notifications-page-read-all"
        >
          {t.workPlan.markAllRead}
        </Button>
      </Flex>
      <Table<AppNotification>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        onRow={(n) => ({
          "data-testid": "notification-row",
          "data-read": String(n.read),
          style: { cursor: n.link ? "pointer" : undefined },
          onDoubleClick: () => open(n),
        })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: N.total,
          onChange: (p) => go({ page: p }),
        }}
      />
    </Card>
  );
}
