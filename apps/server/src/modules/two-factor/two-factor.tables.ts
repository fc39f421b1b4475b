import { bigint, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const userTotp = pgTable("user_totp", {
  userId: uuid("user_id").primaryKey(),
  secret: text("secret").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  lastStep: bigint("last_step", { mode: "number" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const userRecoveryCodes = pgTable("user_recovery_codes", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id").notNull(),
  codeHash: text("code_hash").notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});

export const loginChallenges = pgTable("login_challenges", {
  id: text("id").primaryKey(),
  userId: uuid("user_id").notNull(),
  purpose: text("purpose").$type<"verify" | "enrol">().notNull(),
  attempts: integer("attempts").notNull().default(0),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});
