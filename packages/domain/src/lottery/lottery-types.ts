/**
 * Types of the publicly verifiable lottery (民办初中微机派位). The spec a third party
 * reimplements is docs/lottery.md; names here match its headings.
 */

/** 志愿优先 (Boston) or 平行志愿 (student-proposing deferred acceptance). */
export type Mechanism = "boston" | "deferred-acceptance";

/**
 * What a school does when a sibling unit is next in rank order but fewer places remain
 * than it has members. "skip": the unit waits and later applicants may take the places
 * (the usual rule: 名额不足时多胞胎不录取，名额顺延). "stop": nobody behind the unit is
 * admitted in this round, so rank order is never jumped; the places go to the next round.
 */
export type PartialUnitRule = "skip" | "stop";

/** Twins or multiples who apply together and are admitted together or not at all. */
export interface SiblingUnit {
  id: string;
  members: readonly string[];
}

export interface SchoolQuota {
  code: string;
  /** Places offered in this round (招生计划). */
  quota: number;
}

export interface ApplicantChoices {
  /** 报名号: the only applicant data that is published. */
  number: string;
  /** School codes, most preferred first (第一志愿 first). */
  choices: readonly string[];
}

/** Everything frozen before a round's draw. */
export interface RoundSetup {
  label: string;
  mechanism: Mechanism;
  partialUnit: PartialUnitRule;
  schools: readonly SchoolQuota[];
  applicants: readonly ApplicantChoices[];
  units: readonly SiblingUnit[];
}

/** One school's published list: who applied, at which choice, and the SHA-256 of its canonical text. */
export interface FrozenList {
  school: string;
  quota: number;
  applicants: readonly { number: string; choice: number }[];
  units: readonly SiblingUnit[];
  digest: string;
}

/**
 * A future public value the bureau cannot control (a stock index close, a randomness beacon output),
 * named in the announcement before the draw and written as `digits` decimal digits by the rule in `source`.
 */
export interface PublicValueSpec {
  label: string;
  digits: number;
  /** Where and how to read the value, in words anyone can follow. One line. */
  source: string;
  /** ISO time after which the value is public. */
  availableAt: string;
}

/**
 * Announced before the draw: which inputs will be drawn on site (`labels`, `digits` digits each)
 * and which public values join them.
 */
export interface SeedAnnouncement {
  digits: number;
  labels: readonly string[];
  publicValues?: readonly PublicValueSpec[];
  /** Published digests of on-site numbers chosen in advance (seed-commitment.ts); optional per label. */
  commitments?: readonly SeedCommitment[];
}

export interface SeedCommitment {
  label: string;
  /** Hex SHA-256 of `label:value:nonce`. */
  digest: string;
}

export interface SeedInput {
  label: string;
  value: string;
  /** Revealed at the draw for a committed on-site number; not part of the seed text. */
  nonce?: string;
}

export interface SchoolOutcome {
  school: string;
  /** More places asked for (counting every applicant who listed the school) than offered. */
  oversubscribed: boolean;
  /** In lottery order; a unit's members together, in applicant-number order. */
  admitted: readonly string[];
  /** Applicants who listed the school and hold nothing they prefer, in lottery order. */
  waiting: readonly string[];
}

export interface RoundOutcome {
  schools: readonly SchoolOutcome[];
  /** Applicants placed nowhere in this round, in lottery order. */
  unplaced: readonly string[];
}

export interface BundleRound {
  label: string;
  mechanism: Mechanism;
  partialUnit: PartialUnitRule;
  lists: readonly FrozenList[];
  seedAnnouncement: SeedAnnouncement;
  seedInputs: readonly SeedInput[];
  /** Hex SHA-256 of the seed text. */
  seed: string;
  outcome: RoundOutcome;
  /** ISO time of the draw; checked against the announcement's earliest draw time. */
  drawnAt?: string;
  /** SHA-256 of the draw announcement (派位公告) this round followed. */
  announcementDigest?: string;
  /** Earlier draws of the same lists replaced by a public redraw, oldest first. */
  previousDraws?: readonly PreviousDraw[];
}

/** A draw replaced by a redraw (重新派位): kept in the bundle with the reason, and verified too. */
export interface PreviousDraw {
  seedInputs: readonly SeedInput[];
  seed: string;
  outcome: RoundOutcome;
  drawnAt?: string;
  replacedAt: string;
  /** Why it was replaced, as the system administrator wrote it. */
  reason: string;
}

/** One entry of the placement ledger's event log (docs/lottery.md §递补). */
export type LedgerEvent =
  | { kind: "round"; round: string }
  | { kind: "declined"; number: string; school: string; at: string }
  | { kind: "promoted"; number: string; school: string; from: string | null; list: string };

/** The published record of a draw: enough to recompute every result (see verifyBundle). */
export interface LotteryBundle {
  algorithmVersion: string;
  rounds: readonly BundleRound[];
  /** The placement ledger's log; absent means every round joined with nobody declining. */
  events?: readonly LedgerEvent[];
}

export type LotteryResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function lotteryFailure<T>(message: string): LotteryResult<T> {
  return { ok: false, message };
}
