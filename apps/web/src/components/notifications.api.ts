import { queryOptions } from "@tanstack/react-query";
import { api } from "../app/api.ts";

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** In-app path, e.g. /work-plan/reports/…; null when there is nothing to open. */
  link: string | null;
  createdAt: string;
  read: boolean;
}

const BASE = "/api/notifications";
const POLL_MS = 60_000;
/** Server-sent events: one message per new notification for the signed-in account. */
export const NOTIFICATION_EVENTS_URL = `${BASE}/events`;

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: () => [...notificationKeys.all, "unread"] as const,
  list: () => [...notificationKeys.all, "list"] as const,
};

export const unreadCountQuery = () =>
  queryOptions({
    queryKey: notificationKeys.unread(),
    queryFn: async () => (await api.get<{ unread: number }>(`${BASE}/unread-count`)).unread,
    refetchInterval: POLL_MS,
  });

export const notificationsQuery = () =>
  queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: async () => (await api.get<{ items: AppNotification[] }>(BASE, { limit: 20 })).items,
  });

export function markRead(id: string): Promise<void> {
  return api.post<void>(`${BASE}/${encodeURIComponent(id)}/read`);
}

export function markAllRead(): Promise<{ marked: number }> {
  return api.post<{ marked: number }>(`${BASE}/read-all`);
}
