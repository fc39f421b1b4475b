import { describe, expect, it } from "vitest";
import { isTeacherNumber, parseTeacherNumber } from "./teacher-number.ts";
import { checkTeacherSheet, findDuplicateTeacherRows } from "./teacher-sheet.ts";

describe("教师编号", () => {
  it("takes a Changsha district code and an eight-digit serial", () => {
    expect(parseTeacherNumber("43010200000123")).toEqual({
      ok: true,
      districtCode: "430102",
      serial: "00000123",
    });
    expect(isTeacherNumber(" 43018112345678 ")).toBe(true);
  });

  it.each([
    ["4301020000012", "教师编号应为 14 位数字（6 位区县代码 + 8 位序号）"],
    ["43010200000A23", "教师编号应为 14 位数字（6 位区县代码 + 8 位序号）"],
    ["43010000000123", "教师编号前 6 位 430100 不是本市区县(市)代码"],
    ["43020200000123", "教师编号前 6 位 430202 不是本市区县(市)代码"],
    ["43010200000000", "教师编号的 8 位序号不能全为 0"],
  ])("refuses %s", (value, message) => {
    expect(parseTeacherNumber(value)).toEqual({ ok: false, message });
  });

  it("accepts another city's numbers when told its code", () => {
    expect(isTeacherNumber("43020200000123", "430200")).toBe(true);
  });
});

describe("duplicates in an import sheet", () => {
  it("reports every row of a duplicate group, naming the others", () => {
    const errors = findDuplicateTeacherRows([
      { teacherNumber: "43010200000001", idNumber: "43010219800101001x" },
      { teacherNumber: "43010200000002", idNumber: "43010219800101001X" },
      { teacherNumber: " 43010200000001", idNumber: "" },
      { teacherNumber: "43010200000001", idNumber: null },
    ]);
    expect(errors).toEqual([
      { row: 2, column: "教师编号", message: "教师编号与第 4、5 行重复" },
      { row: 2, column: "身份证件号码", message: "身份证件号码与第 3 行重复" },
      { row: 3, column: "身份证件号码", message: "身份证件号码与第 2 行重复" },
      { row: 4, column: "教师编号", message: "教师编号与第 2、5 行重复" },
      { row: 5, column: "教师编号", message: "教师编号与第 2、4 行重复" },
    ]);
  });

  it("uses the sheet's own headers and first row", () => {
    const errors = findDuplicateTeacherRows([{ teacherNumber: "1" }, { teacherNumber: "1" }], {
      firstRow: 5,
      columns: { teacherNumber: "编号", idNumber: "证件号" },
    });
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [5, "编号"],
      [6, "编号"],
    ]);
  });

  it("adds format errors and blank numbers to the duplicates", () => {
    const errors = checkTeacherSheet([
      { teacherNumber: "43010200000001" },
      { teacherNumber: "" },
      { teacherNumber: "123" },
    ]);
    expect(errors).toEqual([
      { row: 3, column: "教师编号", message: "教师编号不能为空" },
      { row: 4, column: "教师编号", message: "教师编号应为 14 位数字（6 位区县代码 + 8 位序号）" },
    ]);
  });
});
