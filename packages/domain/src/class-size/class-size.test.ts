import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CLASS_SIZE_BANDS,
  classifyClassSize,
  isLargeClass,
  isSuperLargeClass,
  standardClassSize,
} from "./class-size-bands.ts";
import { largeClassShare, summariseClassSizes, superLargeClassShare } from "./class-size-ratios.ts";
import { CLASS_SIZE_TARGETS, classSizeTargetStatus, classSizeTargetsFor } from "./class-size-targets.ts";

describe("class-size bands (国发〔2016〕40号)", () => {
  it.each([
    [45, "standard"],
    [46, "oversized"],
    [55, "oversized"],
    [56, "large"],
    [65, "large"],
    [66, "superLarge"],
  ] as const)("小学 %i → %s", (size, band) => {
    expect(classifyClassSize(size, "primary")).toBe(band);
  });

  it.each([
    [45, "standard"],
    [50, "standard"],
    [51, "oversized"],
    [55, "oversized"],
    [56, "large"],
    [65, "large"],
    [66, "superLarge"],
  ] as const)("初中 %i → %s", (size, band) => {
    expect(classifyClassSize(size, "junior")).toBe(band);
  });

  it("defaults to the 小学 standard", () => {
    expect(classifyClassSize(46)).toBe("oversized");
    expect(standardClassSize("primary")).toBe(45);
    expect(standardClassSize("junior")).toBe(50);
  });

  it.each([
    [55, false, false],
    [56, true, false],
    [65, true, false],
    [66, true, true],
  ])("%i: large %s, super-large %s", (size, large, superLarge) => {
    expect(isLargeClass(size)).toBe(large);
    expect(isSuperLargeClass(size)).toBe(superLarge);
  });

  it("refuses sizes that are not counts", () => {
    expect(() => classifyClassSize(-1)).toThrow(RangeError);
    expect(() => isLargeClass(45.5)).toThrow("班额");
  });

  it("never moves a class to a smaller band when a pupil is added", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.constantFrom("primary", "junior"), (size, stage) => {
        const before = CLASS_SIZE_BANDS.indexOf(classifyClassSize(size, stage));
        const after = CLASS_SIZE_BANDS.indexOf(classifyClassSize(size + 1, stage));
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe("大班额比例", () => {
  it("counts 超大班额 within 大班额", () => {
    const sizes = [40, 46, 56, 66];
    expect(largeClassShare(sizes)).toBe(0.5);
    expect(superLargeClassShare(sizes)).toBe(0.25);
    expect(summariseClassSizes(sizes).byBand).toEqual({ standard: 1, oversized: 1, large: 1, superLarge: 1 });
  });

  it("is null, not 0, when there are no classes", () => {
    expect(largeClassShare([])).toBeNull();
    expect(summariseClassSizes([]).largeShare).toBeNull();
  });
});

describe("targets", () => {
  const [noSuperLarge, fivePercent] = CLASS_SIZE_TARGETS;

  it("allows no 66-pupil class for the 2018 target", () => {
    expect(classSizeTargetStatus(noSuperLarge, [65, 65]).met).toBe(true);
    expect(classSizeTargetStatus(noSuperLarge, [65, 66]).met).toBe(false);
  });

  it("allows exactly 5% 大班额 for the 2020 target, not more", () => {
    const oneInTwenty = [56, ...Array.from({ length: 19 }, () => 45)];
    expect(classSizeTargetStatus(fivePercent, oneInTwenty).met).toBe(true);
    const oneInNineteen = [56, ...Array.from({ length: 18 }, () => 45)];
    expect(classSizeTargetStatus(fivePercent, oneInNineteen).met).toBe(false);
    expect(classSizeTargetStatus(fivePercent, []).met).toBeNull();
  });

  it("applies each target from its year on", () => {
    expect(classSizeTargetsFor(2017)).toEqual([]);
    expect(classSizeTargetsFor(2018).map((t) => t.id)).toEqual(["noSuperLarge2018"]);
    expect(classSizeTargetsFor(2020)).toHaveLength(2);
  });
});
