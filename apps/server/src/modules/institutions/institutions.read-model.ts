import { sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { InstitutionType } from "@edubureau/domain/registry";
import { institutions } from "./institutions.tables.ts";
import { escapeLike } from "../../db/like.ts";
import { queryRows, type Db } from "../../db/database.ts";

/**
 * What the registry publishes for other modules (they never query `institutions` themselves): the operating
 * schools within an org-tree scope, with type, district and path — for per-school rules such as 三防
 * compliance or drills per term.
 */
export interface ScopedSchool {
  id: string;
  code: string;
  name: string;
  path: string;
  type: InstitutionType;
  districtId: string;
  districtName: string;
}

export async function operatingSchoolsWithin(db: Db, scopePath: string): Promise<ScopedSchool[]> {
  return queryRows<ScopedSchool>(
    db,
    sql`select u.id, u.code, u.name, u.path, i.type, i.district_id as "districtId", d.name as "districtName"
        from institutions i join org_units u on u.id = i.org_unit_id join org_units d on d.id = i.district_id
        where i.status = 'operating' and u.path like ${`${escapeLike(scopePath)}%`}
        order by d.code, u.code`,
  );
}

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
