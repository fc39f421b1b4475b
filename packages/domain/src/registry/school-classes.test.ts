import { describe, expect, it } from "vitest";
import { isSchoolYear, schoolYearOn } from "./school-year.ts";
import { classBand, summariseClasses } from "./class-summary.ts";
import { classSizeStageOf, gradeLabel, gradesOf, GRADE_RANGES } from "./grade-ranges.ts";
import { checkClassRow, checkPlaces, duplicateClassRows, MAX_CLASS_STUDENTS } from "./school-classes.ts";

describe("grade ranges", () => {
  it.each([
    ["primary", [1, 6]],
    ["junior", [7, 9]],
    ["nine_year", [1, 9]],
    ["senior", [10, 12]],
    ["kindergarten", [0, 0]],
  ] as const)("%s teaches grades %j", (type, [min, max]) => {
    expect(GRADE_RANGES[type]).toEqual({ min, max });
  });

  it("lists grades and names them", () => {
    expect(gradesOf("junior")).toEqual([7, 8, 9]);
    expect(gradesOf("community_learning_centre")).toEqual([]);
    expect(gradeLabel(0)).toBe("幼儿园");
    expect(gradeLabel(7)).toBe("七年级");
    expect(gradeLabel(12)).toBe("高三");
  });

  it("measures 1–6 against 小学 and 7–12 against 中学, not kindergartens or special schools", () => {
    expect(classSizeStageOf("nine_year", 6)).toBe("primary");
    expect(classSizeStageOf("nine_year", 7)).toBe("junior");
    expect(classSizeStageOf("senior", 11)).toBe("junior");
    expect(classSizeStageOf("kindergarten", 0)).toBeNull();
    expect(classSizeStageOf("special", 3)).toBeNull();
  });
});

describe("class rows", () => {
  it("accepts a class within the institution's grades", () => {
    expect(checkClassRow("primary", { grade: 3, name: "3班", students: 45 })).toEqual([]);
    expect(checkClassRow("primary", { grade: 1, name: "1班", students: MAX_CLASS_STUDENTS })).toEqual([]);
  });

  it("names the grades a primary school may register", () => {
    expect(checkClassRow("primary", { grade: 7, name: "1班", students: 40 })).toEqual([
      { field: "grade", message: "小学只能登记一年级至六年级的班级" },
    ]);
    expect(checkClassRow("kindergarten", { grade: 1, name: "大一班", students: 30 })[0]?.message).toBe(
      "幼儿园只能登记幼儿园的班级",
    );
    expect(checkClassRow("out_of_school", { grade: 1, name: "x", students: 1 })[0]?.message).toBe(
      "校外教育机构不登记班级",
    );
  });

  it("refuses more than 120 pupils, negative counts and blank names", () => {
    const problems = checkClassRow("junior", { grade: 8, name: "  ", students: 121 });
    expect(problems.map((p) => p.field)).toEqual(["name", "students"]);
    expect(problems[1]?.message).toContain("不能超过 120 人");
    expect(checkClassRow("junior", { grade: 8, name: "1班", students: -1 })[0]?.field).toBe("students");
  });

  it("checks places only when they are recorded", () => {
    expect(checkPlaces(1800, 1800)).toBeNull();
    expect(checkPlaces(1801, 1800)).toBe("全校在校生合计 1801 人，超过核定学位数 1800 人");
    expect(checkPlaces(5000, 0)).toBeNull();
  });

  it("finds repeated grade and name pairs", () => {
    const rows = [
      { grade: 1, name: "1班" },
      { grade: 2, name: "1班" },
      { grade: 1, name: " 1班 " },
    ];
    expect(duplicateClassRows(rows)).toEqual([2]);
  });

  it("reads and derives school years", () => {
    expect(isSchoolYear("2019-2020")).toBe(true);
    expect(isSchoolYear("2019-2021")).toBe(false);
    expect(isSchoolYear("2019")).toBe(false);
    expect(schoolYearOn("2019-03-01")).toBe("2018-2019");
    expect(schoolYearOn("2019-09-01")).toBe("2019-2020");
  });
});

describe("class summary", () => {
  it("counts bands per class with each grade's standard and leaves kindergartens unmeasured", () => {
    const rows = [
      { grade: 1, students: 45 },
      { grade: 1, students: 48 },
      { grade: 7, students: 48 },
      { grade: 8, students: 56 },
      { grade: 9, students: 66 },
    ];
    const summary = summariseClasses("nine_year", rows, 300);
    expect(summary.byBand).toEqual({ standard: 2, oversized: 1, large: 1, superLarge: 1 });
    expect(summary.students).toBe(263);
    expect(summary.largeShare).toBeCloseTo(0.4);
    expect(summary.superLargeShare).toBeCloseTo(0.2);
    expect(summary.byGrade.map((g) => [g.gradeLabel, g.classes, g.large])).toEqual([
      ["一年级", 2, 0],
      ["七年级", 1, 0],
      ["八年级", 1, 1],
      ["九年级", 1, 1],
    ]);
    const kindergarten = summariseClasses("kindergarten", [{ grade: 0, students: 70 }], 0);
    expect(kindergarten.measuredClasses).toBe(0);
    expect(kindergarten.largeShare).toBeNull();
    expect(kindergarten.placesRecorded).toBe(false);
    expect(classBand("primary", 3, 56)).toBe("large");
  });
});
