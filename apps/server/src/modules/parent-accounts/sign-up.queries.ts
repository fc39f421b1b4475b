import { and, desc, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { signUpCodes, type SignUpCodeRow } from "./sign-up.tables.ts";

/** Serialises the requests of one number (both engines), so two at once cannot both pass the limits. */
export async function lockPhone(tx: Db, phone: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-up:${phone}`}))`);
}

export async function issuedCodes(tx: Db, phone: string, now: Date) {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  const [row] = await queryRows<{ last: Date | string | null; n: number }>(
    tx,
    sql`select max(created_at) as last,
          count(*) filter (where created_at > ${dayAgo.toISOString()}::timestamptz)::int as n
        from sign_up_codes where phone = ${phone}`,
  );
  return { lastSentAt: row?.last ? new Date(row.last) : null, sentLastDay: row?.n ?? 0 };
}

export async function insertCode(tx: Db, values: Omit<SignUpCodeRow, "attempts" | "usedAt">): Promise<void> {
  await tx.insert(signUpCodes).values(values);
}

/** The number's newest code: only the latest one sent counts. */
export async function latestCode(tx: Db, phone: string): Promise<SignUpCodeRow | undefined> {
  const rows = await tx
    .select()
    .from(signUpCodes)
    .where(eq(signUpCodes.phone, phone))
    .orderBy(desc(signUpCodes.createdAt))
    .limit(1);
  return rows[0];
}

export async function countAttempt(tx: Db, id: string): Promise<void> {
  await tx
    .update(signUpCodes)
    .set({ attempts: sql`${signUpCodes.attempts} + 1` })
    .where(eq(signUpCodes.id, id));
}

export async function markUsed(tx: Db, id: string, at: Date): Promise<void> {
  await tx
    .update(signUpCodes)
    .set({ usedAt: at })
    .where(and(eq(signUpCodes.id, id)));
}
