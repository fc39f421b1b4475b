import { numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ApprovalStatus, DataValueType, PeriodType } from "@edubureau/domain/indicators";

export const dataElements = pgTable("data_elements", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  unit: text("unit").notNull(),
  valueType: text("value_type").$type<DataValueType>().notNull(),
  // Added by migration 0005.
  periodType: text("period_type").$type<PeriodType>().notNull().default("year"),
  minValue: numeric("min_value", { mode: "number" }),
  maxValue: numeric("max_value", { mode: "number" }),
  description: text("description"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type DataElementRow = typeof dataElements.$inferSelect;

export const dataValues = pgTable(
  "data_values",
  {
    elementCode: text("element_code").notNull(),
    orgUnitId: uuid("org_unit_id").notNull(),
    period: text("period").notNull(),
    value: numeric("value", { mode: "number" }).notNull(),
    updatedBy: uuid("updated_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.elementCode, table.orgUnitId, table.period] })],
);

export type { ApprovalStatus };

export const dataApprovals = pgTable(
  "data_approvals",
  {
    orgUnitId: uuid("org_unit_id").notNull(),
    period: text("period").notNull(),
    status: text("status").$type<ApprovalStatus>().notNull(),
    submittedBy: uuid("submitted_by"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    districtApprovedBy: uuid("district_approved_by"),
    districtApprovedAt: timestamp("district_approved_at", { withTimezone: true }),
    cityConfirmedBy: uuid("city_confirmed_by"),
    cityConfirmedAt: timestamp("city_confirmed_at", { withTimezone: true }),
    returnedReason: text("returned_reason"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgUnitId, table.period] })],
);

export type DataApprovalRow = typeof dataApprovals.$inferSelect;
