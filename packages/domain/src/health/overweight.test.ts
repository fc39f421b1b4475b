import { describe, expect, it } from "vitest";
import raw from "./data/wst586-2018.json" with { type: "json" };
import { ageInHalfYears, ageInYears, parseCalendarDate } from "./half-year-age.ts";
import { classifyWeightStatus, screenWeightStatus } from "./overweight-wst586.ts";

describe("age in half-years", () => {
  it("floors to the half-year on the birthday's day of the month", () => {
    expect(ageInHalfYears("2012-03-15", "2019-08-14")).toBe(7); // 7 y 4 m
    expect(ageInHalfYears("2012-03-15", "2019-09-14")).toBe(7); // 7 y 5 m
    expect(ageInHalfYears("2012-03-15", "2019-09-15")).toBe(7.5); // 7 y 6 m
    expect(ageInHalfYears("2012-03-15", "2020-03-14")).toBe(7.5);
    expect(ageInHalfYears("2012-03-15", "2020-03-15")).toBe(8); // birthday
  });

  it("moves a missing day (31st, 29 February) to the 1st of the next month", () => {
    expect(ageInHalfYears("2012-08-31", "2019-02-28")).toBe(6);
    expect(ageInHalfYears("2012-08-31", "2019-03-01")).toBe(6.5);
    expect(ageInHalfYears("2012-02-29", "2018-02-28")).toBe(5.5);
    expect(ageInHalfYears("2012-02-29", "2018-03-01")).toBe(6);
    expect(ageInHalfYears("2012-02-29", "2019-08-28")).toBe(7);
    expect(ageInHalfYears("2012-02-29", "2019-08-29")).toBe(7.5);
    expect(ageInHalfYears("2012-02-29", "2020-02-28")).toBe(7.5);
    expect(ageInHalfYears("2012-02-29", "2020-02-29")).toBe(8); // a leap year has the day itself
  });

  it("gives completed years for the age-6 rules", () => {
    expect(ageInYears("2013-09-01", "2019-08-31")).toBe(5);
    expect(ageInYears("2013-09-01", "2019-09-01")).toBe(6);
  });

  it("rejects impossible dates and measurements before birth", () => {
    for (const bad of ["2019-02-29", "2019-13-01", "2019-04-31", "20190101", "2019-1-1"]) {
      expect(() => parseCalendarDate(bad)).toThrow(RangeError);
    }
    expect(parseCalendarDate("2020-02-29")).toEqual({ year: 2020, month: 2, day: 29 });
    expect(() => ageInHalfYears("2012-05-01", "2012-04-30")).toThrow(RangeError);
  });
});

describe("WS/T 586-2018 表1 cut-offs", () => {
  const at = (sex: "male" | "female", ageHalfYears: number, bmi: number) =>
    classifyWeightStatus({ sex, ageHalfYears, bmi });

  it("classifies at the edges of a row", () => {
    expect(at("male", 7, 16.9)).toMatchObject({ status: "normal", overweightCutoff: 17, obeseCutoff: 18.7 });
    expect(at("male", 7, 17.0)).toMatchObject({ status: "overweight" });
    expect(at("male", 7, 18.6)).toMatchObject({ status: "overweight" });
    expect(at("male", 7, 18.7)).toMatchObject({ status: "obese" });
    expect(at("female", 13, 22.2)).toMatchObject({ status: "overweight", obeseCutoff: 25 });
    expect(at("female", 13, 24.96)).toMatchObject({ status: "obese" }); // reads 25.0
  });

  it("applies from 6.0 to 18.0 only", () => {
    expect(at("female", 6, 16.2)).toMatchObject({ applicable: true, status: "overweight" });
    expect(at("male", 18, 28)).toMatchObject({ applicable: true, status: "obese" });
    expect(at("male", 5.5, 30)).toEqual({ applicable: false });
    expect(at("male", 18.5, 30)).toEqual({ applicable: false });
    expect(at("male", 7.25, 30)).toEqual({ applicable: false });
  });

  it("matches every row of the table one step either side", () => {
    for (const row of raw.cutoffs) {
      for (const sex of ["male", "female"] as const) {
        const { overweight, obese } = row[sex];
        expect(at(sex, row.age, overweight - 0.1)).toMatchObject({ status: "normal" });
        expect(at(sex, row.age, overweight)).toMatchObject({ status: "overweight" });
        expect(at(sex, row.age, obese - 0.1)).toMatchObject({ status: "overweight" });
        expect(at(sex, row.age, obese)).toMatchObject({ status: "obese" });
      }
    }
  });

  it("rises with age and keeps obese above overweight (table check)", () => {
    raw.cutoffs.forEach((row, i) => {
      for (const sex of ["male", "female"] as const) {
        expect(row[sex].obese).toBeGreaterThan(row[sex].overweight);
        const prev = raw.cutoffs[i - 1];
        if (prev) {
          expect(row[sex].overweight).toBeGreaterThan(prev[sex].overweight);
          expect(row[sex].obese).toBeGreaterThan(prev[sex].obese);
        }
      }
    });
  });

  it("screens from dates: a leap-day boy changes row on 1 March", () => {
    const boy = { sex: "male" as const, birthDate: "2012-02-29", heightCm: 120, weightKg: 26 }; // BMI 18.1
    expect(screenWeightStatus({ ...boy, measuredOn: "2019-02-28" })).toMatchObject({
      status: "obese",
      obeseCutoff: 18.1,
    });
    expect(screenWeightStatus({ ...boy, measuredOn: "2019-03-01" })).toMatchObject({
      status: "overweight",
      obeseCutoff: 18.7,
    });
    expect(screenWeightStatus({ ...boy, measuredOn: "2018-02-28" })).toEqual({ applicable: false });
  });
});
