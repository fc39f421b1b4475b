import { sql } from "drizzle-orm";

/**
 * What the teacher directory publishes for other modules' raw SQL (training, honours), so they list and
 * scope teachers without naming its tables: a derived table with the directory's column names
 * (`id, name, teacher_number, institution_id, post, title`) — `join ${teacherCardTable} t on t.id = …`.
 * No identity numbers or birth dates: those stay behind the directory's own masking.
 */
export const teacherCardTable = sql`(select id, name, teacher_number, institution_id, post, title from teachers)`;
