import { queryOptions } from "@tanstack/react-query";
import { api } from "../app/api.ts";
import type { ApiData } from "../app/api-contract.ts";
import { t } from "../app/locale/index.ts";

/** One notification; `link` is an in-app path (e.g. /work-plan/reports/…), null when there is nothing to open. */
export type AppNotification = ApiData<"/api/notifications">["items"][number];

const POLL_MS = 60_000;
/** Server-sent events: one message per new notification for the signed-in account. */
export const NOTIFICATION_EVENTS_URL = "/api/notifications/events";

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: () => [...notificationKeys.all, "unread"] as const,
  list: () => [...notificationKeys.all, "list"] as const,
  page: (filters: NotificationFilters) => [...notificationKeys.all, "page", filters] as const,
};

export interface NotificationFilters {
  unread: boolean;
  kind: string;
  page: number;
  pageSize: number;
}

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

/** One page of the notification centre, with the total and the kinds this account has had. */
export const notificationPageQuery = (filters: NotificationFilters) =>
  queryOptions({
    queryKey: notificationKeys.page(filters),
    queryFn: () =>
      api.GET("/api/notifications", {
        params: {
          query: {
            unread: filters.unread ? "true" : undefined,
            kind: filters.kind || undefined,
            limit: filters.pageSize,
            offset: (filters.page - 1) * filters.pageSize,
          },
        },
      }),
    placeholderData: (previous) => previous,
  });

/** The kind's name in Chinese (the server stores a code). */
export function notificationKindLabel(kind: string): string {
  return t.notificationCentre.kinds[kind] ?? t.notificationCentre.otherKind;
}

export async function markRead(id: string): Promise<void> {
  await api.POST("/api/notifications/{id}/read", { params: { path: { id } } });
}

export function markAllRead() {
  return api.POST("/api/notifications/read-all");
}
