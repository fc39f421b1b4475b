import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";

export interface VisitRow {
  id: string;
  plan_id: string;
  plan_title: string;
  topic: string;
  unannounced: boolean;
  school_id: string;
  school_name: string;
  school_path: string;
  visit_date: string;
  status: "scheduled" | "recorded";
  summary: string;
  is_member: boolean;
}

/**
 * Visits the actor may see, the policy's read rule in SQL: the plan's own 督学 see every visit; anyone else
 * only visits in their scope, and an unannounced one only from its date (sealed before).
 */
export async function visibleVisits(
  db: Db,
  options: {
    userId: string | null;
    scopePath: string;
    today: string;
    planId?: string | undefined;
    mineOnly?: boolean | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
): Promise<VisitRow[]> {
  const member =
    options.userId === null
      ? sql`false`
      : sql`exists (select 1 from insp_plan_inspectors pi where pi.plan_id = p.id and pi.user_id = ${options.userId})`;
  return queryRows<VisitRow>(
    db,
    sql`select v.id, v.plan_id, p.title as plan_title, p.topic, p.unannounced, v.school_id, u.name as school_name,
          u.path as school_path, v.visit_date::text as visit_date, v.status, v.summary, ${member} as is_member
        from insp_visits v join insp_plans p on p.id = v.plan_id join org_units u on u.id = v.school_id
        where (${member} or (u.path like ${`${escapeLike(options.scopePath)}%`}
                             and (not p.unannounced or v.visit_date <= ${options.today})))
          ${options.planId ? sql`and v.plan_id = ${options.planId}` : sql``}
          ${options.mineOnly ? sql`and ${member}` : sql``}
          ${options.from ? sql`and v.visit_date >= ${options.from}` : sql``}
          ${options.to ? sql`and v.visit_date <= ${options.to}` : sql``}
        order by v.visit_date, u.code
        limit 2000`,
  );
}

export async function visitById(db: Db, id: string) {
  const [row] = await queryRows<
    VisitRow & { checklist: { code: string; question: string }[]; answers: unknown }
  >(
    db,
    sql`select v.id, v.plan_id, p.title as plan_title, p.topic, p.unannounced, v.school_id, u.name as school_name,
          u.path as school_path, v.visit_date::text as visit_date, v.status, v.summary, false as is_member,
          p.checklist, v.answers
        from insp_visits v join insp_plans p on p.id = v.plan_id join org_units u on u.id = v.school_id
        where v.id = ${id}`,
  );
  return row ?? null;
}

/** Schools (institutions) under a scope unit: the population of a sample. */
export async function schoolsUnder(db: Db, path: string) {
  return queryRows<{ id: string; code: string; name: string }>(
    db,
    sql`select id, code, name from org_units where kind = 'institution' and path like ${`${escapeLike(path)}%`}
        order by code`,
  );
}
