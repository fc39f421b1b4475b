import { date, integer, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type {
  Ownership,
  ProjectKind,
  ProjectStatus,
  SchoolLevel,
  TestResult,
} from "@edubureau/domain/registry";

export const constructionProjects = pgTable("construction_projects", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  institutionId: uuid("institution_id"),
  plannedInstitutionName: text("planned_institution_name"),
  districtId: uuid("district_id").notNull(),
  kind: text("kind").$type<ProjectKind>().notNull(),
  level: text("level").$type<SchoolLevel>().notNull(),
  ownership: text("ownership").$type<Ownership>().notNull().default("public"),
  placesAdded: integer("places_added").notNull().default(0),
  plannedStart: date("planned_start"),
  plannedFinish: date("planned_finish"),
  actualStart: date("actual_start"),
  actualFinish: date("actual_finish"),
  status: text("status").$type<ProjectStatus>().notNull().default("planned"),
  investmentWan: numeric("investment_wan", { precision: 14, scale: 2, mode: "number" }),
  indoorAirTest: text("indoor_air_test").$type<TestResult>().notNull().default("pending"),
  indoorAirTestedOn: date("indoor_air_tested_on"),
  syntheticTrackTest: text("synthetic_track_test").$type<TestResult>().notNull().default("pending"),
  syntheticTrackTestedOn: date("synthetic_track_tested_on"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ConstructionProjectRow = typeof constructionProjects.$inferSelect;
