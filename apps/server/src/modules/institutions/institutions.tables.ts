import { boolean, doublePrecision, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { InstitutionStatus, InstitutionType, Ownership } from "@edubureau/domain/registry";

export const institutions = pgTable("institutions", {
  orgUnitId: uuid("org_unit_id").primaryKey(),
  type: text("type").$type<InstitutionType>().notNull(),
  ownership: text("ownership").$type<Ownership>().notNull(),
  inclusive: boolean("inclusive").notNull().default(false),
  educationGroup: text("education_group"),
  groupLead: boolean("group_lead").notNull().default(false),
  districtId: uuid("district_id").notNull(),
  streetId: uuid("street_id"),
  communityId: uuid("community_id"),
  address: text("address"),
  longitude: doublePrecision("longitude"),
  latitude: doublePrecision("latitude"),
  status: text("status").$type<InstitutionStatus>().notNull().default("operating"),
  places: integer("places").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type InstitutionRow = typeof institutions.$inferSelect;
