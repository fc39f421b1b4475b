import { STATUS_SEVERITY, type TargetStatus } from "@edubureau/domain/work-plan";
import type { PlanEvaluation, TargetEvaluationView, TaskEvaluation } from "./plan-evaluation.ts";
import type { UnitRef } from "./plan-structure.queries.ts";

export const unitView = (u: UnitRef) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind });

export function planHeader(e: PlanEvaluation) {
  const p = e.plan;
  return {
    id: p.id,
    year: p.year,
    title: p.title,
    issuer: p.issuer,
    publishDate: p.publishDate,
    sourceUrl: p.sourceUrl,
    sourceNote: p.sourceNote,
    reportingFrequency: p.reportingFrequency,
    demoDataNote: p.demoDataNote,
    evaluationDate: p.evaluationDate,
    today: e.today,
  };
}

export function targetView(t: TargetEvaluationView, task: TaskEvaluation) {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    unit: t.unit,
    baseline: t.baseline,
    targetValue: t.targetValue,
    comparator: t.comparator,
    startDate: t.startDate,
    deadline: t.deadline,
    sourceQuote: t.sourceQuote,
    bound: t.bound,
    source: t.source,
    note: t.note,
    current: t.current,
    status: t.status,
    progress: t.progress,
    elapsed: t.elapsed,
    task: { id: task.id, code: task.code, title: task.title },
    leadUnit: unitView(task.leadUnit),
    shares: t.shares.map((s) => ({
      unit: unitView(s.unit),
      targetValue: s.targetValue,
      current: s.current,
      status: s.status,
      progress: s.progress,
    })),
  };
}

export function taskRowView(task: TaskEvaluation, focusArea: { code: string; title: string }) {
  return {
    id: task.id,
    code: task.code,
    title: task.title,
    focusArea,
    leadUnit: unitView(task.leadUnit),
    coUnits: task.coUnits.map(unitView),
    status: task.summary.status,
    progress: task.summary.progress,
    counts: task.summary.counts,
    targetCount: task.targets.length,
    milestoneCount: task.milestones.length,
  };
}

/** Targets worst first: by status severity, then by how far progress trails time. */
export function worstTargets(e: PlanEvaluation, limit: number) {
  const all = e.tasks.flatMap((task) => task.targets.map((t) => ({ t, task })));
  const lag = (t: TargetEvaluationView) => t.elapsed - t.progress;
  const severity = (s: TargetStatus) => STATUS_SEVERITY[s];
  return all
    .filter(({ t }) => t.status !== "completed")
    .sort((a, b) => severity(b.t.status) - severity(a.t.status) || lag(b.t) - lag(a.t))
    .slice(0, limit)
    .map(({ t, task }) => targetView(t, task));
}

export function focusAreaOf(e: PlanEvaluation, task: TaskEvaluation) {
  const area = e.focusAreas.find((a) => a.id === task.focusAreaId);
  return { code: area?.code ?? "", title: area?.title ?? "" };
}
