import { isWithin } from "@edubureau/domain";
import type { Db } from "../../db/database.ts";
import { publishEvent, type AppEvent, type EventBus } from "../../platform/events.ts";

/**
 * Live campus-safety events for the UI's server-sent-event stream, on the platform's event bus
 * (LISTEN/NOTIFY): published inside the writing transaction, so a stream sees an event exactly when the
 * change has committed, on whichever instance holds the stream; delivered only to subscribers whose scope
 * holds the school (a district never hears of another district's incident). The notifications table stays
 * the durable record.
 */
export type SafetyEvent = Omit<Extract<AppEvent, { type: "campus_safety" }>, "type">;

export function publishSafetyEvent(tx: Db, event: SafetyEvent): Promise<void> {
  return publishEvent(tx, { type: "campus_safety", ...event });
}

export interface SafetyEventFeed {
  /** Calls the listener for every campus-safety event within the scope; returns the unsubscribe. */
  subscribe(scopePath: string, listener: (event: SafetyEvent) => void): () => void;
}

/** Without a bus (a test double) nothing is pushed and pages keep their polling. */
export function safetyEventFeed(bus: EventBus | undefined): SafetyEventFeed {
  return {
    subscribe(scopePath, listener) {
      if (!bus) return () => undefined;
      return bus.subscribe((event) => {
        if (event.type !== "campus_safety" || !isWithin(event.schoolPath, scopePath)) return;
        const { type: _type, ...safety } = event;
        listener(safety);
      });
    },
  };
}
