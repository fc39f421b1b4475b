import { sql } from "drizzle-orm";

/**
 * What the teacher directory publishes for other modules' raw SQL (training, honours), so they list and
 * scope teachers without naming its tables: a derived table with the directory's column names
 * (`id, name, teacher_number, institution_id, post, title`) — `join ${teacherCardTable} t on t.id = …`.
 * No identity numbers or birth dates: those stay behind the directory's own masking.
 */
export const teacherCardTable = sql`(select id, name, teacher_number, institution_id, post, title from teachers)`;

/** 定期注册's view of the directory: each teacher's registration date and fitness to teach. */
export const teacherRegistrationTable = sql`(select id, teacher_number, name, institution_id, district_id, registered_on, fit_to_teach
  from teachers)`;

/** Annual reviews (年度考核) by teacher: `teacher_id, year, grade, approved_leave`. */
export const annualReviewsTable = sql`(select teacher_id, year, grade, approved_leave from teacher_annual_reviews)`;

/** Recorded absences from teaching (中止教育教学工作): `teacher_id, from_date, to_date, approved_leave`. */
export const teacherAbsencesTable = sql`(select teacher_id, from_date, to_date, approved_leave from teacher_absences)`;
