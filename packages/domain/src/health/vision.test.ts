import { describe, expect, it } from "vitest";
import {
  countMyopia,
  meetsMyopia2030Target,
  MYOPIA_2030_TARGETS,
  myopiaRate,
  myopiaTargetRate,
} from "./myopia-targets.ts";
import { classifyAcuity, isValidAcuity, worseAcuityClass } from "./vision-acuity.ts";
import { screenEye, screenStudentVision, sphericalEquivalent } from "./vision-screening.ts";
import type { EyeInput } from "./vision-screening.ts";

describe("acuity classes (WS/T 663-2020 视力不良)", () => {
  it.each([
    [5.3, "normal"],
    [5.0, "normal"],
    [4.9, "mild"],
    [4.8, "moderate"],
    [4.6, "moderate"],
    [4.5, "severe"],
    [3.0, "severe"],
  ] as const)("%d → %s", (acuity, expected) => {
    expect(classifyAcuity(acuity)).toBe(expected);
  });

  it("accepts only chart values 3.0–5.3 in steps of 0.1", () => {
    expect(isValidAcuity(4.7)).toBe(true);
    expect(isValidAcuity(0.1 + 0.2 + 4.4)).toBe(true); // floating-point noise, still 4.7
    for (const bad of [2.9, 5.4, 4.85, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isValidAcuity(bad)).toBe(false);
      expect(() => classifyAcuity(bad)).toThrow(RangeError);
    }
  });

  it("grades a student by the worse eye", () => {
    expect(worseAcuityClass("mild", "severe")).toBe("severe");
    expect(worseAcuityClass("normal", "mild")).toBe("mild");
  });
});

describe("screening myopia (筛查性近视)", () => {
  const age = { ageYears: 8 };

  it("computes SE = sphere + cylinder / 2", () => {
    expect(sphericalEquivalent(-0.25, -0.5)).toBe(-0.5);
    expect(sphericalEquivalent(-1.0, 0)).toBe(-1);
    expect(sphericalEquivalent(+1.25, -1.5)).toBe(0.5);
  });

  it("needs acuity below 5.0 and SE ≤ −0.50 D", () => {
    expect(screenEye({ acuity: 4.9, sphere: -0.25, cylinder: -0.5 }, age).myopia).toBe("myopic"); // SE −0.50
    expect(screenEye({ acuity: 4.9, sphere: -0.25, cylinder: -0.25 }, age).myopia).toBe("not_myopic"); // SE −0.375
    expect(screenEye({ acuity: 5.0, sphere: -2, cylinder: 0 }, age).myopia).toBe("not_myopic");
    expect(screenEye({ acuity: 4.0, sphere: 1.5, cylinder: 0 }, age).myopia).toBe("not_myopic");
  });

  it("applies from age 6", () => {
    const eye = { acuity: 4.5, sphere: -1, cylinder: 0 };
    expect(screenEye(eye, { ageYears: 5 }).myopia).toBe("not_applicable");
    expect(screenEye(eye, { ageYears: 6 }).myopia).toBe("myopic");
  });

  it("leaves myopia undetermined without SE unless told to count acuity alone", () => {
    const eye = { acuity: 4.8 };
    expect(screenEye(eye, age).myopia).toBe("undetermined");
    expect(screenEye(eye, { ...age, missingSe: "acuity_only" }).myopia).toBe("myopic");
    expect(screenEye({ acuity: 5.1 }, age).myopia).toBe("not_myopic");
  });

  it("reads a missing cylinder as 0 and rejects SE outside −20…+10 D", () => {
    expect(screenEye({ acuity: 4.9, sphere: -0.5 }, age).se).toBe(-0.5);
    const wild = screenEye({ acuity: 4.9, sphere: -21, cylinder: 0 }, age);
    expect(wild.se).toBeNull();
    expect(wild.problems).toEqual(["se_out_of_range"]);
    expect(wild.myopia).toBe("undetermined");
    expect(screenEye({ acuity: 4.9, sphere: -19, cylinder: -2 }, age).se).toBe(-20);
    expect(screenEye({ acuity: 4.9, sphere: 10, cylinder: 0 }, age).se).toBe(10);
  });

  it("reports a missing or off-chart acuity", () => {
    expect(screenEye({ acuity: null, sphere: -2 }, age)).toMatchObject({
      myopia: "undetermined",
      problems: ["acuity_missing"],
    });
    expect(screenEye({ acuity: 5.5 }, age).problems).toEqual(["acuity_invalid"]);
  });

  it("counts a student as myopic when either eye is", () => {
    const myopic = { acuity: 4.7, sphere: -1.25, cylinder: -0.5 };
    const fine = { acuity: 5.0, sphere: 0, cylinder: 0 };
    const unknown = { acuity: 4.9 };
    const student = (right: EyeInput, left: EyeInput) => screenStudentVision({ right, left }, age);
    expect(student(myopic, fine)).toMatchObject({
      myopia: "myopic",
      poorVision: true,
      worseClass: "moderate",
    });
    expect(student(fine, fine)).toMatchObject({
      myopia: "not_myopic",
      poorVision: false,
      worseClass: "normal",
    });
    expect(student(unknown, fine)).toMatchObject({
      myopia: "undetermined",
      poorVision: true,
      worseClass: "mild",
    });
    expect(student(unknown, myopic).myopia).toBe("myopic");
    expect(student(fine, { acuity: null }).poorVision).toBeNull();
  });
});

describe("myopia rates and the 八部门方案 targets", () => {
  it("divides myopic students by students screened", () => {
    const counts = countMyopia(["myopic", "not_myopic", "undetermined", "myopic", "not_applicable"]);
    expect(counts).toEqual({ screened: 4, myopic: 2, undetermined: 1 });
    expect(myopiaRate(counts)).toBe(0.5);
    expect(myopiaRate({ screened: 0, myopic: 0 })).toBeNull();
  });

  it("lowers the target 0.5 point a year from the 2018 baseline to 2023", () => {
    expect(myopiaTargetRate({ baselineRate: 0.536, year: 2018 })).toBe(0.536);
    expect(myopiaTargetRate({ baselineRate: 0.536, year: 2019 })).toBe(0.531);
    expect(myopiaTargetRate({ baselineRate: 0.536, year: 2021 })).toBe(0.521);
    expect(myopiaTargetRate({ baselineRate: 0.536, year: 2023 })).toBe(0.511);
    expect(myopiaTargetRate({ baselineRate: 0.536, year: 2023, highPrevalence: true })).toBe(0.486);
  });

  it("sets no yearly target outside 2018–2023, and never below 0", () => {
    expect(myopiaTargetRate({ baselineRate: 0.536, year: 2017 })).toBeNull();
    expect(myopiaTargetRate({ baselineRate: 0.536, year: 2024 })).toBeNull();
    expect(myopiaTargetRate({ baselineRate: 0.536, year: 2020.5 })).toBeNull();
    expect(myopiaTargetRate({ baselineRate: 0.01, year: 2023, highPrevalence: true })).toBe(0);
  });

  it("holds the 2030 stage targets, 以下 including the figure", () => {
    expect(MYOPIA_2030_TARGETS).toEqual({ age6: 0.03, primary: 0.38, junior: 0.6, senior: 0.7 });
    expect(meetsMyopia2030Target("primary", 0.38)).toBe(true);
    expect(meetsMyopia2030Target("primary", 0.3801)).toBe(false);
    expect(meetsMyopia2030Target("junior", 0.6)).toBe(true);
    expect(meetsMyopia2030Target("senior", 0.7001)).toBe(false);
  });
});
