import { describe, expect, it } from "vitest";
import { fitnessBand, graduationScore } from "./fitness-bands.ts";
import { bmiOneDecimal, classifyFitnessBmi } from "./fitness-bmi.ts";
import { bonusPoints } from "./fitness-bonus.ts";
import { FITNESS_DATA } from "./fitness-data.ts";
import { GRADES, SEXES } from "./fitness-items.ts";
import { scoreFitness } from "./fitness-score.ts";

describe("BMI bands (表2/表3)", () => {
  it("classifies grade 1 boys at every printed edge", () => {
    const at = (bmi: number) => classifyFitnessBmi(1, "male", bmi);
    expect(at(13.4)).toEqual({ category: "underweight", score: 80 });
    expect(at(13.5)).toEqual({ category: "normal", score: 100 });
    expect(at(18.1)).toEqual({ category: "normal", score: 100 });
    expect(at(18.2)).toEqual({ category: "overweight", score: 80 });
    expect(at(20.3)).toEqual({ category: "overweight", score: 80 });
    expect(at(20.4)).toEqual({ category: "obese", score: 60 });
  });

  it("rounds to one decimal before lookup, so the 0.1 gaps hold nobody", () => {
    expect(classifyFitnessBmi(1, "male", 13.44).category).toBe("underweight");
    expect(classifyFitnessBmi(1, "male", 13.45).category).toBe("normal");
    expect(classifyFitnessBmi(1, "male", 18.149).category).toBe("normal");
    expect(classifyFitnessBmi(1, "male", 18.15).category).toBe("overweight");
    expect(bmiOneDecimal(120, 26.136)).toBe(18.2); // 26.136 / 1.2² = 18.15 exactly
    expect(bmiOneDecimal(150, 30)).toBe(13.3);
  });

  it("puts each edge of every grade and sex in its printed band", () => {
    for (const sex of SEXES) {
      for (const grade of GRADES) {
        const b = FITNESS_DATA.bmi[sex][String(grade)]!;
        expect(classifyFitnessBmi(grade, sex, b.underweight[1]!).category).toBe("underweight");
        expect(classifyFitnessBmi(grade, sex, b.normal[0]!).category).toBe("normal");
        expect(classifyFitnessBmi(grade, sex, b.normal[1]!).category).toBe("normal");
        expect(classifyFitnessBmi(grade, sex, b.overweight[0]!).category).toBe("overweight");
        expect(classifyFitnessBmi(grade, sex, b.overweight[1]!).category).toBe("overweight");
        expect(classifyFitnessBmi(grade, sex, b.obese[0]!).category).toBe("obese");
      }
    }
  });
});

describe("bonus points (加分指标)", () => {
  it("gives 跳绳 1 point per 2 skips beyond the 100-point count, up to 20", () => {
    // 一年级男生 100分 = 109
    expect(bonusPoints("rope_skip_1min", 1, "male", 109)).toBe(0);
    expect(bonusPoints("rope_skip_1min", 1, "male", 110)).toBe(0);
    expect(bonusPoints("rope_skip_1min", 1, "male", 111)).toBe(1);
    expect(bonusPoints("rope_skip_1min", 1, "male", 129)).toBe(10);
    expect(bonusPoints("rope_skip_1min", 1, "male", 149)).toBe(20);
    expect(bonusPoints("rope_skip_1min", 1, "male", 220)).toBe(20);
    expect(bonusPoints("rope_skip_1min", 6, "female", 166 + 40)).toBe(20);
  });

  it("gives 引体向上 1 point per extra repetition, up to 10", () => {
    // 高一男生 100分 = 16
    expect(bonusPoints("pull_up", 10, "male", 16)).toBe(0);
    expect(bonusPoints("pull_up", 10, "male", 21)).toBe(5);
    expect(bonusPoints("pull_up", 10, "male", 26)).toBe(10);
    expect(bonusPoints("pull_up", 10, "male", 40)).toBe(10);
  });

  it("steps 1000米 by 4 s, then 3 s, up to 35 s faster", () => {
    // 高一男生 100分 = 3'30" = 210 s
    expect(bonusPoints("run_1000m", 10, "male", 207)).toBe(0);
    expect(bonusPoints("run_1000m", 10, "male", 206)).toBe(1);
    expect(bonusPoints("run_1000m", 10, "male", 190)).toBe(5);
    expect(bonusPoints("run_1000m", 10, "male", 187)).toBe(6);
    expect(bonusPoints("run_1000m", 10, "male", 175)).toBe(10);
    expect(bonusPoints("run_1000m", 10, "male", 150)).toBe(10);
  });

  it("steps 仰卧起坐 by 2, then 1, up to 13 extra, and 800米 by 5 s up to 50 s", () => {
    // 初一女生 仰卧起坐 100分 = 50; 800米 100分 = 3'35" = 215 s
    expect(bonusPoints("sit_up_1min", 7, "female", 51)).toBe(0);
    expect(bonusPoints("sit_up_1min", 7, "female", 52)).toBe(1);
    expect(bonusPoints("sit_up_1min", 7, "female", 57)).toBe(4);
    expect(bonusPoints("sit_up_1min", 7, "female", 63)).toBe(10);
    expect(bonusPoints("sit_up_1min", 7, "female", 80)).toBe(10);
    expect(bonusPoints("run_800m", 7, "female", 210)).toBe(1);
    expect(bonusPoints("run_800m", 7, "female", 190)).toBe(5);
    expect(bonusPoints("run_800m", 7, "female", 166)).toBe(9);
    expect(bonusPoints("run_800m", 7, "female", 165)).toBe(10);
  });

  it("gives no bonus where the standard has none", () => {
    expect(bonusPoints("sit_up_1min", 5, "female", 70)).toBe(0); // 小学仰卧起坐
    expect(bonusPoints("run_50m", 10, "male", 6.0)).toBe(0);
    expect(bonusPoints("pull_up", 10, "female", 30)).toBe(0);
  });
});

describe("whole-student totals by grade group", () => {
  it("scores 小学一、二年级 (二年级女生) and rounds 85.75 up", () => {
    const r = scoreFitness({
      grade: 2,
      sex: "female",
      heightCm: 125,
      weightKg: 25, // BMI 16.0 正常 100
      items: { vital_capacity: 1300, run_50m: 10.8, sit_and_reach: 7.8, rope_skip_1min: 130 }, // 85, 80, 70, 100 + 1
    });
    expect(r.items.map((i) => i.score)).toEqual([100, 85, 80, 70, 100]);
    expect(r.weighted).toBe(84.75);
    expect(r.bonus).toBe(1);
    expect(r.total).toBe(85.8);
    expect(r.band).toBe("good");
    expect(r.complete).toBe(true);
  });

  it("scores 小学三、四年级 (三年级男生, 超重)", () => {
    const r = scoreFitness({
      grade: 3,
      sex: "male",
      heightCm: 130,
      weightKg: 35, // BMI 20.7 超重 80
      items: {
        vital_capacity: 2300,
        run_50m: 9.1,
        sit_and_reach: 16.3,
        rope_skip_1min: 126,
        sit_up_1min: 48,
      },
    });
    expect(r.bmi).toEqual({ value: 20.7, category: "overweight", score: 80 });
    expect(r.weighted).toBe(97);
    expect(r.bonus).toBe(0);
    expect(r.total).toBe(97);
    expect(r.band).toBe("excellent");
  });

  it("scores 小学五、六年级 (六年级女生, 低体重, 不及格)", () => {
    const r = scoreFitness({
      grade: 6,
      sex: "female",
      heightCm: 150,
      weightKg: 30, // BMI 13.3 低体重 80
      items: {
        vital_capacity: 1100,
        run_50m: 11.0,
        sit_and_reach: 1.9,
        rope_skip_1min: 66,
        sit_up_1min: 19,
        shuttle_50x8: 139,
      },
    });
    expect(r.items.map((i) => i.score)).toEqual([80, 20, 60, 60, 60, 60, 60]);
    expect(r.total).toBe(57);
    expect(r.band).toBe("fail");
  });

  it("scores 初中 (初二男生) with both bonuses", () => {
    const r = scoreFitness({
      grade: 8,
      sex: "male",
      heightCm: 165,
      weightKg: 50,
      items: {
        vital_capacity: 3940,
        run_50m: 7.5,
        sit_and_reach: 19.6,
        standing_long_jump: 240,
        pull_up: 20,
        run_1000m: 200,
      },
    });
    expect(r.weighted).toBe(100);
    expect(r.bonus).toBe(14); // 6 extra pull-ups → 6; 30 s faster → 8
    expect(r.total).toBe(114);
    expect(r.band).toBe("excellent");
  });

  it("scores 高中 (高二女生, 肥胖)", () => {
    const r = scoreFitness({
      grade: 11,
      sex: "female",
      heightCm: 160,
      weightKg: 70, // BMI 27.3 肥胖 60
      items: {
        vital_capacity: 2850,
        run_50m: 8.9,
        sit_and_reach: 15.4,
        standing_long_jump: 170,
        sit_up_1min: 44,
        run_800m: 238,
      },
    });
    expect(r.items.map((i) => i.score)).toEqual([60, 80, 76, 76, 74, 80, 76]);
    expect(r.total).toBe(74.4);
    expect(r.band).toBe("pass");
  });
});

describe("problems", () => {
  it("ignores an item the grade does not test, and scores a missing one as 0", () => {
    const r = scoreFitness({
      grade: 7,
      sex: "male",
      heightCm: 160,
      weightKg: 50,
      items: {
        vital_capacity: 3640,
        run_50m: 7.8,
        sit_and_reach: 17.6,
        standing_long_jump: 225,
        pull_up: 13,
        rope_skip_1min: 150,
      },
    });
    expect(r.problems.map((p) => [p.code, p.field])).toEqual([
      ["missing", "run_1000m"],
      ["not_tested_in_grade", "rope_skip_1min"],
    ]);
    expect(r.complete).toBe(false);
    expect(r.items.find((i) => i.item === "run_1000m")?.score).toBeNull();
    expect(r.total).toBe(80);
  });

  it("reports implausible values with the app limit instead of scoring them", () => {
    const r = scoreFitness({ grade: 1, sex: "female", heightCm: 300, weightKg: 20, items: { run_50m: 3.2 } });
    expect(r.problems).toContainEqual(
      expect.objectContaining({ code: "out_of_range", field: "run_50m", min: 5.5 }),
    );
    expect(r.problems).toContainEqual(expect.objectContaining({ code: "out_of_range", field: "heightCm" }));
    expect(r.bmi).toBeNull();
    expect(r.total).toBe(0);
  });

  it("tells girls' pull-ups and boys' sit-ups apart in secondary school", () => {
    const girl = scoreFitness({ grade: 10, sex: "female", items: { pull_up: 5, sit_up_1min: 53 } });
    expect(girl.problems).toContainEqual(
      expect.objectContaining({ code: "not_tested_in_grade", field: "pull_up" }),
    );
    const boy = scoreFitness({ grade: 10, sex: "male", items: { sit_up_1min: 53 } });
    expect(boy.problems).toContainEqual(
      expect.objectContaining({ code: "not_tested_in_grade", field: "sit_up_1min" }),
    );
  });

  it("rejects a grade outside 1–12", () => {
    // Types rule it out; data from outside may still carry it.
    expect(() => scoreFitness({ grade: 13 as never, sex: "male", items: {} })).toThrow(RangeError);
  });
});

describe("bands and the graduation rule", () => {
  it.each([
    [90, "excellent"],
    [89.95, "excellent"],
    [89.9, "good"],
    [80, "good"],
    [79.9, "pass"],
    [60, "pass"],
    [59.95, "pass"],
    [59.94, "fail"],
    [0, "fail"],
  ] as const)("%d → %s", (score, band) => {
    expect(fitnessBand(score)).toBe(band);
  });

  it("halves the final year and the mean of the other years", () => {
    expect(graduationScore({ finalYear: 85.3, otherYears: [80.1, 79.9, 90] })).toEqual({
      score: 84.3,
      band: "good",
    });
    expect(graduationScore({ finalYear: 70, otherYears: [80, 90] })).toEqual({ score: 77.5, band: "pass" });
    expect(graduationScore({ finalYear: 89.9, otherYears: [90] })).toEqual({ score: 90, band: "excellent" });
    expect(graduationScore({ finalYear: 112, otherYears: [100, 104] })).toEqual({
      score: 107,
      band: "excellent",
    });
  });

  it("keeps the final year's total when no other year is on record", () => {
    expect(graduationScore({ finalYear: 58.2, otherYears: [] })).toEqual({ score: 58.2, band: "fail" });
  });
});
