import { asc, eq, inArray } from "drizzle-orm";
import type { Comparator, ReportingFrequency, TargetBinding } from "@edubureau/domain/work-plan";
import type { Db } from "../../db/database.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import {
  focusAreas,
  planMilestones,
  planTargets,
  planTargetShares,
  planTasks,
  planTaskUnits,
  workPlans,
} from "./work-plan.tables.ts";

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
}

export interface PlanRow {
  id: string;
  cityUnitId: string;
  year: number;
  title: string;
  issuer: string;
  publishDate: string;
  sourceUrl: string | null;
  sourceNote: string;
  reportingFrequency: ReportingFrequency;
  demoDataNote: string | null;
  evaluationDate: string | null;
}

export interface TargetRow {
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
  binding: TargetBinding;
  shares: { unit: UnitRef; value: number }[];
}

export interface MilestoneRow {
  id: string;
  taskId: string;
  code: string;
  name: string;
  dueDate: string;
  completedOn: string | null;
}

export interface TaskRow {
  id: string;
  focusAreaId: string;
  code: string;
  seq: number;
  title: string;
  text: string;
  leadUnit: UnitRef;
  coUnits: UnitRef[];
  targets: TargetRow[];
  milestones: MilestoneRow[];
}

export interface FocusAreaRow {
  id: string;
  code: string;
  seq: number;
  title: string;
  summary: string;
  tasks: TaskRow[];
}

/** A plan with everything under it, in the plan's order. */
export interface PlanStructure {
  plan: PlanRow;
  focusAreas: FocusAreaRow[];
  tasks: TaskRow[];
  units: Map<string, UnitRef>;
  /** The plan's city: bound targets are measured over its whole tree. */
  city: UnitRef;
}

export async function listPlans(db: Db): Promise<PlanRow[]> {
  return db.select(planColumns).from(workPlans).orderBy(asc(workPlans.year));
}

const planColumns = {
  id: workPlans.id,
  cityUnitId: workPlans.cityUnitId,
  year: workPlans.year,
  title: workPlans.title,
  issuer: workPlans.issuer,
  publishDate: workPlans.publishDate,
  sourceUrl: workPlans.sourceUrl,
  sourceNote: workPlans.sourceNote,
  reportingFrequency: workPlans.reportingFrequency,
  demoDataNote: workPlans.demoDataNote,
  evaluationDate: workPlans.evaluationDate,
};

export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select(planColumns).from(workPlans).where(eq(workPlans.id, id));
  return row;
}

export async function loadPlanStructure(db: Db, plan: PlanRow): Promise<PlanStructure> {
  // Sequential on purpose: the seed calls this inside a transaction (one query at a time per client).
  const areas = await db
    .select()
    .from(focusAreas)
    .where(eq(focusAreas.planId, plan.id))
    .orderBy(asc(focusAreas.seq));
  const tasks = await db
    .select()
    .from(planTasks)
    .where(eq(planTasks.planId, plan.id))
    .orderBy(asc(planTasks.seq));
  const taskIds = tasks.map((t) => t.id);
  const none = taskIds.length === 0;
  const taskUnits = none
    ? []
    : await db.select().from(planTaskUnits).where(inArray(planTaskUnits.taskId, taskIds));
  const targets = none
    ? []
    : await db
        .select()
        .from(planTargets)
        .where(inArray(planTargets.taskId, taskIds))
        .orderBy(asc(planTargets.code));
  const milestones = none
    ? []
    : await db
        .select()
        .from(planMilestones)
        .where(inArray(planMilestones.taskId, taskIds))
        .orderBy(asc(planMilestones.code));
  const shares =
    targets.length === 0
      ? []
      : await db
          .select()
          .from(planTargetShares)
          .where(
            inArray(
              planTargetShares.targetId,
              targets.map((t) => t.id),
            ),
          );
  const unitIds = [
    ...new Set([
      plan.cityUnitId,
      ...tasks.map((t) => t.leadUnitId),
      ...taskUnits.map((u) => u.orgUnitId),
      ...shares.map((s) => s.orgUnitId),
    ]),
  ];
  const unitRows = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      kind: orgUnits.kind,
      path: orgUnits.path,
    })
    .from(orgUnits)
    .where(inArray(orgUnits.id, unitIds));
  const units = new Map<string, UnitRef>(unitRows.map((u) => [u.id, u]));
  const unit = (id: string): UnitRef => {
    const found = units.get(id);
    if (!found) throw new Error(`plan names a unit that is gone: ${id}`);
    return found;
  };

  const targetRows: TargetRow[] = targets.map((t) => ({
    id: t.id,
    taskId: t.taskId,
    code: t.code,
    name: t.name,
    unit: t.unit,
    baseline: t.baseline,
    targetValue: t.targetValue,
    comparator: t.comparator,
    startDate: t.startDate,
    deadline: t.deadline,
    sourceQuote: t.sourceQuote,
    binding: t.binding,
    shares: shares
      .filter((s) => s.targetId === t.id)
      .map((s) => ({ unit: unit(s.orgUnitId), value: s.value }))
      .sort((a, b) => a.unit.code.localeCompare(b.unit.code)),
  }));
  const taskRows: TaskRow[] = tasks.map((t) => ({
    id: t.id,
    focusAreaId: t.focusAreaId,
    code: t.code,
    seq: t.seq,
    title: t.title,
    text: t.text,
    leadUnit: unit(t.leadUnitId),
    coUnits: taskUnits
      .filter((u) => u.taskId === t.id && u.role === "co")
      .map((u) => unit(u.orgUnitId))
      .sort((a, b) => a.code.localeCompare(b.code)),
    targets: targetRows.filter((r) => r.taskId === t.id),
    milestones: milestones.filter((m) => m.taskId === t.id),
  }));
  return {
    plan,
    focusAreas: areas.map((a) => ({
      id: a.id,
      code: a.code,
      seq: a.seq,
      title: a.title,
      summary: a.summary,
      tasks: taskRows.filter((t) => t.focusAreaId === a.id),
    })),
    tasks: taskRows,
    units,
    city: unit(plan.cityUnitId),
  };
}
