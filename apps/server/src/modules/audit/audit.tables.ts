import { bigint, boolean, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const auditLog = pgTable("audit_log", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid("actor_id"),
  actorName: text("actor_name"),
  ip: text("ip"),
  /** The typed event name (audit-events.ts); null on rows written before migration 0016. */
  event: text("event"),
  entity: text("entity").notNull(),
  entityId: text("entity_id"),
  action: text("action").notNull(),
  before: jsonb("before"),
  after: jsonb("after"),
  // Set by the database's chain trigger (migration 0016), whatever the writer sends.
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  chainSeq: bigint("chain_seq", { mode: "number" }).notNull().default(0),
  prevDigest: text("prev_digest").notNull().default(""),
  digest: text("digest").notNull().default(""),
});

export type AuditRow = typeof auditLog.$inferSelect;

export const auditChainHead = pgTable("audit_chain_head", {
  singleton: boolean("singleton").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  lastId: bigint("last_id", { mode: "number" }),
  digest: text("digest").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

export const auditChainAnchor = pgTable("audit_chain_anchor", {
  seq: bigint("seq", { mode: "number" }).primaryKey(),
  digest: text("digest").notNull(),
  cutoff: timestamp("cutoff", { withTimezone: true }).notNull(),
  removedRows: bigint("removed_rows", { mode: "number" }).notNull(),
  removedAt: timestamp("removed_at", { withTimezone: true }).notNull(),
});
