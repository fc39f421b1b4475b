import { sql, type SQL } from "drizzle-orm";

/**
 * What teacher honours publishes for other modules' list queries (they never name its tables):
 * the kinds of honour a teacher holds — awarded nominations and the studios they lead — as an SQL array.
 */
export function honourKindsOf(teacherId: SQL): SQL {
  return sql`array(select r.kind from honour_nominations n join honour_rounds r on r.id = n.round_id
    where n.teacher_id = ${teacherId} and n.awarded_on is not null
    union all select s.type from teacher_studios s where s.leader_id = ${teacherId})`;
}
