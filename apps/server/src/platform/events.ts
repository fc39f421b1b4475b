import { sql } from "drizzle-orm";
import type { Database, Db } from "../db/database.ts";

/**
 * Events for the browser (new notifications, import progress), delivered to every instance: published with
 * `pg_notify` — inside the caller's transaction when there is one, so an event is seen exactly when what it
 * announces has committed — and received with LISTEN. The same code on both engines: PostgreSQL delivers
 * to every instance's listening connection; the embedded engine (one process) to its own listeners.
 */
export const EVENTS_CHANNEL = "edubureau_events";

export type AppEvent =
  | { type: "notification"; id: string; orgUnitId: string; role: string | null; kind: string; title: string }
  | { type: "import_job"; jobId: string }
  | {
      /** A campus-safety incident or hazard changed; streams deliver it to accounts whose scope holds the school. */
      type: "campus_safety";
      entity: "incident" | "hazard";
      action: string;
      id: string;
      schoolPath: string;
      schoolName: string;
      severity?: string | undefined;
      at: string;
    };

/** NOTIFY payloads are limited to 8000 bytes: events carry ids and short titles, never lists. */
const MAX_PAYLOAD = 7_900;

export async function publishEvent(db: Db, event: AppEvent): Promise<void> {
  let payload = JSON.stringify(event);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD && event.type === "notification")
    payload = JSON.stringify({ ...event, title: event.title.slice(0, 200) });
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${payload})`);
}

export interface EventBus {
  /** Calls the listener for every event from any instance; returns the unsubscribe. */
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** Resolves once this instance listens (the app opens it at start; subscribe opens it too). */
  open(): Promise<void>;
  close(): Promise<void>;
}

/** One LISTEN connection per app, opened on the first subscriber, fanned out in memory. */
export function createEventBus(database: Pick<Database, "listen">): EventBus {
  const listeners = new Set<(event: AppEvent) => void>();
  let stop: Promise<(() => Promise<void>) | undefined> | undefined;
  const deliver = (payload: string) => {
    let event: AppEvent;
    try {
      event = JSON.parse(payload) as AppEvent;
    } catch {
      return;
    }
    for (const listener of listeners) listener(event);
  };
  const open = async () => {
    stop ??= database.listen
      ? database.listen(EVENTS_CHANNEL, deliver).catch((error: unknown) => {
          console.warn(`事件监听失败：${String(error)}`);
          return undefined;
        })
      : Promise.resolve(undefined);
    await stop;
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      void open();
      return () => void listeners.delete(listener);
    },
    open,
    async close() {
      listeners.clear();
      const end = await stop;
      stop = undefined;
      if (end) await end();
    },
  };
}
