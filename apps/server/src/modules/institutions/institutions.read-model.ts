import { sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import { institutions } from "./institutions.tables.ts";

/**
 * What the institution registry publishes for other modules' list queries (classes, designations, projects,
 * enrolment plans), so they join and filter in SQL without naming its tables: an institution's facts by its
 * org unit. Read-only, and only these columns.
 */
export const institutionFacts = new QueryBuilder()
  .select({
    orgUnitId: institutions.orgUnitId,
    districtId: institutions.districtId,
    type: institutions.type,
    ownership: institutions.ownership,
    places: institutions.places,
  })
  .from(institutions)
  .as("institution_facts");

/**
 * The same facts for raw SQL, as a derived table with the registry's column names
 * (`org_unit_id, district_id, type, ownership, places`): `join ${institutionFactsTable} i on …`.
 */
export const institutionFactsTable = sql`(select org_unit_id, district_id, type, ownership, places from institutions)`;
