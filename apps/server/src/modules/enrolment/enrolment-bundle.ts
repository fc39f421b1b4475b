import {
  createBundle,
  type BundleRound,
  type LotteryBundle,
  type PreviousDraw,
} from "@edubureau/domain/lottery";
import type { Db } from "../../db/database.ts";
import * as dq from "./enrolment-draws.queries.ts";
import { loadLedger } from "./enrolment-results.ts";
import type { EnrolmentDrawRow } from "./enrolment.tables.ts";

/**
 * Draws of a phase that a redraw replaced, oldest first, each with the reason and time of the draw
 * that replaced it: the bundle keeps the full history and verify-draw checks every version.
 */
export function previousDraws(draws: readonly EnrolmentDrawRow[], phase: number): PreviousDraw[] {
  const versions = draws.filter((d) => d.phase === phase && d.result !== null);
  const previous: PreviousDraw[] = [];
  for (const [i, draw] of versions.entries()) {
    const next = versions[i + 1];
    if (draw.status !== "superseded" || draw.result === null || next === undefined) continue;
    previous.push({
      seedInputs: draw.result.seedInputs,
      seed: draw.result.seed,
      outcome: draw.result.outcome,
      ...(draw.drawnAt ? { drawnAt: draw.drawnAt.toISOString() } : {}),
      replacedAt: (next.drawnAt ?? next.createdAt).toISOString(),
      reason: next.redrawReason ?? "",
    });
  }
  return previous;
}

/** The public bundle of a round: its published rounds with their redraw history and the ledger's log. */
export async function drawBundle(db: Db, roundId: string): Promise<LotteryBundle | null> {
  const { phases, ledger } = await loadLedger(db, roundId);
  if (phases.length === 0) return null;
  const draws = await dq.listDraws(db, roundId);
  const rounds = phases.map(({ draw, result }): BundleRound => {
    const history = previousDraws(draws, draw.phase);
    const drawnAt = result.drawnAt ?? draw.drawnAt?.toISOString();
    return {
      ...result,
      ...(drawnAt ? { drawnAt } : {}),
      ...(history.length > 0 ? { previousDraws: history } : {}),
    };
  });
  return { ...createBundle(rounds), events: ledger.events };
}
