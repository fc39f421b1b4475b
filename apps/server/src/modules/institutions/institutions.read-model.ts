import { sql } from "drizzle-orm";
import type { InstitutionType } from "@edubureau/domain/registry";
import { escapeLike } from "../org-units/org-units.queries.ts";
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
