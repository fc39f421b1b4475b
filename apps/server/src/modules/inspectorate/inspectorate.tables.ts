import type { RectificationState, ScoringRule } from "@edubureau/domain/inspectorate";
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

// Migration 0020_supervision.sql; the work plan's 督办 tables are supervision_*, these are insp_*.

export const inspFrameworks = pgTable("insp_frameworks", {
  id: uuid("id").primaryKey().defaultRandom(),
  year: integer("year").notNull(),
  name: text("name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const inspFrameworkIndicators = pgTable(
  "insp_framework_indicators",
  {
    frameworkId: uuid("framework_id").notNull(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    level: integer("level").$type<1 | 2>().notNull(),
    parentCode: text("parent_code"),
    maxScore: numeric("max_score", { mode: "number" }).notNull(),
    rule: jsonb("rule").$type<ScoringRule | null>(),
    sort: integer("sort").notNull(),
  },
  (t) => [primaryKey({ columns: [t.frameworkId, t.code] })],
);

export type EvaluationStatus = "self_evaluating" | "submitted" | "verified";

export const inspEvaluations = pgTable("insp_evaluations", {
  id: uuid("id").primaryKey().defaultRandom(),
  frameworkId: uuid("framework_id").notNull(),
  districtId: uuid("district_id").notNull(),
  status: text("status").$type<EvaluationStatus>().notNull().default("self_evaluating"),
  submittedAt: timestamp("submitted_at", { withTimezone: true }),
  verifiedAt: timestamp("verified_at", { withTimezone: true }),
  verifiedBy: uuid("verified_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const inspEvaluationScores = pgTable(
  "insp_evaluation_scores",
  {
    evaluationId: uuid("evaluation_id").notNull(),
    indicatorCode: text("indicator_code").notNull(),
    selfScore: numeric("self_score", { mode: "number" }),
    selfNote: text("self_note").notNull().default(""),
    verifiedScore: numeric("verified_score", { mode: "number" }),
    verifyComment: text("verify_comment").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.indicatorCode] })],
);

export type EvidenceOwner = "evaluation" | "rectification" | "visit";

export const inspEvidence = pgTable("insp_evidence", {
  id: uuid("id").primaryKey().defaultRandom(),
  ownerKind: text("owner_kind").$type<EvidenceOwner>().notNull(),
  ownerId: uuid("owner_id").notNull(),
  itemCode: text("item_code"),
  fileName: text("file_name").notNull(),
  mediaType: text("media_type").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  sha256: text("sha256").notNull(),
  storageKey: text("storage_key").notNull(),
  uploadedBy: uuid("uploaded_by"),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
});

export const INSPECTION_TOPICS = {
  ethics: "师德师风",
  burden: "学生减负",
  conduct: "规范办学行为",
  safety: "校园安全",
  other: "其他",
} as const;
export type InspectionTopic = keyof typeof INSPECTION_TOPICS;

export interface ChecklistItem {
  code: string;
  question: string;
}
export interface ChecklistAnswer {
  code: string;
  compliant: boolean;
  note: string;
}

export const inspPlans = pgTable("insp_plans", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  topic: text("topic").$type<InspectionTopic>().notNull(),
  unannounced: boolean("unannounced").notNull(),
  checklist: jsonb("checklist").$type<ChecklistItem[]>().notNull(),
  scopeUnitId: uuid("scope_unit_id").notNull(),
  sampleSize: integer("sample_size").notNull(),
  seed: text("seed"),
  algorithm: text("algorithm"),
  startsOn: date("starts_on").notNull(),
  endsOn: date("ends_on").notNull(),
  public: boolean("public").notNull().default(false),
  createdBy: uuid("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const inspPlanInspectors = pgTable(
  "insp_plan_inspectors",
  {
    planId: uuid("plan_id").notNull(),
    userId: uuid("user_id").notNull(),
    name: text("name").notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.userId] })],
);

export const inspVisits = pgTable("insp_visits", {
  id: uuid("id").primaryKey().defaultRandom(),
  planId: uuid("plan_id").notNull(),
  schoolId: uuid("school_id").notNull(),
  visitDate: date("visit_date").notNull(),
  status: text("status").$type<"scheduled" | "recorded">().notNull().default("scheduled"),
  answers: jsonb("answers").$type<ChecklistAnswer[]>().notNull().default([]),
  summary: text("summary").notNull().default(""),
  recordedBy: uuid("recorded_by"),
  recordedAt: timestamp("recorded_at", { withTimezone: true }),
});

export const SEVERITIES = { minor: "一般", major: "较重", serious: "严重" } as const;
export type Severity = keyof typeof SEVERITIES;

export const inspFindings = pgTable("insp_findings", {
  id: uuid("id").primaryKey().defaultRandom(),
  visitId: uuid("visit_id").notNull(),
  severity: text("severity").$type<Severity>().notNull(),
  description: text("description").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const inspRectifications = pgTable("insp_rectifications", {
  id: uuid("id").primaryKey().defaultRandom(),
  sourceKind: text("source_kind").$type<"finding" | "weakness">().notNull(),
  sourceId: uuid("source_id").notNull(),
  sourceItem: text("source_item"),
  unitId: uuid("unit_id").notNull(),
  title: text("title").notNull(),
  requirement: text("requirement").notNull(),
  deadline: date("deadline").notNull(),
  state: text("state").$type<RectificationState>().notNull().default("ordered"),
  planText: text("plan_text"),
  evidenceNote: text("evidence_note"),
  returnReason: text("return_reason"),
  public: boolean("public").notNull().default(false),
  escalatedOn: date("escalated_on"),
  orderedBy: uuid("ordered_by"),
  orderedAt: timestamp("ordered_at", { withTimezone: true }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

export const inspAssignments = pgTable(
  "insp_assignments",
  {
    inspectorId: uuid("inspector_id").notNull(),
    inspectorName: text("inspector_name").notNull(),
    schoolId: uuid("school_id").notNull(),
    since: date("since").notNull(),
  },
  (t) => [primaryKey({ columns: [t.inspectorId, t.schoolId] })],
);

export const inspDutyVisits = pgTable("insp_duty_visits", {
  id: uuid("id").primaryKey().defaultRandom(),
  inspectorId: uuid("inspector_id").notNull(),
  schoolId: uuid("school_id").notNull(),
  visitDate: date("visit_date").notNull(),
  matters: jsonb("matters").$type<string[]>().notNull(),
  feedback: text("feedback").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const inspComplaints = pgTable("insp_complaints", {
  id: uuid("id").primaryKey().defaultRandom(),
  topic: text("topic").notNull(),
  schoolId: uuid("school_id"),
  content: text("content").notNull(),
  anonymous: boolean("anonymous").notNull(),
  name: text("name"),
  phone: text("phone"),
  receivedOn: date("received_on").notNull(),
  acceptedOn: date("accepted_on"),
  assigneeId: uuid("assignee_id"),
  assigneeName: text("assignee_name"),
  extensionDays: integer("extension_days").notNull().default(0),
  investigation: text("investigation"),
  substantiated: boolean("substantiated"),
  reply: text("reply"),
  repliedOn: date("replied_on"),
  // The teachers module's 师德 record registered for a substantiated complaint (migration 0026).
  ethicsRecordId: uuid("ethics_record_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const inspMonitoringResults = pgTable(
  "insp_monitoring_results",
  {
    year: integer("year").notNull(),
    subject: text("subject").notNull(),
    grade: text("grade").notNull(),
    schoolId: uuid("school_id").notNull(),
    score: numeric("score", { mode: "number" }).notNull(),
    nationalMean: numeric("national_mean", { mode: "number" }),
  },
  (t) => [primaryKey({ columns: [t.year, t.subject, t.grade, t.schoolId] })],
);
