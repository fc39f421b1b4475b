import { BellOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Empty, Flex, List, Popover, Spin, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { t } from "../app/locale/index.ts";
import { formatDateTime } from "../app/format.ts";
import {
  markAllRead,
  markRead,
  NOTIFICATION_EVENTS_URL,
  notificationKeys,
  notificationsQuery,
  unreadCountQuery,
  type AppNotification,
} from "./notifications.api.ts";

function NotificationList({ onOpen }: { onOpen: (n: AppNotification) => void }) {
  const list = useQuery(notificationsQuery());
  if (list.isPending) return <Spin />;
  const items = list.data ?? [];
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.workPlan.notificationsEmpty} />;
  return (
    <List
      size="small"
      dataSource={items}
      style={{ maxHeight: 420, overflow: "auto" }}
      renderItem={(n) => (
        <List.Item
          onClick={() => onOpen(n)}
          style={{ cursor: n.link ? "pointer" : "default", background: n.read ? undefined : "#e6f4ff" }}
          data-testid="notification-item"
          data-read={n.read}
        >
          <Flex vertical style={{ width: "100%" }}>
            <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
            {n.body && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: n.body }}>
                {n.body}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(n.createdAt)}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** The bell in the header: unread count, the latest notifications, mark read and go to what they are about. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const unread = useQuery(unreadCountQuery());
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const read = useMutation({ mutationFn: markRead, onSettled: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSettled: refresh });
  // New notifications are pushed from whichever server instance raised them; the poll stays as fallback.
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(NOTIFICATION_EVENTS_URL);
    source.onmessage = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    return () => source.close();
  }, [queryClient]);
  const count = unread.data ?? 0;

  const openNotification = (n: AppNotification) => {
    if (!n.read) read.mutate(n.id);
    if (n.link) {
      setOpen(false);
      void navigate(n.link);
    }
  };

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      destroyOnHidden
      title={
        <Flex justify="space-between" align="center">
          <span>{t.workPlan.notifications}</span>
          <Button
            size="small"
            type="link"
            disabled={count === 0}
            loading={readAll.isPending}
            onClick={() => readAll.mutate()}
            data-testid="notifications-read-all"
          >
            {t.workPlan.markAllRead}
          </Button>
        </Flex>
      }
      content={
        <div style={{ width: 360 }} data-testid="notifications-panel">
          <NotificationList onOpen={openNotification} />
          <Button
            type="link"
            block
            onClick={() => {
              setOpen(false);
              void navigate("/notifications");
            }}
            data-testid="notifications-view-all"
          >
            {t.notificationCentre.viewAll}
          </Button>
        </div>
      }
    >
      <Badge
        count={count}
        size="small"
        overflowCount={99}
        data-testid="notifications-count"
        data-count={count}
      >
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={count > 0 ? t.workPlan.unreadCount(count) : t.workPlan.notifications}
          data-testid="notifications-bell"
        />
      </Badge>
    </Popover>
  );
}
