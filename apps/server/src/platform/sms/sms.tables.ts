import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Text messages the default sender did not send but kept for administrators to read (migration 0023). */
export const smsOutbox = pgTable("sms_outbox", {
  id: uuid("id").primaryKey().defaultRandom(),
  phone: text("phone").notNull(),
  body: text("body").notNull(),
  purpose: text("purpose").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});
