import { bigint, customType, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { RowProblem } from "@edubureau/domain/registry";

/** Migration 0022: every Excel import's record (see job-store.ts). */
export const importJobs = pgTable("import_jobs", {
  id: uuid("id").primaryKey(),
  queue: text("queue").notNull(),
  ownerId: uuid("owner_id").notNull(),
  fileName: text("file_name").notNull(),
  state: text("state").notNull(),
  processed: integer("processed").notNull().default(0),
  total: integer("total").notNull().default(0),
  errors: jsonb("errors").$type<RowProblem[]>(),
  errorCount: integer("error_count"),
  result: jsonb("result").$type<{ rows: number; created: number; updated: number; unchanged: number }>(),
  message: text("message"),
  instanceId: text("instance_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});

/** Migration 0022: the last period each periodic job ran (see periodic.ts). */
export const periodicRuns = pgTable("periodic_runs", {
  name: text("name").primaryKey(),
  lastPeriod: bigint("last_period", { mode: "number" }).notNull(),
  instanceId: text("instance_id").notNull(),
  claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull(),
});

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** Migration 0025: report generation jobs and their finished files (see report-jobs.ts). */
export const reportJobs = pgTable("report_jobs", {
  id: uuid("id").primaryKey(),
  kind: text("kind").notNull(),
  ownerId: uuid("owner_id").notNull(),
  state: text("state").$type<"running" | "done" | "failed">().notNull(),
  progress: integer("progress").notNull().default(0),
  message: text("message"),
  fileName: text("file_name"),
  asciiName: text("ascii_name"),
  file: bytea("file"),
  instanceId: text("instance_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});
