import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const designationTypes = pgTable("designation_types", {
  code: text("code").primaryKey(),
  name: text("name").notNull().unique(),
});

export const designations = pgTable("designations", {
  id: uuid("id").primaryKey().defaultRandom(),
  institutionId: uuid("institution_id").notNull(),
  typeCode: text("type_code").notNull(),
  year: integer("year").notNull(),
  documentNo: text("document_no"),
  documentDate: date("document_date"),
  revokedOn: date("revoked_on"),
  revokeReason: text("revoke_reason"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type DesignationRow = typeof designations.$inferSelect;
