import {
  ledgerInputs,
  ledgerPlacement,
  replayLedger,
  type BundleRound,
  type PlacementLedger,
} from "@edubureau/domain/lottery";
import type { Db } from "../../db/database.ts";
import * as dq from "./enrolment-draws.queries.ts";
import * as lq from "./enrolment-ledger.queries.ts";
import type { EnrolmentDrawRow } from "./enrolment.tables.ts";

export interface PublishedPhase {
  draw: EnrolmentDrawRow;
  result: BundleRound;
}

/** The published draws of a round, phase 1 first. */
export async function publishedPhases(db: Db, roundId: string): Promise<PublishedPhase[]> {
  const phases: PublishedPhase[] = [];
  for (const phase of [1, 2]) {
    const draw = await dq.currentDraw(db, roundId, phase);
    if (draw?.status !== "published" || draw.result === null) continue;
    phases.push({ draw, result: draw.result });
  }
  return phases;
}

export interface RoundLedger {
  phases: PublishedPhase[];
  ledger: PlacementLedger;
}

/** The round's placement ledger, replayed from its log on the published draws. */
export async function loadLedger(db: Db, roundId: string): Promise<RoundLedger> {
  const phases = await publishedPhases(db, roundId);
  const inputs = ledgerInputs(await lq.ledgerEvents(db, roundId));
  const replayed = replayLedger(
    phases.map((p) => p.result),
    inputs,
    phases.map((p) => p.draw.setup),
  );
  // The log is written only through this module in the transaction that changes it.
  if (!replayed.ok) throw new Error(`招生名额台账无法重放：${replayed.message}`);
  return { phases, ledger: replayed.value };
}

/** Appends the ledger's events from `from` on and rewrites the placements, in the caller's transaction. */
export async function recordLedger(
  tx: Db,
  roundId: string,
  ledger: PlacementLedger,
  from: number,
  at: Date,
): Promise<void> {
  await lq.appendLedgerEvents(tx, roundId, ledger.events.slice(from), at);
  await lq.ensurePlaces(tx, roundId, ledger.capacity);
  await lq.replacePlacements(tx, roundId, ledger.held);
}

export type Placement =
  | { kind: "admitted"; phase: number; school: string }
  | { kind: "declined"; phase: number; school: string }
  | { kind: "waiting"; phase: number; school: string; position: number }
  | { kind: "unplaced"; phase: number }
  | { kind: "none" };

/** Where an applicant stands in the ledger; `phase` is the round that placed them or the last they took part in. */
export function placementOf({ phases, ledger }: RoundLedger, number: string): Placement {
  const phaseOf = (label: string) => phases.find((p) => p.result.label === label)?.draw.phase ?? 1;
  const listed = phases.filter((p) =>
    p.result.lists.some((l) => l.applicants.some((a) => a.number === number)),
  );
  const last = listed.at(-1)?.draw.phase ?? 1;
  const at = ledgerPlacement(ledger, number);
  switch (at.kind) {
    case "admitted":
      return { kind: "admitted", phase: phaseOf(at.round), school: at.school };
    case "declined": {
      const event = ledger.events.find((e) => e.kind === "declined" && e.number === number);
      return { kind: "declined", phase: last, school: event?.kind === "declined" ? event.school : "" };
    }
    case "waiting":
      return { kind: "waiting", phase: last, school: at.school, position: at.position };
    case "unplaced":
      return { kind: "unplaced", phase: last };
    case "none":
      return { kind: "none" };
  }
}
