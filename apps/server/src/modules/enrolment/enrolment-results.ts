import { replayDeclines, type WaitingListState } from "@edubureau/domain/enrolment";
import type { BundleRound } from "@edubureau/domain/lottery";
import type { Db } from "../../db/database.ts";
import * as dq from "./enrolment-draws.queries.ts";
import type { EnrolmentDrawRow } from "./enrolment.tables.ts";

export interface PublishedPhase {
  draw: EnrolmentDrawRow;
  result: BundleRound;
  state: WaitingListState;
}

/** The published draws of a round, phase 1 first, with declines replayed on each. */
export async function publishedPhases(db: Db, roundId: string): Promise<PublishedPhase[]> {
  const phases: PublishedPhase[] = [];
  for (const phase of [1, 2]) {
    const draw = await dq.currentDraw(db, roundId, phase);
    if (draw?.status !== "published" || draw.result === null) continue;
    phases.push({
      draw,
      result: draw.result,
      state: replayDeclines(draw.result, await dq.declinesOf(db, draw.id)),
    });
  }
  return phases;
}

export type Placement =
  | { kind: "admitted"; phase: number; school: string }
  | { kind: "declined"; phase: number; school: string }
  | { kind: "waiting"; phase: number; school: string; position: number }
  | { kind: "unplaced"; phase: number }
  | { kind: "none" };

/** Where an applicant stands after the published phases, the latest phase they took part in first. */
export function placementOf(phases: readonly PublishedPhase[], number: string): Placement {
  for (const { draw, result, state } of [...phases].reverse()) {
    const phase = draw.phase;
    const listed = result.lists.some((l) => l.applicants.some((a) => a.number === number));
    if (!listed) continue;
    for (const [school, numbers] of state.admitted)
      if (numbers.includes(number)) return { kind: "admitted", phase, school };
    const declined = state.moves.find((m) => m.kind === "declined" && m.number === number);
    if (declined) return { kind: "declined", phase, school: declined.school };
    for (const school of result.outcome.schools) {
      const admitted = state.admitted.get(school.school) ?? [];
      const ahead = school.waiting.filter((n) => !admitted.includes(n));
      const position = ahead.indexOf(number);
      if (position >= 0) return { kind: "waiting", phase, school: school.school, position: position + 1 };
    }
    return { kind: "unplaced", phase };
  }
  return { kind: "none" };
}
