import { EventEmitter } from "node:events";
import { isWithin } from "@edubureau/domain";

/**
 * Live campus-safety events for the UI's server-sent-event stream: published after the writing transaction
 * commits, delivered only to subscribers whose scope holds the school (a district never hears of another
 * district's incident). In-process: one server instance; a multi-instance deployment would need a shared
 * channel (PostgreSQL LISTEN/NOTIFY) — the notifications table stays the durable record either way.
 */
export interface SafetyEvent {
  entity: "incident" | "hazard";
  action: string;
  id: string;
  schoolPath: string;
  schoolName: string;
  severity?: string | undefined;
  at: string;
}

export interface SafetyEventHub {
  publish(event: SafetyEvent): void;
  subscribe(scopePath: string, listener: (event: SafetyEvent) => void): () => void;
  listenerCount(): number;
}

export function createSafetyEventHub(): SafetyEventHub {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(event) {
      emitter.emit("event", event);
    },
    subscribe(scopePath, listener) {
      const scoped = (event: SafetyEvent) => {
        if (isWithin(event.schoolPath, scopePath)) listener(event);
      };
      emitter.on("event", scoped);
      return () => emitter.off("event", scoped);
    },
    listenerCount: () => emitter.listenerCount("event"),
  };
}
