import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { enrolmentDraws, type EnrolmentDrawRow } from "./enrolment.tables.ts";

export async function listDraws(db: Db, roundId: string): Promise<EnrolmentDrawRow[]> {
  return db
    .select()
    .from(enrolmentDraws)
    .where(eq(enrolmentDraws.roundId, roundId))
    .orderBy(asc(enrolmentDraws.phase), asc(enrolmentDraws.createdAt));
}

export async function findDraw(db: Db, id: string): Promise<EnrolmentDrawRow | undefined> {
  return (await db.select().from(enrolmentDraws).where(eq(enrolmentDraws.id, id)).limit(1))[0];
}

/** The draw of a phase that is not superseded, if any. */
export async function currentDraw(
  db: Db,
  roundId: string,
  phase: number,
): Promise<EnrolmentDrawRow | undefined> {
  return (
    await db
      .select()
      .from(enrolmentDraws)
      .where(
        and(
          eq(enrolmentDraws.roundId, roundId),
          eq(enrolmentDraws.phase, phase),
          ne(enrolmentDraws.status, "superseded"),
        ),
      )
      .limit(1)
  )[0];
}

export async function insertDraw(db: Db, values: typeof enrolmentDraws.$inferInsert): Promise<string> {
  const [row] = await db.insert(enrolmentDraws).values(values).returning({ id: enrolmentDraws.id });
  if (!row) throw new Error("insert draw returned nothing");
  return row.id;
}

export async function updateDraw(
  db: Db,
  id: string,
  values: Partial<typeof enrolmentDraws.$inferInsert>,
): Promise<void> {
  await db.update(enrolmentDraws).set(values).where(eq(enrolmentDraws.id, id));
}
