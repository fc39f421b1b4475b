import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FITNESS_BANDS } from "./fitness-bands.ts";
import { scoreFitnessColumns } from "./fitness-columns.ts";
import { FITNESS_ITEMS, isGrade } from "./fitness-items.ts";
import type { FitnessItem, Sex } from "./fitness-items.ts";
import { FITNESS_LIMITS } from "./fitness-limits.ts";
import {
  countFitnessBandIndices,
  countFitnessBands,
  fitnessGoodRate,
  fitnessPassRate,
  healthyChinaGoodRateTarget,
  meetsHealthyChinaTarget,
} from "./fitness-rates.ts";
import { scoreFitness } from "./fitness-score.ts";

/** A raw value: usually plausible, sometimes missing or outside the app limits. */
function rawValue(field: FitnessItem | "heightCm" | "weightKg") {
  const { min, max } = FITNESS_LIMITS[field];
  return fc.oneof(
    { weight: 8, arbitrary: fc.double({ min, max, noNaN: true }) },
    { weight: 1, arbitrary: fc.constant(Number.NaN) },
    { weight: 1, arbitrary: fc.double({ min: min - 100, max: max + 100, noNaN: true }) },
  );
}

const student = fc.record({
  grade: fc.integer({ min: 1, max: 12 }),
  sex: fc.constantFrom<Sex>("male", "female"),
  heightCm: rawValue("heightCm"),
  weightKg: rawValue("weightKg"),
  items: fc.record(
    Object.fromEntries(FITNESS_ITEMS.map((item) => [item, rawValue(item)])) as Record<
      FitnessItem,
      fc.Arbitrary<number>
    >,
  ),
});

describe("bulk scorer", () => {
  it("agrees with scoreFitness on every student", () => {
    fc.assert(
      fc.property(fc.array(student, { minLength: 1, maxLength: 40 }), (students) => {
        const count = students.length;
        const columns = {
          count,
          grade: Uint8Array.from(students, (s) => s.grade),
          sex: Uint8Array.from(students, (s) => (s.sex === "male" ? 0 : 1)),
          heightCm: Float64Array.from(students, (s) => s.heightCm),
          weightKg: Float64Array.from(students, (s) => s.weightKg),
          items: Object.fromEntries(
            FITNESS_ITEMS.map((item) => [item, Float64Array.from(students, (s) => s.items[item])]),
          ),
        };
        const out = scoreFitnessColumns(columns);
        students.forEach((s, row) => {
          if (!isGrade(s.grade)) throw new Error("generator gave a bad grade");
          const items = Object.fromEntries(
            FITNESS_ITEMS.map((item) => [item, Number.isNaN(s.items[item]) ? null : s.items[item]]),
          );
          const one = scoreFitness({ ...s, grade: s.grade, items });
          expect(out.weighted[row]).toBe(one.weighted);
          expect(out.bonus[row]).toBe(one.bonus);
          expect(out.total[row]).toBe(one.total);
          expect(FITNESS_BANDS[out.band[row]!]).toBe(one.band);
          expect(out.complete[row] === 1).toBe(one.complete);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("rejects a row with an invalid grade", () => {
    const one = (grade: number) => ({
      count: 1,
      grade: [grade],
      sex: [0],
      heightCm: [150],
      weightKg: [40],
      items: {},
    });
    expect(() => scoreFitnessColumns(one(0))).toThrow(RangeError);
    expect(() => scoreFitnessColumns(one(12))).not.toThrow();
  });
});

describe("report rates", () => {
  const counts = { excellent: 2, good: 3, pass: 4, fail: 1 };

  it("computes 及格率 and 优良率 over everyone tested", () => {
    expect(fitnessPassRate(counts)).toBe(0.9);
    expect(fitnessGoodRate(counts)).toBe(0.5);
    expect(fitnessPassRate({ excellent: 0, good: 0, pass: 0, fail: 0 })).toBeNull();
    expect(fitnessGoodRate({ excellent: 0, good: 0, pass: 0, fail: 3 })).toBe(0);
  });

  it("counts bands from results and from the bulk band column alike", () => {
    expect(countFitnessBands(["good", "fail", "good", "excellent"])).toEqual({
      excellent: 1,
      good: 2,
      pass: 0,
      fail: 1,
    });
    expect(countFitnessBandIndices(Uint8Array.from([1, 3, 1, 0]))).toEqual({
      excellent: 1,
      good: 2,
      pass: 0,
      fail: 1,
    });
  });

  it("reads the 健康中国行动 优良率 targets by year", () => {
    expect(healthyChinaGoodRateTarget(2021)).toBeNull();
    expect(healthyChinaGoodRateTarget(2022)).toBe(0.5);
    expect(healthyChinaGoodRateTarget(2029)).toBe(0.5);
    expect(healthyChinaGoodRateTarget(2030)).toBe(0.6);
    expect(meetsHealthyChinaTarget(0.5, 2022)).toBe(true);
    expect(meetsHealthyChinaTarget(0.4999, 2022)).toBe(false);
    expect(meetsHealthyChinaTarget(0.59, 2030)).toBe(false);
    expect(meetsHealthyChinaTarget(0.9, 2020)).toBeNull();
  });
});
