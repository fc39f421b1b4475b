import type { MilestoneStatus } from "./milestone-status.ts";
import { TARGET_STATUSES } from "./target-status.ts";
import type { TargetStatus } from "./target-status.ts";

/**
 * Worst-of order for roll-ups, best first. A task is as bad as its worst part: one overdue target
 * makes the task overdue. 未开始 ranks better than 正常推进 because it is no evidence of trouble,
 * but a task with some parts done and some not yet started is reported 正常推进 (see rollUp).
 */
export const STATUS_SEVERITY: Record<TargetStatus, number> = {
  completed: 0,
  not_started: 1,
  on_track: 2,
  lagging: 3,
  seriously_lagging: 4,
  overdue: 5,
};

/**
 * How a milestone counts in a task roll-up: a missed milestone is a commitment past its date, so
 * overdue; an open one has not started to matter yet.
 */
export const MILESTONE_AS_TARGET_STATUS: Record<MilestoneStatus, TargetStatus> = {
  done: "completed",
  pending: "not_started",
  late: "overdue",
};

export type StatusCounts = Record<TargetStatus, number>;

export interface StatusSummary {
  status: TargetStatus;
  /** Mean progress of the parts, in [0, 1]. */
  progress: number;
  /** How many direct parts are in each status. */
  counts: StatusCounts;
}

export function countByStatus(statuses: Iterable<TargetStatus>): StatusCounts {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const status of statuses) counts[status] += 1;
  return counts;
}

export function worstStatus(statuses: readonly TargetStatus[]): TargetStatus {
  if (statuses.length === 0) return "not_started";
  const worst = statuses.reduce((a, b) => (STATUS_SEVERITY[b] > STATUS_SEVERITY[a] ? b : a));
  // Worst-of would call "one target done, one not yet started" 未开始; the task has begun.
  const begun = statuses.some((s) => s === "completed" || s === "on_track");
  return worst === "not_started" && begun ? "on_track" : worst;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

interface Part {
  status: TargetStatus;
  progress: number;
}

/** Roll-up of any parts (targets of a task, tasks of a focus area, focus areas of a plan). */
export function rollUp(parts: readonly Part[]): StatusSummary {
  const statuses = parts.map((p) => p.status);
  return {
    status: worstStatus(statuses),
    progress: mean(parts.map((p) => p.progress)),
    counts: countByStatus(statuses),
  };
}

export interface RollUpTaskOptions {
  targets: readonly Part[];
  milestones: readonly MilestoneStatus[];
}

/**
 * Status is worst-of over targets and milestones together. Progress is the mean of target
 * progress; a qualitative task with milestones only uses the share of milestones done, so it
 * still shows movement. Counts cover targets and milestones (as their target-status equivalents).
 */
export function rollUpTask({ targets, milestones }: RollUpTaskOptions): StatusSummary {
  const milestoneParts = milestones.map((m) => ({
    status: MILESTONE_AS_TARGET_STATUS[m],
    progress: m === "done" ? 1 : 0,
  }));
  const all = rollUp([...targets, ...milestoneParts]);
  const progress = targets.length > 0 ? mean(targets.map((t) => t.progress)) : all.progress;
  return { ...all, progress };
}

/** A focus area (or the whole plan) from its tasks: same worst-of rule, mean of task progress. */
export function rollUpFocusArea(tasks: readonly StatusSummary[]): StatusSummary {
  return rollUp(tasks);
}
