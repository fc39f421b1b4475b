import { compareText } from "./lottery-text.ts";
import type { PlacementLedger } from "./placement-ledger.ts";

export interface LedgerSchoolFigures {
  school: string;
  /** Places in the lottery (the first round's quota). */
  places: number;
  admitted: number;
  free: number;
  /** Children on the school's waiting lists who would still move there. */
  waiting: number;
}

/**
 * The public figures, all from the ledger, so they always add up: places = admitted + free per
 * school, and applicants = admitted + unplaced + declined over the round.
 */
export interface LedgerFigures {
  schools: LedgerSchoolFigures[];
  places: number;
  admitted: number;
  free: number;
  applicants: number;
  unplaced: number;
  declined: number;
}

export function ledgerFigures(ledger: PlacementLedger): LedgerFigures {
  const schools = [...ledger.capacity.keys()].sort(compareText).map((school) => {
    const waiting = ledger.countWaiting(school);
    const places = ledger.capacity.get(school) ?? 0;
    const admitted = ledger.held.get(school)?.length ?? 0;
    return { school, places, admitted, free: places - admitted, waiting };
  });
  const sum = (pick: (s: LedgerSchoolFigures) => number) => schools.reduce((n, s) => n + pick(s), 0);
  const admitted = sum((s) => s.admitted);
  const applicants = ledger.choices.size;
  return {
    schools,
    places: sum((s) => s.places),
    admitted,
    free: sum((s) => s.free),
    applicants,
    unplaced: applicants - admitted - ledger.declined.size,
    declined: ledger.declined.size,
  };
}

export type LedgerPlacement =
  | { kind: "admitted"; school: string; round: string }
  | { kind: "declined" }
  | { kind: "waiting"; school: string; position: number }
  | { kind: "unplaced" }
  | { kind: "none" };

/** Where one child stands: their place, or the first school (in their order) they wait for, and where. */
export function ledgerPlacement(ledger: PlacementLedger, number: string): LedgerPlacement {
  if (ledger.declined.has(number)) return { kind: "declined" };
  const school = ledger.holder.get(number);
  if (school !== undefined) return { kind: "admitted", school, round: ledger.via.get(number) ?? "" };
  const choices = ledger.choices.get(number);
  if (choices === undefined) return { kind: "none" };
  for (const code of choices) {
    let position = 0;
    for (const entry of ledger.waitingFor(code)) {
      if (!ledger.wants(entry.number, code)) continue;
      position += 1;
      if (entry.number === number) return { kind: "waiting", school: code, position };
    }
  }
  return { kind: "unplaced" };
}
