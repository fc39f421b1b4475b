import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_ELEMENTS } from "./data-elements.ts";
import { elementIndicator, findIndicator, INDICATOR_CATALOGUE } from "./indicator-catalogue.ts";
import { PARAM_DEFINITIONS, resolveIndicator } from "./indicator-params.ts";
import { indicatorValue } from "./indicator-types.ts";
import { describeMeasure, measurePeriodType, type Measure } from "./measures.ts";

function resolved(code: string, params: Record<string, string> = {}) {
  const definition = findIndicator(code);
  if (!definition) throw new Error(`no ${code}`);
  const result = resolveIndicator(definition, params);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.indicator;
}

const measures = (m: Measure, d: Measure | null) => (d ? [m, d] : [m]);

describe("catalogue", () => {
  it("ships the issue's indicators with unique codes", () => {
    const codes = INDICATOR_CATALOGUE.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(
      expect.arrayContaining([
        "large_class_ratio",
        "super_large_class_ratio",
        "inclusive_kindergarten_coverage",
        "community_learning_centre_coverage",
        "school_projects_preschool",
        "school_projects_compulsory",
        "school_projects_senior",
        "school_projects_special",
        "designation_count",
        "private_compulsory_school_share",
      ]),
    );
  });

  it.each(INDICATOR_CATALOGUE.map((d) => [d.code, d] as const))(
    "%s: period type fits its measures, defaults resolve, shares have factor 100",
    (_code, definition) => {
      for (const measure of measures(definition.numerator, definition.denominator)) {
        const type = measurePeriodType(measure);
        if (type !== null) expect(type).toBe(definition.periodType);
        expect(describeMeasure(measure)).not.toBe("");
      }
      expect(definition.factor).toBe(definition.unit === "%" ? 100 : 1);
      expect(definition.denominator === null).toBe(definition.unit !== "%");
      expect(definition.description).toMatch(/来源|国发|意见|口径/);
      const result = resolveIndicator(definition, {});
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.indicator.snapshot).toBe(definition.snapshot);
      for (const spec of definition.params) {
        const values = spec.default.split(",");
        const known = PARAM_DEFINITIONS[spec.key].options.map((o) => o.value);
        expect(known).toEqual(expect.arrayContaining(values));
      }
    },
  );

  it("counts 大班额 from 56 and 超大班额 from 66 in grades 1–9", () => {
    const large = resolved("large_class_ratio");
    expect(large.numerator).toEqual({ kind: "class_count", grades: { from: 1, to: 9 }, minStudents: 56 });
    expect(large.denominator).toEqual({ kind: "class_count", grades: { from: 1, to: 9 } });
    expect(resolved("super_large_class_ratio").numerator).toMatchObject({ minStudents: 66 });
  });

  it("narrows class-size ratios to a stage on both sides", () => {
    const junior = resolved("large_class_ratio", { stage: "junior" });
    expect(junior.name).toBe("大班额比例（初中）");
    expect(junior.numerator).toMatchObject({ grades: { from: 7, to: 9 } });
    expect(junior.denominator).toMatchObject({ grades: { from: 7, to: 9 } });
  });

  it("names the designation type and refuses an unknown one", () => {
    expect(resolved("designation_count", { designationType: "civilised_campus" }).name).toBe(
      "称号认定数（文明校园）",
    );
    const definition = findIndicator("designation_count");
    if (!definition) throw new Error("missing");
    const bad = resolveIndicator(definition, { designationType: "best_school" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.field).toBe("designationType");
  });

  it("refuses parameters an indicator does not take", () => {
    const definition = findIndicator("community_learning_centre_coverage");
    if (!definition) throw new Error("missing");
    const result = resolveIndicator(definition, { stage: "primary" });
    expect(result).toEqual({
      ok: false,
      problems: [{ field: "stage", message: "指标“社区学习中心覆盖率”不接受参数 stage" }],
    });
  });

  it("counts projects by finish year unless asked for the start year", () => {
    const finished = resolved("school_projects_preschool");
    expect(finished.numerator).toEqual({
      kind: "project_count",
      levels: ["preschool"],
      kinds: ["new", "rebuild", "expand"],
      dateBasis: "finished",
      minStatus: "completed",
    });
    expect(finished.params.minStatus).toBe("completed");
    const started = resolved("school_projects_senior", {
      basis: "started",
      kinds: "new",
      ownership: "public",
    });
    expect(started.numerator).toEqual({
      kind: "project_count",
      levels: ["senior"],
      kinds: ["new"],
      ownership: "public",
      dateBasis: "started",
      minStatus: "under_construction",
    });
    const any = resolved("school_projects_senior", { basis: "any" });
    expect(any.snapshot).toBe(true);
  });

  it("refuses repeated or empty multi-values", () => {
    const definition = findIndicator("school_projects_compulsory");
    if (!definition) throw new Error("missing");
    expect(resolveIndicator(definition, { kinds: "new,new" }).ok).toBe(false);
    expect(resolveIndicator(definition, { kinds: "" }).ok).toBe(false);
  });

  it("gives every countable data element an indicator of its own", () => {
    for (const element of DEFAULT_DATA_ELEMENTS) {
      const definition = elementIndicator(element);
      expect(definition?.numerator).toEqual({ kind: "data_element", elementCode: element.code });
      expect(definition?.periodType).toBe(element.periodType);
    }
    expect(elementIndicator({ ...DEFAULT_DATA_ELEMENTS[0]!, valueType: "percent" })).toBeNull();
  });
});

describe("indicator value", () => {
  it("is a percentage with a factor of 100 and null on an empty denominator", () => {
    const ratio = { denominator: { kind: "community_count", withCentre: false } as Measure, factor: 100 };
    expect(indicatorValue(ratio, 3, 4)).toBe(75);
    expect(indicatorValue(ratio, 0, 0)).toBeNull();
    expect(indicatorValue({ denominator: null, factor: 1 }, 7, 0)).toBe(7);
  });
});
