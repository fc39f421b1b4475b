import {
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { EnrolmentCalendar } from "@edubureau/domain/enrolment";
import type { BundleRound, DrawAnnouncement, FrozenList, RoundSetup } from "@edubureau/domain/lottery";

export const enrolmentRounds = pgTable("enrolment_rounds", {
  id: uuid("id").primaryKey().defaultRandom(),
  year: integer("year").notNull(),
  stage: text("stage", { enum: ["primary_1", "junior_1"] }).notNull(),
  name: text("name").notNull(),
  code: text("code").notNull(),
  maxChoices: integer("max_choices").notNull(),
  mechanism: text("mechanism", { enum: ["boston", "deferred-acceptance"] }).notNull(),
  secondMechanism: text("second_mechanism", { enum: ["boston", "deferred-acceptance"] }).notNull(),
  partialUnit: text("partial_unit", { enum: ["skip", "stop"] }).notNull(),
  calendar: jsonb("calendar").$type<EnrolmentCalendar>().notNull(),
  seedDigits: integer("seed_digits").notNull(),
  seedLabels: jsonb("seed_labels").$type<string[]>().notNull(),
  nextNumber: integer("next_number").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const enrolmentPlans = pgTable(
  "enrolment_plans",
  {
    roundId: uuid("round_id").notNull(),
    institutionId: uuid("institution_id").notNull(),
    places: integer("places").notNull(),
    inLottery: boolean("in_lottery").notNull().default(false),
    reservedPercent: integer("reserved_percent"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.institutionId] })],
);

export const enrolmentApplications = pgTable("enrolment_applications", {
  id: uuid("id").primaryKey().defaultRandom(),
  roundId: uuid("round_id").notNull(),
  number: text("number").notNull(),
  parentId: uuid("parent_id"),
  districtId: uuid("district_id").notNull(),
  household: text("household", { enum: ["district", "city", "other"] }).notNull(),
  residence: text("residence", { enum: ["owned", "rented", "other"] }).notNull(),
  choices: jsonb("choices").$type<string[]>().notNull(),
  secondChoices: jsonb("second_choices").$type<string[]>(),
  status: text("status", { enum: ["submitted", "approved", "returned", "withdrawn"] }).notNull(),
  returnReason: text("return_reason"),
  reviewedBy: uuid("reviewed_by"),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  guardianName: text("guardian_name"),
  guardianRelation: text("guardian_relation"),
  guardianPhone: text("guardian_phone"),
  homeAddress: text("home_address"),
  pledgedAt: timestamp("pledged_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const enrolmentApplicants = pgTable("enrolment_applicants", {
  number: text("number").primaryKey(),
  applicationId: uuid("application_id").notNull(),
  roundId: uuid("round_id").notNull(),
  name: text("name").notNull(),
  sex: text("sex", { enum: ["male", "female"] }).notNull(),
  birthDate: date("birth_date").notNull(),
  idNumber: text("id_number").notNull(),
  residentId: text("resident_id").notNull(),
  active: boolean("active").notNull().default(true),
});

export const enrolmentDraws = pgTable("enrolment_draws", {
  id: uuid("id").primaryKey().defaultRandom(),
  roundId: uuid("round_id").notNull(),
  phase: integer("phase").notNull(),
  status: text("status", { enum: ["frozen", "drawn", "published", "superseded"] }).notNull(),
  setup: jsonb("setup").$type<RoundSetup>().notNull(),
  lists: jsonb("lists").$type<readonly FrozenList[]>().notNull(),
  result: jsonb("result").$type<BundleRound>(),
  redrawReason: text("redraw_reason"),
  frozenAt: timestamp("frozen_at", { withTimezone: true }).notNull(),
  drawnAt: timestamp("drawn_at", { withTimezone: true }),
  publishedAt: timestamp("published_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** 派位公告 of a phase, as published (immutable: a trigger refuses updates and deletes). */
export const enrolmentAnnouncements = pgTable(
  "enrolment_announcements",
  {
    roundId: uuid("round_id").notNull(),
    phase: integer("phase").notNull(),
    body: jsonb("body").$type<DrawAnnouncement>().notNull(),
    digest: text("digest").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.phase] })],
);

/** The placement ledger's log (append-only). */
export const enrolmentLedgerEvents = pgTable(
  "enrolment_ledger_events",
  {
    roundId: uuid("round_id").notNull(),
    seq: integer("seq").notNull(),
    kind: text("kind", { enum: ["round", "declined", "promoted"] }).notNull(),
    number: text("number"),
    school: text("school"),
    fromSchool: text("from_school"),
    list: text("list"),
    roundLabel: text("round_label"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.seq] })],
);

/** Every place of the lottery; placements must name one (the quota as a foreign key). */
export const enrolmentPlaces = pgTable(
  "enrolment_places",
  {
    roundId: uuid("round_id").notNull(),
    school: text("school").notNull(),
    seat: integer("seat").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.school, t.seat] })],
);

/** Who holds which place now: one place per child, one child per place. */
export const enrolmentPlacements = pgTable(
  "enrolment_placements",
  {
    roundId: uuid("round_id").notNull(),
    number: text("number").notNull(),
    school: text("school").notNull(),
    seat: integer("seat").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.number] })],
);

export type EnrolmentRoundRow = typeof enrolmentRounds.$inferSelect;
export type EnrolmentApplicationRow = typeof enrolmentApplications.$inferSelect;
export type EnrolmentApplicantRow = typeof enrolmentApplicants.$inferSelect;
export type EnrolmentDrawRow = typeof enrolmentDraws.$inferSelect;
