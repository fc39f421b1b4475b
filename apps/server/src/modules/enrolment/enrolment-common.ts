import { beijingDate } from "@edubureau/domain/work-plan";
import { checkWindow, type WindowKind } from "@edubureau/domain/enrolment";
import type { Db } from "../../db/database.ts";
import type { Clock } from "../../http/clock.ts";
import { AppError, problems } from "../../http/problem.ts";
import type { EnrolmentRoundRow } from "./enrolment.tables.ts";
import * as rq from "./enrolment-rounds.queries.ts";

/** A calendar refusal: 409 with the window and its dates named, so the page can show it as is. */
export function requireWindow(clock: Clock, round: EnrolmentRoundRow, kind: WindowKind): void {
  const open = checkWindow(round.calendar, kind, beijingDate(clock.now()));
  if (!open.ok)
    throw new AppError("conflict", "不在规定时间内", open.message, [
      { field: open.field, message: open.message },
    ]);
}

export async function getRound(db: Db, id: string, lock = false): Promise<EnrolmentRoundRow> {
  const round = lock ? await rq.lockRound(db, id) : await rq.findRound(db, id);
  if (!round) throw problems.notFound("招生轮次");
  return round;
}

/** Applicant numbers and school codes are opaque to the public; everything else about a round is public. */
export function roundView(round: EnrolmentRoundRow) {
  return {
    id: round.id,
    year: round.year,
    stage: round.stage,
    name: round.name,
    code: round.code,
    maxChoices: round.maxChoices,
    mechanism: round.mechanism,
    secondMechanism: round.secondMechanism,
    partialUnit: round.partialUnit,
    calendar: round.calendar,
    seedAnnouncement: { digits: round.seedDigits, labels: round.seedLabels },
  };
}

export type RoundView = ReturnType<typeof roundView>;

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends Date
    ? T
    : T extends object
      ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
      : T;

/** The lottery's types are readonly; zod's response types are not. The data is only serialised, never mutated. */
export function wire<T>(value: T): DeepMutable<T> {
  return value as DeepMutable<T>;
}
