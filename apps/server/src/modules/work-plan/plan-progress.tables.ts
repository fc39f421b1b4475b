import { date, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ReportStatus } from "@edubureau/domain/work-plan";

// The life cycle of a report is a domain rule; the table keeps its statuses.
export { REPORT_STATUSES, type ReportStatus } from "@edubureau/domain/work-plan";

export const planReports = pgTable("plan_reports", {
  id: uuid("id").primaryKey().defaultRandom(),
  taskId: uuid("task_id").notNull(),
  orgUnitId: uuid("org_unit_id").notNull(),
  periodKey: text("period_key").notNull(),
  status: text("status").$type<ReportStatus>().notNull(),
  narrative: text("narrative").notNull().default(""),
  submittedOn: date("submitted_on"),
  submittedAt: timestamp("submitted_at", { withTimezone: true }),
  submittedBy: uuid("submitted_by"),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  reviewedBy: uuid("reviewed_by"),
  returnReason: text("return_reason"),
  revision: integer("revision").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const planReportValues = pgTable(
  "plan_report_values",
  {
    reportId: uuid("report_id").notNull(),
    targetId: uuid("target_id").notNull(),
    value: numeric("value", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.targetId] })],
);

export const planReportMilestones = pgTable(
  "plan_report_milestones",
  {
    reportId: uuid("report_id").notNull(),
    milestoneId: uuid("milestone_id").notNull(),
    completedOn: date("completed_on").notNull(),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.milestoneId] })],
);

export const planReportAttachments = pgTable("plan_report_attachments", {
  id: uuid("id").primaryKey().defaultRandom(),
  reportId: uuid("report_id").notNull(),
  fileName: text("file_name").notNull(),
  mediaType: text("media_type").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  sha256: text("sha256").notNull(),
  storageKey: text("storage_key").notNull(),
  uploadedBy: uuid("uploaded_by"),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
});

export const planTargetSnapshots = pgTable(
  "plan_target_snapshots",
  {
    targetId: uuid("target_id").notNull(),
    onDate: date("on_date").notNull(),
    value: numeric("value", { mode: "number" }),
    progress: numeric("progress", { mode: "number" }).notNull(),
    status: text("status").notNull(),
  },
  (table) => [primaryKey({ columns: [table.targetId, table.onDate] })],
);

export const supervisionNotices = pgTable("supervision_notices", {
  id: uuid("id").primaryKey().defaultRandom(),
  planId: uuid("plan_id").notNull(),
  taskId: uuid("task_id").notNull(),
  orgUnitId: uuid("org_unit_id").notNull(),
  triggerKey: text("trigger_key").notNull(),
  triggerKind: text("trigger_kind").notNull(),
  reason: text("reason").notNull(),
  raisedOn: date("raised_on").notNull(),
  responseDeadline: date("response_deadline").notNull(),
  escalatedOn: date("escalated_on"),
  response: text("response"),
  respondedOn: date("responded_on"),
  respondedBy: uuid("responded_by"),
  instruction: text("instruction"),
  instructedBy: uuid("instructed_by"),
  instructedOn: date("instructed_on"),
  urgedCount: integer("urged_count").notNull().default(0),
  lastUrgedOn: date("last_urged_on"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
