import { describe, expect, it } from "vitest";
// Vite's ?raw import reads the shipped plan as text without node:fs (see work-plan/raw-imports.d.ts).
import planYaml from "../../../../plans/changsha-2019.yaml?raw";
import { BINDING_MEASURE_CODES, BINDING_MEASURES } from "../work-plan/binding-measures.ts";
import type { PlanFile } from "../work-plan/plan-file-schema.ts";
import { parsePlanYaml } from "../work-plan/plan-yaml.ts";
import { bindingToIndicator, type BindingQuery } from "./binding-to-indicator.ts";

function ok(query: BindingQuery) {
  if (!query.ok) throw new Error(query.reason);
  return query;
}

describe("bindingToIndicator: registry measures", () => {
  it("designation_count → 称号认定数 of that type in the award year", () => {
    const q = ok(
      bindingToIndicator("designation_count", {
        designationType: "child_friendly_pilot_school",
        awardedYear: 2019,
      }),
    );
    expect(q).toMatchObject({
      indicatorCode: "designation_count",
      params: { designationType: "child_friendly_pilot_school" },
      period: "2019",
    });
    expect(q.indicator.numerator).toEqual({
      kind: "designation_count",
      designationType: "child_friendly_pilot_school",
    });
  });

  it("project_count maps 学前/公办/新建改建扩建 onto registry codes, by finish year", () => {
    const q = ok(
      bindingToIndicator("project_count", {
        level: "学前",
        ownership: "公办",
        kinds: ["新建", "改建", "扩建"],
        finishedYear: 2019,
      }),
    );
    expect(q.indicatorCode).toBe("school_projects_preschool");
    expect(q.period).toBe("2019");
    expect(q.indicator.numerator).toEqual({
      kind: "project_count",
      levels: ["preschool"],
      kinds: ["new", "rebuild", "expand"],
      ownership: "public",
      dateBasis: "finished",
      minStatus: "completed",
    });
  });

  it("project_count with startedYear counts by the start year (新建高中 2019)", () => {
    const q = ok(bindingToIndicator("project_count", { level: "高中", kinds: ["新建"], startedYear: 2019 }));
    expect(q.indicatorCode).toBe("school_projects_senior");
    expect(q.indicator.numerator).toEqual({
      kind: "project_count",
      levels: ["senior"],
      kinds: ["new"],
      dateBasis: "started",
      minStatus: "under_construction",
    });
  });

  it("project_count with only a stage counts every year's projects that reached it", () => {
    const q = ok(
      bindingToIndicator("project_count", {
        level: "义务教育",
        kinds: ["新建", "扩建"],
        status: "已投入使用",
      }),
    );
    expect(q.period).toBeNull();
    expect(q.indicator.snapshot).toBe(true);
    expect(q.indicator.numerator).toMatchObject({
      dateBasis: "any",
      minStatus: "in_use",
      kinds: ["new", "expand"],
    });
  });

  it("project_count with a year and a stage keeps the later stage", () => {
    const q = ok(
      bindingToIndicator("project_count", {
        level: "特教",
        kinds: ["改建"],
        startedYear: 2019,
        status: "已竣工",
      }),
    );
    expect(q.indicator.numerator).toMatchObject({
      levels: ["special"],
      dateBasis: "started",
      minStatus: "completed",
    });
  });

  it("standardized_school_count → 义务教育标准化学校 designations", () => {
    const q = ok(bindingToIndicator("standardized_school_count", { level: "义务教育", awardedYear: 2019 }));
    expect(q).toMatchObject({
      indicatorCode: "designation_count",
      params: { designationType: "standardized_compulsory_school" },
      period: "2019",
    });
  });

  it("demonstration_centre_count → 示范性社区学习中心 designations in the selection year", () => {
    const q = ok(bindingToIndicator("demonstration_centre_count", { selectedYear: 2019 }));
    expect(q.params).toEqual({ designationType: "demonstration_community_learning_centre" });
    expect(q.period).toBe("2019");
  });

  it("community_learning_centre_coverage → communities with a centre / all", () => {
    const q = ok(bindingToIndicator("community_learning_centre_coverage", {}));
    expect(q.indicatorCode).toBe("community_learning_centre_coverage");
    expect(q.indicator.factor).toBe(100);
    expect(q.period).toBeNull();
  });

  it.each([
    ["义务教育", 56, "large_class_ratio", { from: 1, to: 9 }],
    ["小学", 56, "large_class_ratio", { from: 1, to: 6 }],
    ["初中", 66, "super_large_class_ratio", { from: 7, to: 9 }],
  ] as const)("large_class_ratio %s ≥%i → %s", (level, minClassSize, code, grades) => {
    const q = ok(bindingToIndicator("large_class_ratio", { level, minClassSize }));
    expect(q.indicatorCode).toBe(code);
    expect(q.indicator.numerator).toEqual({ kind: "class_count", grades, minStudents: minClassSize });
    expect(q.indicator.denominator).toEqual({ kind: "class_count", grades });
  });

  it.each([
    ["学校数", "private_compulsory_school_share", "institution_count"],
    ["学生数", "private_compulsory_student_share", "student_sum"],
  ] as const)("private_compulsory_share by %s → %s", (basis, code, kind) => {
    const q = ok(bindingToIndicator("private_compulsory_share", { basis }));
    expect(q.indicatorCode).toBe(code);
    expect(q.indicator.numerator.kind).toBe(kind);
  });

  it("inclusive_kindergarten_coverage → public or 普惠 kindergarten pupils / all", () => {
    const q = ok(bindingToIndicator("inclusive_kindergarten_coverage", {}));
    expect(q.indicator.numerator).toEqual({
      kind: "student_sum",
      grades: { from: 0, to: 0 },
      institution: { publicOrInclusive: true },
    });
  });

  it("covers every registry measure of the work plan", () => {
    const registry = BINDING_MEASURE_CODES.filter((code) => BINDING_MEASURES[code].provider === "registry");
    expect(registry.sort()).toEqual(
      [
        "community_learning_centre_coverage",
        "demonstration_centre_count",
        "designation_count",
        "inclusive_kindergarten_coverage",
        "large_class_ratio",
        "private_compulsory_share",
        "project_count",
        "standardized_school_count",
      ].sort(),
    );
  });
});

describe("bindingToIndicator: everything else", () => {
  it("says which module computes teacher and health measures", () => {
    expect(bindingToIndicator("myopia_rate", { level: "小学", year: 2019 })).toEqual({
      ok: false,
      reason: "该指标由学生体质健康模块计算，不在指标引擎中",
    });
    expect(
      bindingToIndicator("studio_count", { studioTypes: ["名师工作室"], establishment: ["新建"], year: 2019 })
        .ok,
    ).toBe(false);
  });

  it("refuses unknown measures and malformed filters", () => {
    expect(bindingToIndicator("nope", {})).toEqual({ ok: false, reason: "未知的绑定指标 nope" });
    expect(bindingToIndicator("project_count", { level: "学前", kinds: [] }).ok).toBe(false);
  });

  it("maps the reported online-service ratio onto its data elements", () => {
    expect(ok(bindingToIndicator("online_service_ratio", {})).indicator.numerator).toEqual({
      kind: "data_element",
      elementCode: "online_service_items_online",
    });
  });

  it("resolves every registry-bound target of the shipped Changsha plan", () => {
    const parsed = parsePlanYaml(planYaml);
    if (!parsed.ok) throw new Error("plan does not parse");
    const plan = parsed.value as PlanFile;
    const bound = plan.tasks
      .flatMap((task) => task.targets)
      .filter((target) => target.binding.kind === "indicator")
      .map((target) => (target.binding.kind === "indicator" ? target.binding : null))
      .filter(
        (binding) =>
          binding !== null &&
          BINDING_MEASURES[binding.measure as keyof typeof BINDING_MEASURES]?.provider === "registry",
      );
    expect(bound.length).toBeGreaterThanOrEqual(8);
    for (const binding of bound) {
      if (binding) expect(bindingToIndicator(binding.measure, binding.filter).ok).toBe(true);
    }
  });
});
