import {
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { Comparator, ReportingFrequency, TargetBinding } from "@edubureau/domain/work-plan";

export const workPlans = pgTable("work_plans", {
  id: uuid("id").primaryKey().defaultRandom(),
  cityUnitId: uuid("city_unit_id").notNull(),
  year: integer("year").notNull(),
  title: text("title").notNull(),
  issuer: text("issuer").notNull(),
  publishDate: date("publish_date").notNull(),
  sourceUrl: text("source_url"),
  sourceNote: text("source_note").notNull(),
  reportingFrequency: text("reporting_frequency").$type<ReportingFrequency>().notNull(),
  demoDataNote: text("demo_data_note"),
  /** Demo: evaluate the plan as of this day instead of today (see 0008_plan_progress.sql). */
  evaluationDate: date("evaluation_date"),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
});

export const focusAreas = pgTable("focus_areas", {
  id: uuid("id").primaryKey().defaultRandom(),
  planId: uuid("plan_id").notNull(),
  code: text("code").notNull(),
  seq: integer("seq").notNull(),
  title: text("title").notNull(),
  summary: text("summary").notNull(),
});

export const planTasks = pgTable("plan_tasks", {
  id: uuid("id").primaryKey().defaultRandom(),
  planId: uuid("plan_id").notNull(),
  focusAreaId: uuid("focus_area_id").notNull(),
  code: text("code").notNull(),
  seq: integer("seq").notNull(),
  title: text("title").notNull(),
  text: text("text").notNull(),
  leadUnitId: uuid("lead_unit_id").notNull(),
});

export const planTaskUnits = pgTable(
  "plan_task_units",
  {
    taskId: uuid("task_id").notNull(),
    orgUnitId: uuid("org_unit_id").notNull(),
    role: text("role").$type<"lead" | "co">().notNull(),
  },
  (table) => [primaryKey({ columns: [table.taskId, table.orgUnitId] })],
);

export const planTargets = pgTable("plan_targets", {
  id: uuid("id").primaryKey().defaultRandom(),
  taskId: uuid("task_id").notNull(),
  code: text("code").notNull(),
  name: text("name").notNull(),
  unit: text("unit").notNull(),
  baseline: numeric("baseline", { mode: "number" }),
  targetValue: numeric("target_value", { mode: "number" }).notNull(),
  comparator: text("comparator").$type<Comparator>().notNull(),
  startDate: date("start_date").notNull(),
  deadline: date("deadline").notNull(),
  sourceQuote: text("source_quote").notNull(),
  binding: jsonb("binding").$type<TargetBinding>().notNull(),
});

export const planTargetShares = pgTable(
  "plan_target_shares",
  {
    targetId: uuid("target_id").notNull(),
    orgUnitId: uuid("org_unit_id").notNull(),
    value: numeric("value", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.targetId, table.orgUnitId] })],
);

export const planMilestones = pgTable("plan_milestones", {
  id: uuid("id").primaryKey().defaultRandom(),
  taskId: uuid("task_id").notNull(),
  code: text("code").notNull(),
  name: text("name").notNull(),
  dueDate: date("due_date").notNull(),
  completedOn: date("completed_on"),
});
