import { boolean, customType, date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** The item catalogue (事项清单); migration 0019 holds the constraints. */
export const serviceItems = pgTable("service_items", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull(),
  name: text("name").notNull(),
  itemType: text("item_type").notNull(),
  ownerUnitId: uuid("owner_unit_id").notNull(),
  handlingLevel: text("handling_level").notNull(),
  onlineDepth: integer("online_depth").notNull(),
  online: boolean("online").notNull(),
  status: text("status").notNull(),
});

export const serviceCases = pgTable("service_cases", {
  id: uuid("id").primaryKey().defaultRandom(),
  caseNo: text("case_no").notNull(),
  itemId: uuid("item_id").notNull(),
  status: text("status").notNull(),
  handlingUnitPath: text("handling_unit_path").notNull(),
  deadline: date("deadline"),
  escalatedAt: timestamp("escalated_at", { withTimezone: true }),
});

export const serviceCaseEvents = pgTable("service_case_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  caseId: uuid("case_id").notNull(),
  action: text("action").notNull(),
});

export const serviceMaterials = pgTable("service_materials", {
  id: uuid("id").primaryKey().defaultRandom(),
  ownerId: uuid("owner_id").notNull(),
  caseId: uuid("case_id"),
  data: bytea("data").notNull(),
});

export const serviceResults = pgTable("service_results", {
  caseId: uuid("case_id").primaryKey(),
  verificationCode: text("verification_code").notNull(),
});

export const serviceRatings = pgTable("service_ratings", {
  caseId: uuid("case_id").primaryKey(),
  rating: integer("rating").notNull(),
  comment: text("comment"),
});
