import { describe, expect, it } from "vitest";
import { residentIdCheckChar } from "./resident-id.ts";
import { parseStudentNumber } from "./student-number.ts";

const today = new Date(2024, 5, 1);
const parse = (input: string) => parseStudentNumber(input, { today });

describe("全国学籍号", () => {
  it("reads a G number as the student's ID number", () => {
    const result = parse("G11010519491231002X");
    expect(result).toEqual({
      ok: true,
      value: {
        number: "G11010519491231002X",
        kind: "G",
        regionCode: "110105",
        birthDate: { year: 1949, month: 12, day: 31 },
        sex: "female",
      },
    });
  });

  it("accepts lower-case letters", () => {
    const result = parse("g11010519491231002x");
    expect(result.ok && result.value.number).toBe("G11010519491231002X");
  });

  it("validates the ID inside a G number", () => {
    const result = parse("G110105194912310021");
    expect(!result.ok && result.problem).toBe("checkDigit");
    expect(!result.ok && result.message).toContain("学籍号");
  });

  it("validates a J number like an ID number", () => {
    const first17 = "43010220120315001";
    const j = parse(`J${first17}${residentIdCheckChar(first17)}`);
    expect(j.ok && j.value).toMatchObject({ kind: "J", regionCode: "430102", sex: "male" });
    const bad = parse(`J${first17}X`);
    expect(!bad.ok && bad.problem).toBe("checkDigit");
  });

  it("reads an L number's region and birth date, with no sex", () => {
    const result = parse("L430102201203150007");
    expect(result.ok && result.value).toMatchObject({
      kind: "L",
      regionCode: "430102",
      birthDate: { year: 2012, month: 3, day: 15 },
      sex: null,
    });
  });

  it.each([
    ["L430102201202300007", "birthDate", "出生日期"],
    ["L430102202406020007", "birthDate", "晚于今天"],
    ["L030102201203150007", "region", "地区码"],
    ["L43010220120315000X", "characters", "18位数字"],
    ["X430102201203150007", "prefix", "G、J或L"],
    ["L43010220120315000", "length", "18位"],
    ["", "prefix", "G、J或L"],
  ])("refuses %s (%s)", (input, problem, words) => {
    const result = parse(input);
    expect(!result.ok && result.problem).toBe(problem);
    expect(!result.ok && result.message).toContain(words);
  });
});
