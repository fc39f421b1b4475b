import { describe, expect, it } from "vitest";
import {
  checkFramework,
  computedScore,
  evaluationTotals,
  headingWeights,
  rankByTotal,
  scoreLeaf,
  type FrameworkIndicator,
} from "./scoring.ts";

const head = (code: string): FrameworkIndicator => ({
  code,
  name: `一级${code}`,
  level: 1,
  parentCode: null,
  maxScore: 0,
  rule: null,
});
const yesNo: FrameworkIndicator = {
  code: "A1",
  name: "经费两个只增不减",
  level: 2,
  parentCode: "A",
  maxScore: 10,
  rule: { kind: "yes_no" },
};
const graded: FrameworkIndicator = {
  code: "A2",
  name: "督导机构建设",
  level: 2,
  parentCode: "A",
  maxScore: 15,
  rule: {
    kind: "graded",
    grades: [
      { label: "优", fraction: 1 },
      { label: "良", fraction: 0.8 },
      { label: "中", fraction: 0.6 },
      { label: "差", fraction: 0 },
    ],
  },
};
const largeClass: FrameworkIndicator = {
  code: "B1",
  name: "大班额比例",
  level: 2,
  parentCode: "B",
  maxScore: 45,
  rule: {
    kind: "computed",
    measure: "large_class_ratio",
    filter: { level: "义务教育", minClassSize: 56 },
    betterWhen: "lower",
    thresholds: [
      { threshold: 0, fraction: 1 },
      { threshold: 5, fraction: 0.8 },
      { threshold: 10, fraction: 0.5 },
    ],
  },
};
const inclusive: FrameworkIndicator = {
  code: "B2",
  name: "普惠性幼儿园覆盖率",
  level: 2,
  parentCode: "B",
  maxScore: 30,
  rule: {
    kind: "computed",
    measure: "inclusive_kindergarten_coverage",
    filter: {},
    betterWhen: "higher",
    thresholds: [
      { threshold: 80, fraction: 1 },
      { threshold: 70, fraction: 0.6 },
    ],
  },
};
const framework = [head("A"), yesNo, graded, head("B"), largeClass, inclusive];

describe("framework check", () => {
  it("accepts a framework whose leaves sum to 100 and gives heading weights", () => {
    expect(checkFramework(framework)).toEqual({ ok: true });
    expect(headingWeights(framework)).toEqual(
      new Map([
        ["A", 25],
        ["B", 75],
      ]),
    );
  });

  it("refuses a total other than 100, orphans, duplicates and bad grades", () => {
    const bad = checkFramework([
      head("A"),
      { ...yesNo, maxScore: 10.3 },
      { ...graded, code: "A1", rule: { kind: "graded", grades: [{ label: "优", fraction: 1.2 }] } },
      { ...inclusive, parentCode: "Z" },
      head("C"),
    ]);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems).toEqual(
      expect.arrayContaining([
        "指标编号“A1”重复",
        "一级指标“一级C”没有二级指标",
        "二级指标“经费两个只增不减”的分值应为 0.5 的正整数倍",
        "二级指标“督导机构建设”的等级至少两档",
        "二级指标“督导机构建设”等级“优”的得分比例应在 0–1 之间",
        "二级指标“普惠性幼儿园覆盖率”的上级指标不存在",
      ]),
    );
    expect(bad.problems.some((p) => p.startsWith("指标体系分值合计应为 100 分"))).toBe(true);
  });
});

describe("scoring a leaf", () => {
  it("scores yes/no all or nothing", () => {
    expect(scoreLeaf(yesNo, { kind: "yes_no", met: true })).toEqual({ ok: true, score: 10 });
    expect(scoreLeaf(yesNo, { kind: "yes_no", met: false })).toEqual({ ok: true, score: 0 });
    expect(scoreLeaf(yesNo, { kind: "score", score: 10 })).toEqual({ ok: true, score: 10 });
    expect(scoreLeaf(yesNo, { kind: "score", score: 5 })).toEqual({
      ok: false,
      message: "“经费两个只增不减”为“是/否”指标，得分只能是 0 或 10 分",
    });
  });

  it("scores grades as fractions, floored to half points", () => {
    expect(scoreLeaf(graded, { kind: "graded", grade: "良" })).toEqual({ ok: true, score: 12 });
    expect(scoreLeaf(graded, { kind: "graded", grade: "中" })).toEqual({ ok: true, score: 9 });
    expect(scoreLeaf(graded, { kind: "graded", grade: "较好" })).toMatchObject({ ok: false });
    expect(scoreLeaf(graded, { kind: "score", score: 12 })).toEqual({ ok: true, score: 12 });
    expect(scoreLeaf(graded, { kind: "score", score: 13 })).toMatchObject({ ok: false });
    expect(scoreLeaf({ ...graded, maxScore: 7 }, { kind: "graded", grade: "良" })).toEqual({
      ok: true,
      score: 5.5,
    });
  });

  it("refuses scores outside [0, max], off the half-point step, or on the wrong rule", () => {
    expect(scoreLeaf(largeClass, { kind: "score", score: 45 })).toEqual({ ok: true, score: 45 });
    expect(scoreLeaf(largeClass, { kind: "score", score: 0 })).toEqual({ ok: true, score: 0 });
    expect(scoreLeaf(largeClass, { kind: "score", score: 45.5 })).toEqual({
      ok: false,
      message: "“大班额比例”的得分应在 0–45 分之间，填写的是 45.5",
    });
    expect(scoreLeaf(largeClass, { kind: "score", score: -0.5 })).toMatchObject({ ok: false });
    expect(scoreLeaf(largeClass, { kind: "score", score: Number.NaN })).toMatchObject({ ok: false });
    expect(scoreLeaf(largeClass, { kind: "score", score: 20.3 })).toEqual({
      ok: false,
      message: "“大班额比例”的得分应为 0.5 分的整数倍",
    });
    expect(scoreLeaf(largeClass, { kind: "yes_no", met: true })).toMatchObject({ ok: false });
    expect(scoreLeaf(yesNo, { kind: "graded", grade: "优" })).toMatchObject({ ok: false });
    expect(scoreLeaf(head("A"), { kind: "score", score: 1 })).toMatchObject({ ok: false });
  });
});

describe("computed rules at their thresholds", () => {
  it("lower is better: inclusive upper bounds", () => {
    expect(computedScore(largeClass, 0)).toBe(45);
    expect(computedScore(largeClass, 0.01)).toBe(36);
    expect(computedScore(largeClass, 5)).toBe(36);
    expect(computedScore(largeClass, 5.0001)).toBe(22.5);
    expect(computedScore(largeClass, 10)).toBe(22.5);
    expect(computedScore(largeClass, 10.01)).toBe(0);
  });

  it("higher is better: inclusive lower bounds", () => {
    expect(computedScore(inclusive, 100)).toBe(30);
    expect(computedScore(inclusive, 80)).toBe(30);
    expect(computedScore(inclusive, 79.99)).toBe(18);
    expect(computedScore(inclusive, 70)).toBe(18);
    expect(computedScore(inclusive, 69.99)).toBe(0);
  });

  it("gives no score without data and refuses a non-computed indicator", () => {
    expect(computedScore(inclusive, null)).toBeNull();
    expect(computedScore(inclusive, Number.NaN)).toBeNull();
    expect(() => computedScore(yesNo, 1)).toThrow();
  });
});

describe("totals and ranking", () => {
  it("sums the verified score over the self score, per heading, and lists weaknesses below 60 %", () => {
    const totals = evaluationTotals(framework, [
      { code: "A1", selfScore: 10, verifiedScore: 0 },
      { code: "A2", selfScore: 12, verifiedScore: null },
      { code: "B1", selfScore: 27, verifiedScore: null },
      { code: "B2", selfScore: null, verifiedScore: null },
    ]);
    expect(totals.total).toBe(39);
    expect(totals.scored).toBe(3);
    expect(totals.leafCount).toBe(4);
    expect(totals.byHeading).toEqual(
      new Map([
        ["A", 12],
        ["B", 27],
      ]),
    );
    // 27/45 is exactly 60 %: not a weakness.
    expect(totals.weaknesses).toEqual(["A1"]);
  });

  it("ranks by total with shared ranks for ties", () => {
    const ranked = rankByTotal([
      { name: "芙蓉区", total: 88 },
      { name: "天心区", total: 92.5 },
      { name: "岳麓区", total: 88 },
      { name: "开福区", total: 70 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ["天心区", 1],
      ["芙蓉区", 2],
      ["岳麓区", 2],
      ["开福区", 4],
    ]);
    expect(rankByTotal([])).toEqual([]);
  });
});
