import { dayEndMs, dayStartMs } from "./plan-dates.ts";
import type { IsoDate } from "./plan-dates.ts";
import type { Comparator } from "./target-kinds.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * Status of one numeric target at a moment: how far the value has moved from baseline to target
 * (progress) compared with how much of the target's time has passed (elapsed).
 *
 * The expectation is linear in time. Real plan work is back-loaded — schools open in September,
 * honours are announced around Teachers' Day, designations are approved at year end — so the
 * thresholds below leave generous slack before a target is called behind.
 */
export const { codes: TARGET_STATUSES, labels: TARGET_STATUS_LABELS } = labelledCodes({
  not_started: "未开始",
  on_track: "正常推进",
  lagging: "滞后",
  seriously_lagging: "严重滞后",
  completed: "已完成",
  overdue: "逾期未完成",
});
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * 滞后 when progress trails elapsed time by MORE than 15 points. On a one-year target that is
 * about two months: one missed monthly report plus the usual reporting delay, so a target is
 * not flagged for paperwork lag alone. Exactly 15 points behind is still 正常推进.
 */
export const LAG_THRESHOLD = 0.15;
/**
 * 严重滞后 when progress trails by MORE than 30 points: over a full quarter behind, i.e. a whole
 * quarterly reporting cycle has passed without the expected movement. This is the level that
 * raises a 督办单, so it must not fire on seasonal timing (15 points of slack are already spent).
 */
export const SERIOUS_LAG_THRESHOLD = 0.3;
/**
 * With nothing reported, a target stays 未开始 for the first 10% of its time (about five weeks
 * of a year), the time a division needs to set up reporting; after that a missing value counts
 * as zero progress.
 */
export const NOT_STARTED_GRACE = 0.1;
/** Computed ratios carry float noise (0.1 + 0.2); a value this close to the target counts as reached. */
export const REACHED_TOLERANCE = 1e-9;
/** Lag is rounded to a millionth so a case exactly on a threshold is not flipped by binary floating point. */
const LAG_PRECISION = 1e6;
/** Unreached targets stay strictly below 1 even when within float noise of it, so 1 always means reached. */
const NEXT_BELOW_ONE = 1 - Number.EPSILON;

export interface TargetSchedule {
  baseline: number | null;
  targetValue: number;
  comparator: Comparator;
  startDate: IsoDate;
  deadline: IsoDate;
}

type TargetGoal = Pick<TargetSchedule, "baseline" | "targetValue" | "comparator">;

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function reported(current: number | null): current is number {
  return current !== null && Number.isFinite(current);
}

export function isTargetReached(target: Omit<TargetGoal, "baseline">, current: number | null): boolean {
  if (!reported(current)) return false;
  switch (target.comparator) {
    case ">=":
      return current >= target.targetValue - REACHED_TOLERANCE;
    case "<=":
      return current <= target.targetValue + REACHED_TOLERANCE;
    case "=":
      return Math.abs(current - target.targetValue) <= REACHED_TOLERANCE;
  }
}

/**
 * Share of the way from baseline to target, in [0, 1]; exactly 1 when and only when the target is
 * reached. No value → 0. ">=" and "=" start from 0 when the baseline is unknown. A "<=" target
 * ("reduce to") has no natural starting point without a baseline, so it is all or nothing. When
 * the baseline already meets or passes the target there is no distance to cover: again all or nothing.
 */
export function targetProgress(target: TargetGoal, current: number | null): number {
  if (!reported(current)) return 0;
  if (isTargetReached(target, current)) return 1;
  const { targetValue } = target;
  switch (target.comparator) {
    case ">=": {
      const start = target.baseline ?? 0;
      const span = targetValue - start;
      return span > 0 ? Math.min(clamp01((current - start) / span), NEXT_BELOW_ONE) : 0;
    }
    case "<=": {
      if (target.baseline === null) return 0;
      const span = target.baseline - targetValue;
      return span > 0 ? Math.min(clamp01((target.baseline - current) / span), NEXT_BELOW_ONE) : 0;
    }
    case "=": {
      const span = Math.abs(targetValue - (target.baseline ?? 0));
      return span > 0 ? Math.min(clamp01(1 - Math.abs(current - targetValue) / span), NEXT_BELOW_ONE) : 0;
    }
  }
}

/**
 * Share of the target's time that has passed, in [0, 1]. The span runs from 00:00 Beijing time on
 * the start day to the end of the deadline day, so work done on the deadline day still counts.
 */
export function elapsedFraction(schedule: Pick<TargetSchedule, "startDate" | "deadline">, now: Date): number {
  const start = dayStartMs(schedule.startDate);
  const end = dayEndMs(schedule.deadline);
  const at = now.getTime();
  if (end <= start) return at >= end ? 1 : 0;
  return clamp01((at - start) / (end - start));
}

export interface TargetEvaluation {
  status: TargetStatus;
  progress: number;
  elapsed: number;
  reached: boolean;
}

export interface EvaluateTargetOptions {
  target: TargetSchedule;
  /** Latest value, from a binding or a division's report; null when nothing has been reported. */
  current: number | null;
  now: Date;
}

/**
 * Order of the rules matters: reaching the target wins at any time (even before the start or
 * after the deadline); then the deadline; then the start; only inside the window is lag measured.
 */
export function evaluateTarget({ target, current, now }: EvaluateTargetOptions): TargetEvaluation {
  const reached = isTargetReached(target, current);
  const progress = targetProgress(target, current);
  const elapsed = elapsedFraction(target, now);
  const result = (status: TargetStatus): TargetEvaluation => ({ status, progress, elapsed, reached });

  if (reached) return result("completed");
  if (now.getTime() >= dayEndMs(target.deadline)) return result("overdue");
  if (now.getTime() < dayStartMs(target.startDate)) return result("not_started");
  if (!reported(current) && elapsed < NOT_STARTED_GRACE) return result("not_started");
  const lag = Math.round((elapsed - progress) * LAG_PRECISION) / LAG_PRECISION;
  if (lag > SERIOUS_LAG_THRESHOLD) return result("seriously_lagging");
  if (lag > LAG_THRESHOLD) return result("lagging");
  return result("on_track");
}
