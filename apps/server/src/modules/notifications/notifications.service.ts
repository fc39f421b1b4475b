import { and, count, desc, eq, isNull, notExists, or, sql } from "drizzle-orm";
import type { Role } from "@edubureau/domain";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { publishEvent, type AppEvent, type EventBus } from "../../platform/events.ts";
import { notificationReads, notifications } from "./notifications.tables.ts";

export interface NewNotification {
  orgUnitId: string;
  /** Only accounts of this role at the unit see it (e.g. city_leader for escalations); null: everyone there. */
  role: Role | null;
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
}

/**
 * Writes notifications inside the caller's transaction, so they exist exactly when the cause commits; each
 * is announced to every instance's event streams at the same commit (pg_notify in the transaction).
 */
export async function notify(tx: Db, items: readonly NewNotification[], at: Date): Promise<void> {
  if (items.length === 0) return;
  const written = await tx
    .insert(notifications)
    .values(
      items.map((n) => ({
        orgUnitId: n.orgUnitId,
        role: n.role,
        kind: n.kind,
        title: n.title,
        body: n.body ?? "",
        link: n.link ?? null,
        createdAt: at,
      })),
    )
    .returning({
      id: notifications.id,
      orgUnitId: notifications.orgUnitId,
      role: notifications.role,
      kind: notifications.kind,
      title: notifications.title,
    });
  for (const n of written) await publishEvent(tx, { type: "notification", ...n });
}

/** What an event stream sends its account of a new notification. */
export interface NotificationEvent {
  id: string;
  kind: string;
  title: string;
}

/** Notifications addressed to the actor's unit, to everyone there or to the actor's role. */
function addressedTo(actor: Actor) {
  return and(
    eq(notifications.orgUnitId, actor.orgUnitId),
    or(isNull(notifications.role), eq(notifications.role, actor.role)),
  );
}

function unreadBy(actor: Actor) {
  return notExists(
    sql`(select 1 from ${notificationReads} where ${notificationReads.notificationId} = ${notifications.id} and ${notificationReads.userId} = ${actor.userId})`,
  );
}

export function createNotificationsService(ctx: AppContext, deps: { events?: EventBus | undefined } = {}) {
  const { db } = ctx.database;
  return {
    /**
     * New notifications addressed to the actor, from whichever instance raised them (LISTEN/NOTIFY).
     * Returns the unsubscribe; without an event bus nothing is pushed and the page keeps polling.
     */
    subscribe(actor: Actor, listener: (event: NotificationEvent) => void): () => void {
      if (!deps.events) return () => undefined;
      return deps.events.subscribe((event: AppEvent) => {
        if (event.type !== "notification" || event.orgUnitId !== actor.orgUnitId) return;
        if (event.role !== null && event.role !== actor.role) return;
        listener({ id: event.id, kind: event.kind, title: event.title });
      });
    },

    async list(
      actor: Actor,
      options: { unreadOnly: boolean; kind?: string | undefined; limit: number; offset?: number },
    ) {
      const where = and(
        addressedTo(actor),
        options.unreadOnly ? unreadBy(actor) : undefined,
        options.kind ? eq(notifications.kind, options.kind) : undefined,
      );
      const rows = await db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          title: notifications.title,
          body: notifications.body,
          link: notifications.link,
          createdAt: notifications.createdAt,
          readAt: notificationReads.readAt,
        })
        .from(notifications)
        .leftJoin(
          notificationReads,
          and(
            eq(notificationReads.notificationId, notifications.id),
            eq(notificationReads.userId, actor.userId),
          ),
        )
        .where(where)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(options.limit)
        .offset(options.offset ?? 0);
      const [total] = await db.select({ n: count() }).from(notifications).where(where);
      const kinds = await db
        .selectDistinct({ kind: notifications.kind })
        .from(notifications)
        .where(addressedTo(actor))
        .orderBy(notifications.kind);
      return {
        items: rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null })),
        total: total?.n ?? 0,
        kinds: kinds.map((k) => k.kind),
      };
    },

    async unreadCount(actor: Actor): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(addressedTo(actor), unreadBy(actor)));
      return row?.n ?? 0;
    },

    /** Reading is per account; it is not audited (it changes nothing of the bureau's data). */
    async markRead(actor: Actor, id: string): Promise<void> {
      const [found] = await db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.id, id), addressedTo(actor)));
      if (!found) throw problems.notFound("通知");
      await db
        .insert(notificationReads)
        .values({ notificationId: id, userId: actor.userId, readAt: ctx.clock.now() })
        .onConflictDoNothing();
    },

    async markAllRead(actor: Actor): Promise<number> {
      const unread = await db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(addressedTo(actor), unreadBy(actor)));
      if (unread.length === 0) return 0;
      const at = ctx.clock.now();
      await db
        .insert(notificationReads)
        .values(unread.map((n) => ({ notificationId: n.id, userId: actor.userId, readAt: at })))
        .onConflictDoNothing();
      return unread.length;
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
