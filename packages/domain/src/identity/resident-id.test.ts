import { describe, expect, it } from "vitest";
import { isLeapYear, isValidCalendarDate } from "./calendar-date.ts";
import { isValidResidentId, parseResidentId, residentIdCheckChar } from "./resident-id.ts";

const today = new Date(2024, 5, 1); // 2024-06-01, local time
const withCheck = (first17: string): string => first17 + residentIdCheckChar(first17);

function problemOf(input: string): { problem: string; message: string } | null {
  const result = parseResidentId(input, { today });
  return result.ok ? null : { problem: result.problem, message: result.message };
}

describe("GB 11643-1999 check character", () => {
  it("matches the standard's worked examples", () => {
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
    expect(residentIdCheckChar("44052418800101001")).toBe("4");
  });

  it("refuses anything but 17 digits", () => {
    expect(() => residentIdCheckChar("1101051949123100")).toThrow(RangeError);
    expect(() => residentIdCheckChar("1101051949123100A")).toThrow(RangeError);
  });
});

describe("parseResidentId", () => {
  it("extracts region, birth date and sex", () => {
    const result = parseResidentId("11010519491231002X", { today });
    expect(result).toEqual({
      ok: true,
      value: {
        number: "11010519491231002X",
        regionCode: "110105",
        birthDate: { year: 1949, month: 12, day: 31 },
        sex: "female",
      },
    });
    const male = parseResidentId("440524188001010014", { today });
    expect(male.ok && male.value.sex).toBe("male");
  });

  it("accepts a lower-case x and surrounding spaces, and normalises them", () => {
    const result = parseResidentId(" 11010519491231002x ", { today });
    expect(result.ok && result.value.number).toBe("11010519491231002X");
  });

  it("refuses 15-digit first-generation numbers with a message about length", () => {
    const problem = problemOf("110105491231002");
    expect(problem?.problem).toBe("length");
    expect(problem?.message).toContain("15位");
    expect(problem?.message).toContain("长度");
  });

  it.each([
    ["", 0],
    ["1101051949123100", 16],
    ["11010519491231002X1", 19],
  ])("names the length of %j", (input, length) => {
    const problem = problemOf(input);
    expect(problem?.problem).toBe("length");
    expect(problem?.message).toContain(`${length}位`);
  });

  it.each(["1101051949123100XX", "11010519491231A02X", "１１０１０５１９４９１２３１００２X"])(
    "refuses characters other than digits and a final X in %s",
    (input) => {
      expect(problemOf(input)?.problem).toBe(input.length === 18 ? "characters" : "length");
    },
  );

  it("refuses a region code starting with 0", () => {
    const problem = problemOf(withCheck("01010519491231002"));
    expect(problem?.problem).toBe("region");
    expect(problem?.message).toContain("地区码");
  });

  it.each([
    ["20190230", "不是有效日期"],
    ["20190229", "不是有效日期"],
    ["19000229", "不是有效日期"],
    ["20191301", "不是有效日期"],
    ["20190100", "不是有效日期"],
    ["17991231", "早于1800年"],
    ["20240602", "晚于今天"],
  ])("refuses birth date %s even with a correct check digit", (date, words) => {
    const problem = problemOf(withCheck(`430102${date}123`));
    expect(problem?.problem).toBe("birthDate");
    expect(problem?.message).toContain("出生日期");
    expect(problem?.message).toContain(words);
  });

  it.each(["20000229", "20200229", "20240229", "20240601", "18000101"])("accepts birth date %s", (date) => {
    expect(isValidResidentId(withCheck(`430102${date}123`), { today })).toBe(true);
  });

  it("uses the injected today for future dates", () => {
    const id = withCheck("43010220240602123");
    expect(isValidResidentId(id, { today })).toBe(false);
    expect(isValidResidentId(id, { today: new Date(2024, 5, 2) })).toBe(true);
  });

  it("names the expected check character when it is wrong", () => {
    const problem = problemOf("110105194912310021");
    expect(problem?.problem).toBe("checkDigit");
    expect(problem?.message).toContain("校验码");
    expect(problem?.message).toContain("X");
  });
});

describe("calendar", () => {
  it("knows the Gregorian leap years", () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(isValidCalendarDate({ year: 2023, month: 4, day: 31 })).toBe(false);
    expect(isValidCalendarDate({ year: 2023, month: 12, day: 31 })).toBe(true);
  });
});
