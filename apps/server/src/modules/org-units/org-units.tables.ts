import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { OrgUnitKind } from "@edubureau/domain";

export const orgUnits = pgTable("org_units", {
  id: uuid("id").primaryKey().defaultRandom(),
  parentId: uuid("parent_id"),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  kind: text("kind").$type<OrgUnitKind>().notNull(),
  path: text("path").notNull().unique(),
  depth: integer("depth").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type OrgUnitRow = typeof orgUnits.$inferSelect;
