import { sql, type SQL } from "drizzle-orm";

/**
 * What teacher training publishes for other modules' list queries (they never name its tables):
 * a teacher's approved training hours credited on or after a date, as an SQL expression.
 */
export function approvedHoursSince(teacherId: SQL, since: SQL): SQL {
  return sql`coalesce((select sum(c.hours) from training_credits c where c.teacher_id = ${teacherId}
    and c.status = 'approved' and c.credited_on >= ${since}), 0)`;
}
