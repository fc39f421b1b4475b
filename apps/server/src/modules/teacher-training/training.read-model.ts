import { sql, type SQL } from "drizzle-orm";

/**
 * What teacher training publishes for other modules' list queries (they never name its tables):
 * a teacher's approved training hours credited on or after a date, as an SQL expression.
 */
export function approvedHoursSince(teacherId: SQL, since: SQL): SQL {
  return sql`coalesce((select sum(c.hours) from training_credits c where c.teacher_id = ${teacherId}
    and c.status = 'approved' and c.credited_on >= ${since}), 0)`;
}

/**
 * Teachers' credited hours for other modules' raw SQL (plan measures, 定期注册), as a derived table with the
 * credits' column names (`teacher_id, programme_id, kind, hours, credited_on, status, created_at`):
 * `from ${trainingCreditsTable} c`.
 */
export const trainingCreditsTable = sql`(select teacher_id, programme_id, kind, hours, credited_on, status, created_at
  from training_credits)`;
