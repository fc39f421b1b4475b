import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/database.ts";
import { institutionFacts } from "../institutions/institutions.read-model.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { enrolmentPlans, enrolmentRounds, type EnrolmentRoundRow } from "./enrolment.tables.ts";

export async function listRounds(db: Db): Promise<EnrolmentRoundRow[]> {
  return db.select().from(enrolmentRounds).orderBy(desc(enrolmentRounds.year), asc(enrolmentRounds.stage));
}

export async function findRound(db: Db, id: string): Promise<EnrolmentRoundRow | undefined> {
  return (await db.select().from(enrolmentRounds).where(eq(enrolmentRounds.id, id)).limit(1))[0];
}

/** Locks the round row for the transaction (PostgreSQL); numbering and freezing go through it. */
export async function lockRound(db: Db, id: string): Promise<EnrolmentRoundRow | undefined> {
  return (
    await db.select().from(enrolmentRounds).where(eq(enrolmentRounds.id, id)).for("update").limit(1)
  )[0];
}

export async function findRoundByYearStage(db: Db, year: number, stage: string) {
  return (
    await db
      .select({ id: enrolmentRounds.id })
      .from(enrolmentRounds)
      .where(and(eq(enrolmentRounds.year, year), sql`${enrolmentRounds.stage} = ${stage}`))
      .limit(1)
  )[0];
}

export type NewRound = typeof enrolmentRounds.$inferInsert;

export async function insertRound(db: Db, values: NewRound): Promise<string> {
  const [row] = await db.insert(enrolmentRounds).values(values).returning({ id: enrolmentRounds.id });
  if (!row) throw new Error("insert enrolment round returned nothing");
  return row.id;
}

export async function updateRound(db: Db, id: string, values: Partial<NewRound>): Promise<void> {
  await db.update(enrolmentRounds).set(values).where(eq(enrolmentRounds.id, id));
}

/** Takes the next application number of the round. */
export async function takeNumber(db: Db, id: string): Promise<number> {
  const [row] = await db
    .update(enrolmentRounds)
    .set({ nextNumber: sql`${enrolmentRounds.nextNumber} + 1` })
    .where(eq(enrolmentRounds.id, id))
    .returning({ next: enrolmentRounds.nextNumber });
  return (row?.next ?? 1) - 1;
}

const district = alias(orgUnits, "plan_district");

export async function listPlans(db: Db, roundId: string) {
  return db
    .select({
      institutionId: enrolmentPlans.institutionId,
      code: orgUnits.code,
      name: orgUnits.name,
      ownership: institutionFacts.ownership,
      type: institutionFacts.type,
      district: { id: district.id, name: district.name },
      places: enrolmentPlans.places,
      inLottery: enrolmentPlans.inLottery,
      reservedPercent: enrolmentPlans.reservedPercent,
    })
    .from(enrolmentPlans)
    .innerJoin(orgUnits, eq(orgUnits.id, enrolmentPlans.institutionId))
    .innerJoin(institutionFacts, eq(institutionFacts.orgUnitId, enrolmentPlans.institutionId))
    .innerJoin(district, eq(district.id, institutionFacts.districtId))
    .where(eq(enrolmentPlans.roundId, roundId))
    .orderBy(asc(district.code), asc(orgUnits.code));
}

export type PlanRow = Awaited<ReturnType<typeof listPlans>>[number];

export async function upsertPlan(db: Db, values: typeof enrolmentPlans.$inferInsert): Promise<void> {
  await db
    .insert(enrolmentPlans)
    .values(values)
    .onConflictDoUpdate({
      target: [enrolmentPlans.roundId, enrolmentPlans.institutionId],
      set: {
        places: values.places,
        inLottery: values.inLottery ?? false,
        reservedPercent: values.reservedPercent ?? null,
        updatedAt: values.updatedAt ?? new Date(),
      },
    });
}

export async function findInstitution(db: Db, id: string) {
  return (
    await db
      .select({
        id: orgUnits.id,
        code: orgUnits.code,
        name: orgUnits.name,
        path: orgUnits.path,
        type: institutionFacts.type,
        ownership: institutionFacts.ownership,
      })
      .from(institutionFacts)
      .innerJoin(orgUnits, eq(orgUnits.id, institutionFacts.orgUnitId))
      .where(eq(institutionFacts.orgUnitId, id))
      .limit(1)
  )[0];
}
