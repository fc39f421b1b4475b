import { BINDING_MEASURES, isBindingMeasureCode } from "./binding-measures.ts";
import type { BindingMeasure } from "./binding-measures.ts";
import type { FocusArea, PlanTarget, PlanTask } from "./plan-file-schema.ts";
import { formatPath, planErrorMap, problemsFromZod } from "./plan-problems.ts";
import type { PlanProblem } from "./plan-problems.ts";

/** A well-formed element and where it sat in the file, so problems point at the right line. */
export interface Located<T> {
  index: number;
  value: T;
}

export interface CheckInput {
  focusAreas: readonly Located<FocusArea>[];
  /** Every focus-area code written in the file, even on a malformed entry, to avoid false "unknown" reports. */
  focusAreaCodes: ReadonlySet<string>;
  tasks: readonly Located<PlanTask>[];
  /** Focus areas referred to by any task, even a malformed one, so no area is wrongly called empty. */
  referencedFocusAreas: ReadonlySet<string>;
  knownUnitCodes: ReadonlySet<string>;
}

const PERCENT_MAX = 100;

/** Cross-reference checks that need the whole file: codes, units, quotes, measures, dates. */
export function checkPlanReferences(input: CheckInput): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const report = (path: readonly PropertyKey[], message: string) =>
    problems.push({ path: formatPath(path), message });

  const faSeen = new Set<string>();
  const seqSeen = new Set<number>();
  for (const { index, value } of input.focusAreas) {
    if (faSeen.has(value.code)) report(["focusAreas", index, "code"], `重点领域编号重复：${value.code}`);
    if (seqSeen.has(value.seq)) report(["focusAreas", index, "seq"], `重点领域序号重复：${value.seq}`);
    faSeen.add(value.code);
    seqSeen.add(value.seq);
  }

  const taskSeen = new Set<string>();
  const itemSeen = new Set<string>();
  for (const { index, value: task } of input.tasks) {
    const at = ["tasks", index] as const;
    if (taskSeen.has(task.code)) report([...at, "code"], `任务编号重复：${task.code}`);
    taskSeen.add(task.code);
    if (!input.focusAreaCodes.has(task.focusArea))
      report([...at, "focusArea"], `未知的重点领域：${task.focusArea}`);
    if (!task.text.startsWith(task.title)) report([...at, "title"], "任务标题须是原文段落开头的加粗短语");
    if (!input.knownUnitCodes.has(task.leadUnit))
      report([...at, "leadUnit"], `未知的单位编码：${task.leadUnit}`);
    task.coUnits.forEach((unit, i) => {
      if (!input.knownUnitCodes.has(unit)) report([...at, "coUnits", i], `未知的单位编码：${unit}`);
      else if (unit === task.leadUnit) report([...at, "coUnits", i], `牵头单位不应同时列为配合单位：${unit}`);
    });
    if (task.targets.length === 0 && task.milestones.length === 0) {
      report([...at], "任务须至少有一个目标或一个节点，否则无法跟踪进度");
    }
    task.targets.forEach((target, i) => {
      const path = [...at, "targets", i] as const;
      if (itemSeen.has(target.code)) report([...path, "code"], `目标编号重复：${target.code}`);
      itemSeen.add(target.code);
      problems.push(...checkTarget({ task, target, path, knownUnitCodes: input.knownUnitCodes }));
    });
    task.milestones.forEach((milestone, i) => {
      const path = [...at, "milestones", i, "code"] as const;
      if (itemSeen.has(milestone.code)) report(path, `节点编号重复：${milestone.code}`);
      itemSeen.add(milestone.code);
      if (!milestone.code.startsWith(`${task.code}-`))
        report(path, `节点编号须以所属任务编号开头：${task.code}-M…`);
    });
  }

  for (const { index, value } of input.focusAreas) {
    if (!input.referencedFocusAreas.has(value.code))
      report(["focusAreas", index], `重点领域 ${value.code} 下没有任何任务`);
  }
  return problems;
}

interface TargetCheck {
  task: PlanTask;
  target: PlanTarget;
  path: readonly PropertyKey[];
  knownUnitCodes: ReadonlySet<string>;
}

function checkTarget({ task, target, path, knownUnitCodes }: TargetCheck): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const report = (sub: readonly PropertyKey[], message: string) =>
    problems.push({ path: formatPath([...path, ...sub]), message });

  if (!target.code.startsWith(`${task.code}-`))
    report(["code"], `目标编号须以所属任务编号开头：${task.code}-…`);
  if (target.deadline < target.startDate)
    report(["deadline"], `截止日期 ${target.deadline} 早于开始日期 ${target.startDate}`);
  if (!task.text.includes(target.source))
    report(["source"], `原文引用在任务原文中找不到：“${target.source}”`);
  if (target.unit === "%") {
    for (const key of ["targetValue", "baseline"] as const) {
      const value = target[key];
      if (value !== null && (value < 0 || value > PERCENT_MAX)) report([key], "百分比须在 0 到 100 之间");
    }
  }
  target.districtShares?.forEach((share, i) => {
    if (!knownUnitCodes.has(share.unit))
      report(["districtShares", i, "unit"], `未知的单位编码：${share.unit}`);
  });
  // Shares of a count must add up to the city total; percentages do not add, so they are not summed.
  if (target.districtShares && target.unit !== "%") {
    const sum = target.districtShares.reduce((total, share) => total + share.value, 0);
    if (sum !== target.targetValue)
      report(["districtShares"], `各区县分解数之和 ${sum} 不等于目标值 ${target.targetValue}`);
  }
  if (target.binding.kind === "indicator") problems.push(...checkBinding(target, [...path, "binding"]));
  return problems;
}

function checkBinding(target: PlanTarget, path: readonly PropertyKey[]): PlanProblem[] {
  if (target.binding.kind !== "indicator") return [];
  const { measure: code, filter } = target.binding;
  if (!isBindingMeasureCode(code))
    return [{ path: formatPath([...path, "measure"]), message: `未知的绑定指标：${code}` }];
  const measure: BindingMeasure = BINDING_MEASURES[code];
  const problems: PlanProblem[] = [];
  if (!measure.units.includes(target.unit)) {
    problems.push({
      path: formatPath([...path, "measure"]),
      message: `目标单位“${target.unit}”与指标“${measure.label}”的单位（${measure.units.join("/")}）不符`,
    });
  }
  const wrongWay =
    (measure.betterWhen === "lower" && target.comparator === ">=") ||
    (measure.betterWhen === "higher" && target.comparator === "<=");
  if (wrongWay) {
    problems.push({
      path: formatPath([...path, "measure"]),
      message: `指标“${measure.label}”${measure.betterWhen === "lower" ? "越低越好" : "越高越好"}，与比较方式 ${target.comparator} 矛盾`,
    });
  }
  const parsed = measure.filter.safeParse(filter, { error: planErrorMap });
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error, [...path, "filter"]));
  return problems;
}
