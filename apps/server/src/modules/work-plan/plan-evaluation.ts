import {
  evaluateMilestone,
  evaluateTarget,
  periodStates,
  rollUp,
  rollUpTask,
  TARGET_STATUS_LABELS,
  type Comparator,
  type IsoDate,
  type MilestoneStatus,
  type ReportState,
  type StatusSummary,
  type TargetStatus,
} from "@edubureau/domain/work-plan";
import type { Db } from "../../db/database.ts";
import { planNow, planToday } from "@edubureau/domain/work-plan";
import { latestAcceptedValues, submissions, type Submission } from "./plan-progress.queries.ts";
import {
  loadPlanStructure,
  type PlanRow,
  type PlanStructure,
  type UnitRef,
} from "./plan-structure.queries.ts";
import { boundValue, reportedValue, type CurrentValue, type ValueSources } from "./target-values.ts";
import { responsibleUnits } from "@edubureau/domain/work-plan";

export interface ShareEvaluation {
  unit: UnitRef;
  targetValue: number;
  current: number | null;
  status: TargetStatus;
  progress: number;
}

export interface TargetEvaluationView {
  id: string;
  taskId: string;
  code: string;
  name: string;
  unit: string;
  baseline: number | null;
  targetValue: number;
  comparator: Comparator;
  startDate: string;
  deadline: string;
  sourceQuote: string;
  bound: boolean;
  source: string;
  note: string | null;
  current: number | null;
  status: TargetStatus;
  progress: number;
  elapsed: number;
  shares: ShareEvaluation[];
}

export interface MilestoneEvaluation {
  id: string;
  code: string;
  name: string;
  dueDate: string;
  completedOn: string | null;
  status: MilestoneStatus;
}

export interface UnitPeriodState {
  unit: UnitRef;
  periodKey: string;
  periodLabel: string;
  periodStart: IsoDate;
  dueDate: IsoDate;
  state: ReportState;
  reportId: string | null;
  /** Review state of the period's report: awaiting review, accepted, or returned (then it is not in). */
  reportStatus: "submitted" | "accepted" | "returned" | null;
}

export interface TaskEvaluation {
  id: string;
  code: string;
  title: string;
  focusAreaId: string;
  leadUnit: UnitRef;
  coUnits: UnitRef[];
  /** Every unit that owes reports: lead, co-operating units and districts holding a share. */
  responsibleUnits: UnitRef[];
  summary: StatusSummary;
  targets: TargetEvaluationView[];
  milestones: MilestoneEvaluation[];
  reports: UnitPeriodState[];
}

export interface FocusAreaEvaluation {
  id: string;
  code: string;
  seq: number;
  title: string;
  summary: string;
  status: StatusSummary;
  taskIds: string[];
}

export interface PlanEvaluation {
  plan: PlanRow;
  today: IsoDate;
  at: Date;
  summary: StatusSummary;
  focusAreas: FocusAreaEvaluation[];
  tasks: TaskEvaluation[];
  structure: PlanStructure;
}

function responsibleUnitsOf(task: PlanStructure["tasks"][number]): UnitRef[] {
  const shareHolders = task.targets.flatMap((t) => t.shares.map((s) => s.unit));
  return responsibleUnits({ lead: task.leadUnit, coUnits: task.coUnits, shareHolders }, (u) => u.id);
}

/**
 * Judges a whole plan at one moment: every target's live or reported value and status, milestones,
 * which reports are in or overdue, and the roll-up to tasks, focus areas and the plan.
 */
export async function evaluatePlan(
  db: Db,
  sources: ValueSources,
  plan: PlanRow,
  now: Date,
): Promise<PlanEvaluation> {
  const at = planNow(plan.evaluationDate, now);
  const today = planToday(plan.evaluationDate, now);
  // One after another: inside a transaction (the seed) both engines run one query at a time anyway.
  const structure = await loadPlanStructure(db, plan);
  const reported = await latestAcceptedValues(db, plan.id);
  const submitted = await submissions(db, plan.id);
  const tasks: TaskEvaluation[] = [];
  for (const task of structure.tasks) {
    const targets: TargetEvaluationView[] = [];
    for (const target of task.targets) {
      const valueFor = (unit: UnitRef | null): Promise<CurrentValue> =>
        target.binding.kind === "indicator"
          ? boundValue(sources, target, unit ?? structure.city, at)
          : Promise.resolve(reportedValue(target, task, reported, unit?.id));
      const total = await valueFor(null);
      const evaluation = evaluateTarget({ target, current: total.value, now: at });
      const shares: ShareEvaluation[] = [];
      for (const share of target.shares) {
        const value = await valueFor(share.unit);
        const e = evaluateTarget({
          target: { ...target, baseline: null, targetValue: share.value },
          current: value.value,
          now: at,
        });
        shares.push({
          unit: share.unit,
          targetValue: share.value,
          current: value.value,
          status: e.status,
          progress: e.progress,
        });
      }
      targets.push({
        id: target.id,
        taskId: task.id,
        code: target.code,
        name: target.name,
        unit: target.unit,
        baseline: target.baseline,
        targetValue: target.targetValue,
        comparator: target.comparator,
        startDate: target.startDate,
        deadline: target.deadline,
        sourceQuote: target.sourceQuote,
        bound: target.binding.kind === "indicator",
        source: total.source,
        note: total.note,
        current: total.value,
        status: evaluation.status,
        progress: evaluation.progress,
        elapsed: evaluation.elapsed,
        shares,
      });
    }
    const milestones = task.milestones.map((m) => ({
      id: m.id,
      code: m.code,
      name: m.name,
      dueDate: m.dueDate,
      completedOn: m.completedOn,
      status: evaluateMilestone({ dueDate: m.dueDate, completedOn: m.completedOn, now: at }),
    }));
    const units = responsibleUnitsOf(task);
    tasks.push({
      id: task.id,
      code: task.code,
      title: task.title,
      focusAreaId: task.focusAreaId,
      leadUnit: task.leadUnit,
      coUnits: task.coUnits,
      responsibleUnits: units,
      summary: rollUpTask({ targets, milestones: milestones.map((m) => m.status) }),
      targets,
      milestones,
      reports: units.flatMap((unit) => reportStatesOf(plan, task.id, unit, submitted, at)),
    });
  }
  const focusAreas = structure.focusAreas.map((area) => {
    const own = tasks.filter((t) => t.focusAreaId === area.id);
    return {
      id: area.id,
      code: area.code,
      seq: area.seq,
      title: area.title,
      summary: area.summary,
      status: rollUp(own.map((t) => t.summary)),
      taskIds: own.map((t) => t.id),
    };
  });
  return {
    plan,
    today,
    at,
    summary: rollUp(tasks.map((t) => t.summary)),
    focusAreas,
    tasks,
    structure,
  };
}

function reportStatesOf(
  plan: PlanRow,
  taskId: string,
  unit: UnitRef,
  submitted: readonly Submission[],
  at: Date,
): UnitPeriodState[] {
  const mine = submitted.filter((s) => s.taskId === taskId && s.orgUnitId === unit.id);
  const returned = new Set(mine.filter((s) => s.status === "returned").map((s) => s.periodKey));
  const counted = mine.filter((s) => s.status !== "returned");
  const byPeriod = new Map(counted.map((s) => [s.periodKey, s]));
  return periodStates({
    year: plan.year,
    frequency: plan.reportingFrequency,
    submissions: new Map(counted.map((s) => [s.periodKey, s.submittedOn])),
    now: at,
  }).map(({ period, state }) => ({
    unit,
    periodKey: period.key,
    periodLabel: period.label,
    periodStart: period.start,
    dueDate: period.dueDate,
    state,
    reportId: byPeriod.get(period.key)?.reportId ?? null,
    reportStatus: byPeriod.get(period.key)?.status ?? (returned.has(period.key) ? "returned" : null),
  }));
}

export const statusLabel = (status: TargetStatus): string => TARGET_STATUS_LABELS[status];
