import { desc } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { smsOutbox } from "./sms.tables.ts";

export type SmsPurpose = "sign_up";

export interface SmsMessage {
  phone: string;
  body: string;
  purpose: SmsPurpose;
}

/**
 * Sends a text message inside the caller's transaction, so a message is never sent for a write that rolls
 * back. A deployment with an SMS gateway supplies its own sender (buildApp's `smsSender`); the default keeps
 * every message in an outbox that administrators read, so the product runs with nothing but its database.
 */
export interface SmsSender {
  send(tx: Db, message: SmsMessage, at: Date): Promise<void>;
}

export const outboxSmsSender: SmsSender = {
  async send(tx, message, at) {
    await tx.insert(smsOutbox).values({ ...message, createdAt: at });
  },
};

/** Newest first: what the outbox page shows. */
export async function latestOutbox(db: Db, limit: number) {
  return db.select().from(smsOutbox).orderBy(desc(smsOutbox.createdAt)).limit(limit);
}
