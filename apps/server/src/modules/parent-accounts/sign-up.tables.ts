import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Verification codes sent to a mobile number for 家长注册 (migration 0023); the code itself is not kept. */
export const signUpCodes = pgTable("sign_up_codes", {
  id: uuid("id").primaryKey().defaultRandom(),
  phone: text("phone").notNull(),
  codeHash: text("code_hash").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  attempts: integer("attempts").notNull().default(0),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export type SignUpCodeRow = typeof signUpCodes.$inferSelect;
