/**
 * 履行教育职责评价 scoring. A framework is a tree of 一级指标 (level 1) whose 二级指标 (level 2, the leaves)
 * carry the points; a level-1 weight is the sum of its leaves, and the whole framework sums to 100
 * (国务院教育督导委员会《对省级人民政府履行教育职责的评价办法》, 2017: 百分制, 指标分值之和 100).
 *
 * A leaf is scored by one of three rules:
 * - yes_no: 达到 earns the full points, 未达到 none;
 * - graded: 优/良/中/差 style grades, each a fixed fraction of the points;
 * - computed: from a live EduBureau figure (e.g. 大班额比例) through thresholds. A value exactly on a
 *   threshold earns that threshold's fraction.
 */

export type ScoringRule =
  | { kind: "yes_no" }
  | { kind: "graded"; grades: { label: string; fraction: number }[] }
  | {
      kind: "computed";
      /** A plan binding measure the indicator engine computes (see BINDING_MEASURES). */
      measure: string;
      filter: Record<string, unknown>;
      betterWhen: "higher" | "lower";
      /** higher: the fraction of the highest threshold ≤ value; lower: of the lowest threshold ≥ value. */
      thresholds: { threshold: number; fraction: number }[];
    };

export interface FrameworkIndicator {
  code: string;
  name: string;
  /** 1: 一级指标 (a heading, no points of its own); 2: 二级指标 (scored). */
  level: 1 | 2;
  parentCode: string | null;
  /** Points of a leaf; ignored for level 1 (their weight is the sum of their leaves). */
  maxScore: number;
  rule: ScoringRule | null;
}

export type FrameworkCheck = { ok: true } | { ok: false; problems: string[] };

/** Total points of a framework. */
export const FRAMEWORK_TOTAL = 100;
/** A leaf below this share of its points is a 薄弱项 and gets a rectification order. */
export const WEAKNESS_FRACTION = 0.6;
/** Scores are kept to half a point, as evaluation sheets write them. */
export const SCORE_STEP = 0.5;

export function checkFramework(indicators: readonly FrameworkIndicator[]): FrameworkCheck {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const i of indicators) {
    if (codes.has(i.code)) problems.push(`指标编号“${i.code}”重复`);
    codes.add(i.code);
  }
  const heads = new Map(indicators.filter((i) => i.level === 1).map((i) => [i.code, i]));
  for (const i of indicators) {
    if (i.level === 1) {
      if (i.parentCode !== null) problems.push(`一级指标“${i.name}”不能有上级指标`);
      if (!indicators.some((c) => c.parentCode === i.code)) problems.push(`一级指标“${i.name}”没有二级指标`);
      continue;
    }
    if (i.parentCode === null || !heads.has(i.parentCode))
      problems.push(`二级指标“${i.name}”的上级指标不存在`);
    if (!(i.maxScore > 0) || !isStep(i.maxScore))
      problems.push(`二级指标“${i.name}”的分值应为 0.5 的正整数倍`);
    if (i.rule === null) problems.push(`二级指标“${i.name}”没有评分规则`);
    else problems.push(...ruleProblems(i.name, i.rule));
  }
  const total = leaves(indicators).reduce((sum, i) => sum + i.maxScore, 0);
  if (Math.abs(total - FRAMEWORK_TOTAL) > 1e-9)
    problems.push(`指标体系分值合计应为 ${FRAMEWORK_TOTAL} 分，现为 ${round(total)} 分`);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

function ruleProblems(name: string, rule: ScoringRule): string[] {
  switch (rule.kind) {
    case "yes_no":
      return [];
    case "graded": {
      const out: string[] = [];
      if (rule.grades.length < 2) out.push(`二级指标“${name}”的等级至少两档`);
      for (const g of rule.grades)
        if (!(g.fraction >= 0 && g.fraction <= 1))
          out.push(`二级指标“${name}”等级“${g.label}”的得分比例应在 0–1 之间`);
      if (new Set(rule.grades.map((g) => g.label)).size !== rule.grades.length)
        out.push(`二级指标“${name}”的等级名称重复`);
      return out;
    }
    case "computed": {
      const out: string[] = [];
      if (rule.thresholds.length === 0) out.push(`二级指标“${name}”没有计分阈值`);
      for (const t of rule.thresholds)
        if (!(t.fraction >= 0 && t.fraction <= 1) || !Number.isFinite(t.threshold))
          out.push(`二级指标“${name}”的阈值 ${t.threshold} 无效`);
      return out;
    }
  }
}

export function leaves<T extends Pick<FrameworkIndicator, "level">>(indicators: readonly T[]): T[] {
  return indicators.filter((i) => i.level === 2);
}

/** Level-1 weights: the sum of their leaves' points. */
export function headingWeights(indicators: readonly FrameworkIndicator[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const leaf of leaves(indicators))
    if (leaf.parentCode !== null)
      weights.set(leaf.parentCode, (weights.get(leaf.parentCode) ?? 0) + leaf.maxScore);
  return weights;
}

const isStep = (n: number) => Math.abs(n / SCORE_STEP - Math.round(n / SCORE_STEP)) < 1e-9;
const round = (n: number) => Math.round(n * 100) / 100;
/** Down to the half point: a computed score never rounds up into points not earned. */
const floorStep = (n: number) => Math.floor(n / SCORE_STEP + 1e-9) * SCORE_STEP;

export type ScoreInput =
  { kind: "yes_no"; met: boolean } | { kind: "graded"; grade: string } | { kind: "score"; score: number };

export type ScoreResult = { ok: true; score: number } | { ok: false; message: string };

/**
 * A self-evaluation or verification score for one leaf: an answer to its rule (达到/等级) or points given
 * directly, which must lie in [0, maxScore] on a half-point step and agree with the rule (a yes/no
 * indicator scores all or nothing; a graded one one of its grades).
 */
export function scoreLeaf(indicator: FrameworkIndicator, input: ScoreInput): ScoreResult {
  const rule = indicator.rule;
  const max = indicator.maxScore;
  if (indicator.level !== 2 || rule === null) return fail(`“${indicator.name}”是一级指标，不直接评分`);
  switch (input.kind) {
    case "yes_no":
      if (rule.kind !== "yes_no") return fail(`“${indicator.name}”不是“是/否”指标`);
      return { ok: true, score: input.met ? max : 0 };
    case "graded": {
      if (rule.kind !== "graded") return fail(`“${indicator.name}”不是分等级指标`);
      const grade = rule.grades.find((g) => g.label === input.grade);
      if (!grade)
        return fail(`“${indicator.name}”的等级应为 ${rule.grades.map((g) => g.label).join("、")} 之一`);
      return { ok: true, score: floorStep(grade.fraction * max) };
    }
    case "score": {
      const s = input.score;
      if (!Number.isFinite(s) || s < 0 || s > max)
        return fail(`“${indicator.name}”的得分应在 0–${max} 分之间，填写的是 ${s}`);
      if (!isStep(s)) return fail(`“${indicator.name}”的得分应为 0.5 分的整数倍`);
      if (rule.kind === "yes_no" && s !== 0 && s !== max)
        return fail(`“${indicator.name}”为“是/否”指标，得分只能是 0 或 ${max} 分`);
      if (rule.kind === "graded") {
        const allowed = rule.grades.map((g) => floorStep(g.fraction * max));
        if (!allowed.includes(s))
          return fail(`“${indicator.name}”为分等级指标，得分只能是 ${allowed.join("、")} 分之一`);
      }
      return { ok: true, score: s };
    }
  }
}

const fail = (message: string): ScoreResult => ({ ok: false, message });

/**
 * The points a computed leaf earns from a live figure; null when the figure is missing (无数据), which the
 * board shows apart from a zero. Thresholds are inclusive.
 */
export function computedScore(indicator: FrameworkIndicator, value: number | null): number | null {
  const rule = indicator.rule;
  if (rule?.kind !== "computed") throw new Error(`${indicator.code} is not a computed indicator`);
  if (value === null || !Number.isFinite(value)) return null;
  let fraction = 0;
  if (rule.betterWhen === "higher") {
    let best = -Infinity;
    for (const t of rule.thresholds)
      if (value >= t.threshold && t.threshold > best) {
        best = t.threshold;
        fraction = t.fraction;
      }
  } else {
    let best = Infinity;
    for (const t of rule.thresholds)
      if (value <= t.threshold && t.threshold < best) {
        best = t.threshold;
        fraction = t.fraction;
      }
  }
  return floorStep(fraction * indicator.maxScore);
}

export interface LeafScore {
  code: string;
  selfScore: number | null;
  verifiedScore: number | null;
}

/** The score that counts: the inspector's verified score when given, otherwise the self-evaluation. */
export function finalScore(leaf: Pick<LeafScore, "selfScore" | "verifiedScore">): number | null {
  return leaf.verifiedScore ?? leaf.selfScore;
}

export interface EvaluationTotals {
  total: number;
  /** Leaves with a score that counts / all leaves. */
  scored: number;
  leafCount: number;
  byHeading: Map<string, number>;
  weaknesses: string[];
}

export function evaluationTotals(
  indicators: readonly FrameworkIndicator[],
  scores: readonly LeafScore[],
): EvaluationTotals {
  const byCode = new Map(scores.map((s) => [s.code, s]));
  const byHeading = new Map<string, number>();
  const weaknesses: string[] = [];
  let total = 0;
  let scored = 0;
  const leafList = leaves(indicators);
  for (const leaf of leafList) {
    const s = byCode.get(leaf.code);
    const value = s ? finalScore(s) : null;
    if (value === null) continue;
    scored += 1;
    total += value;
    if (leaf.parentCode !== null)
      byHeading.set(leaf.parentCode, (byHeading.get(leaf.parentCode) ?? 0) + value);
    if (value < WEAKNESS_FRACTION * leaf.maxScore - 1e-9) weaknesses.push(leaf.code);
  }
  return { total: round(total), scored, leafCount: leafList.length, byHeading, weaknesses };
}

/** Standard competition ranking (1, 2, 2, 4) by total, highest first; ties keep the input order. */
export function rankByTotal<T extends { total: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = rows.map((row, i) => ({ row, i })).sort((a, b) => b.row.total - a.row.total || a.i - b.i);
  const out: (T & { rank: number })[] = [];
  sorted.forEach(({ row }, index) => {
    const prev = out[index - 1];
    const rank = prev !== undefined && prev.total === row.total ? prev.rank : index + 1;
    out.push({ ...row, rank });
  });
  return out;
}
