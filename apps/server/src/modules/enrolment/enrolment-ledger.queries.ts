import { and, asc, eq, sql } from "drizzle-orm";
import type { LedgerEvent } from "@edubureau/domain/lottery";
import type { Db } from "../../db/database.ts";
import {
  enrolmentAnnouncements,
  enrolmentLedgerEvents,
  enrolmentPlacements,
  enrolmentPlaces,
} from "./enrolment.tables.ts";

export async function ledgerEvents(db: Db, roundId: string): Promise<LedgerEvent[]> {
  const rows = await db
    .select()
    .from(enrolmentLedgerEvents)
    .where(eq(enrolmentLedgerEvents.roundId, roundId))
    .orderBy(asc(enrolmentLedgerEvents.seq));
  return rows.map((r): LedgerEvent => {
    switch (r.kind) {
      case "round":
        return { kind: "round", round: r.roundLabel ?? "" };
      case "declined":
        return { kind: "declined", number: r.number ?? "", school: r.school ?? "", at: r.at.toISOString() };
      case "promoted":
        return {
          kind: "promoted",
          number: r.number ?? "",
          school: r.school ?? "",
          from: r.fromSchool,
          list: r.list ?? "",
        };
    }
  });
}

export async function appendLedgerEvents(
  db: Db,
  roundId: string,
  events: readonly LedgerEvent[],
  at: Date,
): Promise<void> {
  if (events.length === 0) return;
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${enrolmentLedgerEvents.seq}), 0)::int` })
    .from(enrolmentLedgerEvents)
    .where(eq(enrolmentLedgerEvents.roundId, roundId));
  const start = (row?.max ?? 0) + 1;
  await db.insert(enrolmentLedgerEvents).values(
    events.map((e, i) => ({
      roundId,
      seq: start + i,
      kind: e.kind,
      number: e.kind === "round" ? null : e.number,
      school: e.kind === "round" ? null : e.school,
      fromSchool: e.kind === "promoted" ? e.from : null,
      list: e.kind === "promoted" ? e.list : null,
      roundLabel: e.kind === "round" ? e.round : null,
      at: e.kind === "declined" ? new Date(e.at) : at,
    })),
  );
}

/** The places of the lottery: seats 1…capacity of each school, created once. */
export async function ensurePlaces(
  db: Db,
  roundId: string,
  capacity: ReadonlyMap<string, number>,
): Promise<void> {
  const rows = [...capacity].flatMap(([school, places]) =>
    Array.from({ length: places }, (_, i) => ({ roundId, school, seat: i + 1 })),
  );
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(enrolmentPlaces)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
  }
}

/**
 * Writes who holds which place now. The table's keys refuse a second place for a child, a second
 * holder for a place and a seat beyond the quota, so a wrong ledger fails the whole transaction.
 */
export async function replacePlacements(
  db: Db,
  roundId: string,
  held: ReadonlyMap<string, readonly string[]>,
): Promise<void> {
  await db.delete(enrolmentPlacements).where(eq(enrolmentPlacements.roundId, roundId));
  const rows = [...held].flatMap(([school, numbers]) =>
    numbers.map((number, i) => ({ roundId, number, school, seat: i + 1 })),
  );
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(enrolmentPlacements).values(rows.slice(i, i + 1000));
  }
}

export async function findAnnouncement(db: Db, roundId: string, phase: number) {
  return (
    await db
      .select()
      .from(enrolmentAnnouncements)
      .where(and(eq(enrolmentAnnouncements.roundId, roundId), eq(enrolmentAnnouncements.phase, phase)))
      .limit(1)
  )[0];
}

export async function listAnnouncements(db: Db, roundId: string) {
  return db
    .select()
    .from(enrolmentAnnouncements)
    .where(eq(enrolmentAnnouncements.roundId, roundId))
    .orderBy(asc(enrolmentAnnouncements.phase));
}

export async function insertAnnouncement(db: Db, values: typeof enrolmentAnnouncements.$inferInsert) {
  await db.insert(enrolmentAnnouncements).values(values);
}
