import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";

export interface RatingRow {
  rating: number;
  comment: string | null;
  ratedAt: Date;
  followUpDue: string | null;
  followUpAnswer: string | null;
}

export async function findRating(db: Db, caseId: string): Promise<RatingRow | null> {
  const [row] = await queryRows<RatingRow>(
    db,
    sql`select rating, comment, rated_at as "ratedAt", to_char(follow_up_due, 'YYYY-MM-DD') as "followUpDue",
          follow_up_answer as "followUpAnswer"
        from service_ratings where case_id = ${caseId}`,
  );
  return row ?? null;
}

export async function insertRating(
  db: Db,
  r: { caseId: string; rating: number; comment: string | null; followUpDue: string | null; at: Date },
): Promise<void> {
  await db.execute(
    sql`insert into service_ratings (case_id, rating, comment, rated_at, follow_up_due)
        values (${r.caseId}, ${r.rating}, ${r.comment}, ${r.at}, ${r.followUpDue})`,
  );
}

export async function answerRating(db: Db, caseId: string, answer: string, at: Date): Promise<void> {
  await db.execute(
    sql`update service_ratings set follow_up_answer = ${answer}, follow_up_at = ${at} where case_id = ${caseId}`,
  );
}
