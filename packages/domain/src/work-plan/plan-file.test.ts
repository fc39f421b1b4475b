import { describe, expect, it } from "vitest";
import { BINDING_MEASURE_CODES, BINDING_MEASURES } from "./binding-measures.ts";
import type { BindingMeasure } from "./binding-measures.ts";
import { validateDivisionsFile } from "./division-list.ts";
import { FIXTURE_UNITS, validPlanFixture } from "./plan-file-fixture.ts";
import { loadPlanYaml, parsePlanYaml } from "./plan-yaml.ts";
import { validatePlanFile } from "./validate-plan-file.ts";

function problemsOf(raw: unknown) {
  const result = validatePlanFile(raw, FIXTURE_UNITS);
  return result.ok ? [] : result.problems;
}

describe("validatePlanFile", () => {
  it("accepts a well-formed plan and returns it typed", () => {
    const result = validatePlanFile(validPlanFixture(), FIXTURE_UNITS);
    expect(result.ok).toBe(true);
    expect(result.ok && result.plan.tasks[0]?.targets[0]?.targetValue).toBe(20);
  });

  it("names a missing field by its path, in Chinese", () => {
    const plan = validPlanFixture();
    const { title: _title, ...rest } = plan.plan;
    expect(problemsOf({ ...plan, plan: rest })).toEqual([{ path: "plan.title", message: "缺少必填字段" }]);
  });

  it("rejects unknown keys so typos in hand-edited files surface", () => {
    const plan = validPlanFixture();
    const raw = { ...plan, tasks: [{ ...plan.tasks[0], leadUnitt: "DIV-JJ" }] };
    expect(problemsOf(raw)).toContainEqual({ path: "tasks[0]", message: "未知字段：leadUnitt" });
  });

  it("reports duplicate task, target and milestone codes", () => {
    const plan = validPlanFixture();
    const task = plan.tasks[0]!;
    task.targets[1]!.code = "T01-1";
    task.milestones.push({ code: "T01-M1", name: "重复节点", dueDate: "2019-06-30" });
    plan.tasks.push({
      ...task,
      targets: [],
      milestones: [{ code: "T01-M2", name: "x", dueDate: "2019-06-30" }],
    });
    const paths = problemsOf(plan).map((p) => `${p.path} ${p.message}`);
    expect(paths).toContain("tasks[0].targets[1].code 目标编号重复：T01-1");
    expect(paths).toContain("tasks[0].milestones[1].code 节点编号重复：T01-M1");
    expect(paths).toContain("tasks[1].code 任务编号重复：T01");
  });

  it("reports a deadline before the start date, but not a one-day target", () => {
    const plan = validPlanFixture();
    plan.tasks[0]!.targets[0]!.deadline = "2018-12-31";
    plan.tasks[0]!.targets[1]!.deadline = "2019-01-01";
    expect(problemsOf(plan)).toEqual([
      { path: "tasks[0].targets[0].deadline", message: "截止日期 2018-12-31 早于开始日期 2019-01-01" },
    ]);
  });

  it("reports unknown unit codes for lead, co-units and district shares", () => {
    const plan = validPlanFixture();
    plan.tasks[0]!.leadUnit = "DIV-NOPE";
    plan.tasks[0]!.coUnits = ["430199"];
    plan.tasks[0]!.targets[0]!.districtShares![0]!.unit = "430188";
    const paths = problemsOf(plan).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "tasks[0].leadUnit",
        "tasks[0].coUnits[0]",
        "tasks[0].targets[0].districtShares[0].unit",
      ]),
    );
  });

  it("reports a source quote that is not in the task text", () => {
    const plan = validPlanFixture();
    plan.tasks[0]!.targets[0]!.source = "创建30所儿童友好型试点学校";
    expect(problemsOf(plan)).toEqual([
      {
        path: "tasks[0].targets[0].source",
        message: "原文引用在任务原文中找不到：“创建30所儿童友好型试点学校”",
      },
    ]);
  });

  it("reports an unknown focus area", () => {
    const plan = validPlanFixture();
    plan.tasks[0]!.focusArea = "FA9";
    const messages = problemsOf(plan).map((p) => p.message);
    expect(messages).toContain("未知的重点领域：FA9");
    expect(messages).toContain("重点领域 FA1 下没有任何任务");
  });

  it("checks bindings: measure, filter fields, unit and direction", () => {
    const plan = validPlanFixture();
    const [first, second] = plan.tasks[0]!.targets;
    first!.binding = { kind: "indicator", measure: "designation_count", filter: { designationType: "nope" } };
    second!.binding = { kind: "indicator", measure: "myopia_rate", filter: { level: "小学", year: 2019 } };
    const problems = problemsOf(plan);
    expect(problems.map((p) => p.path)).toEqual([
      "tasks[0].targets[0].binding.filter.designationType",
      "tasks[0].targets[0].binding.filter.awardedYear",
      "tasks[0].targets[1].binding.measure",
    ]);
    expect(problems[1]?.message).toBe("缺少必填字段");
    expect(problems[2]?.message).toContain("越低越好");

    second!.binding = { kind: "indicator", measure: "no_such_measure", filter: {} };
    expect(problemsOf(plan).at(-1)).toEqual({
      path: "tasks[0].targets[1].binding.measure",
      message: "未知的绑定指标：no_such_measure",
    });
  });

  it("reports district shares that do not add up to the target", () => {
    const plan = validPlanFixture();
    plan.tasks[0]!.targets[0]!.districtShares![1]!.value = 7;
    expect(problemsOf(plan)).toEqual([
      { path: "tasks[0].targets[0].districtShares", message: "各区县分解数之和 19 不等于目标值 20" },
    ]);
  });

  it("lists structural and cross-reference problems together in one pass", () => {
    const plan = validPlanFixture();
    const good = plan.tasks[0]!;
    const broken = { ...good, code: "T02", targets: [{ ...good.targets[0], unit: "件" }], milestones: [] };
    const raw = { ...plan, tasks: [{ ...good, leadUnit: "DIV-NOPE" }, broken] };
    const paths = problemsOf(raw).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["tasks[1].targets[0].unit", "tasks[0].leadUnit"]));
  });

  it("lists the allowed values of an enumerated field", () => {
    const plan = validPlanFixture();
    const raw = { ...plan, plan: { ...plan.plan, reportingFrequency: "weekly" } };
    expect(problemsOf(raw)).toEqual([
      { path: "plan.reportingFrequency", message: "取值须为以下之一：monthly、quarterly" },
    ]);
  });

  it("rejects impossible dates and percentages over 100", () => {
    const plan = validPlanFixture();
    plan.tasks[0]!.targets[1]!.targetValue = 120;
    plan.tasks[0]!.milestones[0]!.dueDate = "2019-02-30";
    expect(problemsOf(plan).map((p) => p.path)).toEqual(["tasks[0].milestones[0].dueDate"]);
    plan.tasks[0]!.milestones[0]!.dueDate = "2019-02-28";
    expect(problemsOf(plan)).toEqual([
      { path: "tasks[0].targets[1].targetValue", message: "百分比须在 0 到 100 之间" },
    ]);
  });
});

describe("binding measures", () => {
  it("give every measure a label, at least one unit and a filter", () => {
    for (const code of BINDING_MEASURE_CODES) {
      const measure: BindingMeasure = BINDING_MEASURES[code];
      expect(measure.label.length, code).toBeGreaterThan(0);
      expect(measure.units.length, code).toBeGreaterThan(0);
    }
    expect(BINDING_MEASURE_CODES).toHaveLength(17);
  });

  it("require a time restriction on project counts", () => {
    const filter = BINDING_MEASURES.project_count.filter;
    expect(filter.safeParse({ level: "高中", kinds: ["新建"] }).success).toBe(false);
    expect(filter.safeParse({ level: "高中", kinds: ["新建"], startedYear: 2019 }).success).toBe(true);
    expect(filter.safeParse({ level: "高中", kinds: [], finishedYear: 2019 }).success).toBe(false);
  });
});

describe("parsePlanYaml", () => {
  it("keeps unquoted dates as text (YAML 1.2 core schema)", () => {
    expect(parsePlanYaml("d: 2019-01-01\n")).toEqual({ ok: true, value: { d: "2019-01-01" } });
  });

  it("reports duplicate keys with a line number", () => {
    const result = parsePlanYaml("a: 1\na: 2\n");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.path).toBe("第 2 行第 1 列");
    expect(!result.ok && result.problems[0]?.message).toContain("键重复");
  });

  it("parses and validates in one step", () => {
    expect(loadPlanYaml("plan: {}\n", FIXTURE_UNITS).ok).toBe(false);
    expect(loadPlanYaml("a: [\n", FIXTURE_UNITS).ok).toBe(false);
  });
});

describe("validateDivisionsFile", () => {
  it("accepts a list and rejects duplicate or malformed codes", () => {
    expect(validateDivisionsFile({ divisions: [{ code: "DIV-JJ", name: "基础教育处" }] }).ok).toBe(true);
    const dup = validateDivisionsFile({
      divisions: [
        { code: "DIV-JJ", name: "a" },
        { code: "DIV-JJ", name: "b" },
      ],
    });
    expect(dup).toEqual({
      ok: false,
      problems: [{ path: "divisions[1].code", message: "处室编码重复：DIV-JJ" }],
    });
    expect(validateDivisionsFile({ divisions: [{ code: "jj", name: "a" }] }).ok).toBe(false);
  });
});
