import { queryOptions } from "@tanstack/react-query";
import { api } from "../app/api.ts";
import type { ApiData } from "../app/api-contract.ts";

/** One notification; `link` is an in-app path (e.g. /work-plan/reports/…), null when there is nothing to open. */
export type AppNotification = ApiData<"/api/notifications">["items"][number];

const POLL_MS = 60_000;
/** Server-sent events: one message per new notification for the signed-in account. */
export const NOTIFICATION_EVENTS_URL = "/api/notifications/events";

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: () => [...notificationKeys.all, "unread"] as const,
  list: () => [...notificationKeys.all, "list"] as const,
};

export const unreadCountQuery = () =>
  queryOptions({
    queryKey: notificationKeys.unread(),
    queryFn: async () => (await api.GET("/api/notifications/unread-count")).unread,
    refetchInterval: POLL_MS,
  });

export const notificationsQuery = () =>
  queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: async () => (await api.GET("/api/notifications", { params: { query: { limit: 20 } } })).items,
  });

export async function markRead(id: string): Promise<void> {
  await api.POST("/api/notifications/{id}/read", { params: { path: { id } } });
}

export function markAllRead() {
  return api.POST("/api/notifications/read-all");
}
