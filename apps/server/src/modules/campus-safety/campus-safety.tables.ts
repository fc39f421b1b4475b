import {
  boolean,
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
import type {
  CrisisDuty,
  CrisisRisk,
  HazardLevel,
  HazardStatus,
  IncidentStatus,
  InspectionKind,
  Severity,
} from "@edubureau/domain/campus-safety";

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const safetyFacilityRegisters = pgTable("safety_facility_registers", {
  schoolId: uuid("school_id").primaryKey(),
  enrolment: integer("enrolment").notNull(),
  guards: integer("guards").notNull(),
  closedManagement: boolean("closed_management").notNull(),
  alarmLinked: boolean("alarm_linked").notNull(),
  entranceVideo: boolean("entrance_video").notNull(),
  videoRetentionDays: integer("video_retention_days").notNull(),
  vehicleBarriers: boolean("vehicle_barriers").notNull(),
  escortPost: boolean("escort_post").notNull(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
  updatedBy: uuid("updated_by"),
});

export const safetyUpgradeItems = pgTable("safety_upgrade_items", {
  id: uuid("id").primaryKey().defaultRandom(),
  schoolId: uuid("school_id").notNull(),
  item: text("item").notNull(),
  budgetWan: numeric("budget_wan", { mode: "number" }).notNull().default(0),
  plannedBy: date("planned_by").notNull(),
  completedOn: date("completed_on"),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const safetyInspections = pgTable("safety_inspections", {
  id: uuid("id").primaryKey().defaultRandom(),
  schoolId: uuid("school_id").notNull(),
  kind: text("kind").$type<InspectionKind>().notNull(),
  topic: text("topic").notNull(),
  inspectedOn: date("inspected_on").notNull(),
  inspector: text("inspector").notNull(),
  checkedItems: jsonb("checked_items").$type<{ item: string; ok: boolean }[]>().notNull().default([]),
  findings: text("findings").notNull().default(""),
  createdBy: uuid("created_by"),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const safetyHazards = pgTable("safety_hazards", {
  id: uuid("id").primaryKey().defaultRandom(),
  schoolId: uuid("school_id").notNull(),
  inspectionId: uuid("inspection_id"),
  level: text("level").$type<HazardLevel>().notNull(),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  status: text("status").$type<HazardStatus>().notNull(),
  responsible: text("responsible"),
  deadline: date("deadline"),
  evidence: jsonb("evidence").$type<{ note: string; at: string; by: string }[]>().notNull().default([]),
  reportedOn: date("reported_on").notNull(),
  escalatedOn: date("escalated_on"),
  closedOn: date("closed_on"),
  createdBy: uuid("created_by"),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const safetyIncidents = pgTable("safety_incidents", {
  id: uuid("id").primaryKey().defaultRandom(),
  schoolId: uuid("school_id").notNull(),
  clientKey: text("client_key"),
  category: text("category").notNull(),
  severity: text("severity").$type<Severity>().notNull(),
  title: text("title").notNull(),
  description: text("description").notNull(),
  casualties: integer("casualties").notNull().default(0),
  occurredAt: ts("occurred_at").notNull(),
  reportedAt: ts("reported_at").notNull(),
  late: boolean("late").notNull().default(false),
  status: text("status").$type<IncidentStatus>().notNull(),
  acknowledgedAt: ts("acknowledged_at"),
  acknowledgedBy: uuid("acknowledged_by"),
  followedUpAt: ts("followed_up_at"),
  closedAt: ts("closed_at"),
  closureReport: text("closure_report"),
  createdBy: uuid("created_by"),
});

export const safetyIncidentEvents = pgTable("safety_incident_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  incidentId: uuid("incident_id").notNull(),
  at: ts("at").notNull(),
  kind: text("kind").notNull(),
  actorName: text("actor_name"),
  note: text("note").notNull().default(""),
});

export const safetyIncidentEscalations = pgTable(
  "safety_incident_escalations",
  {
    incidentId: uuid("incident_id").notNull(),
    kind: text("kind").notNull(),
    targetUnitId: uuid("target_unit_id").notNull(),
    sentAt: ts("sent_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.kind] })],
);

export const safetyDrills = pgTable("safety_drills", {
  id: uuid("id").primaryKey().defaultRandom(),
  schoolId: uuid("school_id").notNull(),
  drillType: text("drill_type").notNull(),
  heldOn: date("held_on").notNull(),
  term: text("term").notNull(),
  participants: integer("participants").notNull(),
  problems: text("problems").notNull().default(""),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const safetyLessons = pgTable("safety_lessons", {
  id: uuid("id").primaryKey().defaultRandom(),
  schoolId: uuid("school_id").notNull(),
  topic: text("topic").notNull(),
  heldOn: date("held_on").notNull(),
  grade: text("grade").notNull().default(""),
  participants: integer("participants").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const safetyCrisisOfficers = pgTable("safety_crisis_officers", {
  userId: uuid("user_id").primaryKey(),
  duty: text("duty").$type<CrisisDuty>().notNull(),
  namedBy: uuid("named_by"),
  namedAt: ts("named_at").notNull().defaultNow(),
});

export const safetyCrisisCases = pgTable("safety_crisis_cases", {
  id: uuid("id").primaryKey().defaultRandom(),
  schoolId: uuid("school_id").notNull(),
  subjectKind: text("subject_kind").$type<"student" | "staff">().notNull(),
  subjectName: text("subject_name").notNull(),
  risk: text("risk").$type<CrisisRisk>().notNull(),
  summary: text("summary").notNull(),
  intervention: text("intervention").notNull().default(""),
  openedOn: date("opened_on").notNull(),
  nextFollowUp: date("next_follow_up").notNull(),
  status: text("status").$type<"open" | "closed">().notNull().default("open"),
  createdBy: uuid("created_by"),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const safetyCrisisFollowUps = pgTable("safety_crisis_follow_ups", {
  id: uuid("id").primaryKey().defaultRandom(),
  caseId: uuid("case_id").notNull(),
  onDate: date("on_date").notNull(),
  note: text("note").notNull(),
  createdBy: uuid("created_by"),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const safetyOpinionEvents = pgTable("safety_opinion_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgUnitId: uuid("org_unit_id").notNull(),
  incidentId: uuid("incident_id"),
  source: text("source").notNull(),
  level: text("level").$type<"high" | "medium" | "low">().notNull(),
  summary: text("summary").notNull(),
  response: text("response").notNull().default(""),
  status: text("status").$type<"open" | "closed">().notNull().default("open"),
  reportedAt: ts("reported_at").notNull(),
  closedAt: ts("closed_at"),
  createdBy: uuid("created_by"),
});
