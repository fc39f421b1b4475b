import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";

export async function assignmentsInScope(db: Db, scopePath: string) {
  return queryRows<{ inspector_id: string; inspector_name: string; school_id: string; school_name: string }>(
    db,
    sql`select a.inspector_id, a.inspector_name, a.school_id, u.name as school_name
        from insp_assignments a join org_units u on u.id = a.school_id
        where u.path like ${`${escapeLike(scopePath)}%`} order by a.inspector_name, u.code`,
  );
}

export async function dutyVisitsInScope(db: Db, options: { scopePath: string; from: string; to: string }) {
  return queryRows<{
    id: string;
    inspector_id: string;
    school_id: string;
    school_name: string;
    visit_date: string;
    matters: string[];
    feedback: string;
  }>(
    db,
    sql`select d.id, d.inspector_id, d.school_id, u.name as school_name, d.visit_date::text as visit_date,
          d.matters, d.feedback
        from insp_duty_visits d join org_units u on u.id = d.school_id
        where u.path like ${`${escapeLike(options.scopePath)}%`}
          and d.visit_date between ${options.from} and ${options.to}
        order by d.visit_date desc limit 2000`,
  );
}

/** A school's public board: its name and 责任督学 (by school code). */
export async function schoolBoard(db: Db, code: string) {
  return queryRows<{ school_id: string; school_name: string; inspector_name: string | null }>(
    db,
    sql`select u.id as school_id, u.name as school_name, a.inspector_name
        from org_units u left join insp_assignments a on a.school_id = u.id
        where u.code = ${code} and u.kind = 'institution'`,
  );
}

/** Schools in scope by name or code, for the 责任督学 assignment form. */
export async function searchSchools(db: Db, options: { scopePath: string; q: string; limit: number }) {
  const pattern = `%${escapeLike(options.q)}%`;
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select u.id, u.name from org_units u
        where u.kind = 'institution' and u.path like ${`${escapeLike(options.scopePath)}%`}
          and (u.name like ${pattern} or u.code like ${pattern})
        order by u.code limit ${options.limit}`,
  );
}
