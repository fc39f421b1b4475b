import type { PartialUnitRule } from "./lottery-types.ts";

/**
 * The input both mechanisms share, in indices. Entities are numbered in lottery order
 * (0 drew the best number) and every school ranks them that way: one lottery number
 * per applicant or unit, the same at every school. Entity e needs sizes[e] places and
 * lists choices[e] (school indices, most preferred first).
 */
export interface AllocationProblem {
  quotas: readonly number[];
  sizes: readonly number[];
  choices: readonly (readonly number[])[];
  rule: PartialUnitRule;
}

/** School index per entity, -1 when unplaced. */
export type Assignment = Int32Array;

export interface Fill {
  accepted: number[];
  /** True when, under "stop", a candidate did not fit and closed the school. */
  stopped: boolean;
}

/**
 * Fills `seats` from candidates in lottery order. A candidate that does not fit is
 * passed over; under "skip" later smaller candidates may still fit, under "stop"
 * nobody after it is admitted (docs/lottery.md §多胞胎).
 */
export function fillSeats(
  candidates: readonly number[],
  sizes: readonly number[],
  seats: number,
  rule: PartialUnitRule,
): Fill {
  const accepted: number[] = [];
  let left = seats;
  for (const e of candidates) {
    const size = sizes[e] ?? 1;
    if (size <= left) {
      accepted.push(e);
      left -= size;
    } else if (rule === "stop") {
      return { accepted, stopped: true };
    }
  }
  return { accepted, stopped: false };
}
