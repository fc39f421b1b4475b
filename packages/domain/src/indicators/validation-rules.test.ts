import { describe, expect, it } from "vitest";
import { checkDataValue, DEFAULT_DATA_ELEMENTS, type DataElementDefinition } from "./data-elements.ts";
import { checkDataEntry, checkValidationRules } from "./validation-rules.ts";

const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("validation rules at entry", () => {
  it("refuses more 大班额 classes than classes", () => {
    expect(checkValidationRules(values({ classes_total: 40, classes_large: 41 }))).toEqual([
      {
        field: "classes_large",
        rule: "large_classes_within_all",
        message: "大班额班级数不能超过班级总数（41 <= 40 不成立）",
      },
    ]);
    expect(checkValidationRules(values({ classes_total: 40, classes_large: 40 }))).toEqual([]);
  });

  it("keeps 超大 within 大", () => {
    const problems = checkValidationRules(
      values({ classes_total: 40, classes_large: 3, classes_super_large: 4 }),
    );
    expect(problems.map((p) => p.rule)).toEqual(["super_large_within_large"]);
  });

  it("skips a rule while one side is missing, so a form can be filled in parts", () => {
    expect(checkValidationRules(values({ classes_large: 41 }))).toEqual([]);
  });

  it("checks each value against its element before the rules", () => {
    const problems = checkDataEntry({
      elements: DEFAULT_DATA_ELEMENTS,
      values: values({ classes_total: 4.5, classes_large: -1, nope: 1 }),
    });
    expect(problems).toEqual([
      { field: "classes_total", message: "“义务教育班级总数”须为整数" },
      { field: "classes_large", message: "“大班额班级数（56人及以上）”不能小于 0" },
      { field: "nope", message: "数据元素 nope 不存在" },
    ]);
  });

  it("bounds percentages to 0–100 unless the element says otherwise", () => {
    const share: DataElementDefinition = {
      code: "share",
      name: "占比",
      unit: "%",
      valueType: "percent",
      periodType: "year",
      minValue: null,
      maxValue: null,
      description: null,
    };
    expect(checkDataValue(share, 100)).toBeNull();
    expect(checkDataValue(share, 100.5)).toBe("“占比”不能大于 100");
    expect(checkDataValue({ ...share, maxValue: 200 }, 150)).toBeNull();
    expect(checkDataValue(share, Number.NaN)).toBe("“占比”须为数字");
  });
});
