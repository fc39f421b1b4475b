import { describe, expect, it } from "vitest";
import raw from "./data/fitness-2014.json" with { type: "json" };
import { FITNESS_ITEMS, isGrade, SEXES } from "./fitness-items.ts";
import type { FitnessItem, Grade, Sex } from "./fitness-items.ts";
import { scoreItem } from "./fitness-tables.ts";

// Every table, read straight from the JSON copy: the 100-, 60- and lowest-point thresholds, one unit
// either side, and a value between two levels.

const LEVELS = raw.items.run_50m.levels;
/** One recording unit: 0.1 s for 50 m, 0.1 cm for 坐位体前屈, 1 for everything else. */
const UNIT: Record<FitnessItem, number> = {
  vital_capacity: 1,
  run_50m: 0.1,
  sit_and_reach: 0.1,
  rope_skip_1min: 1,
  sit_up_1min: 1,
  shuttle_50x8: 1,
  standing_long_jump: 1,
  pull_up: 1,
  run_1000m: 1,
  run_800m: 1,
};

function cells(item: FitnessItem, sex: Sex, grade: number): (number | null)[] {
  const byGrade: Record<string, (number | null)[] | null> = raw.items[item][sex];
  return byGrade[String(grade)] ?? [];
}

function grade(value: number): Grade {
  if (!isGrade(value)) throw new Error(`bad grade ${String(value)}`);
  return value;
}

const TABLES = FITNESS_ITEMS.flatMap((item) =>
  SEXES.flatMap((sex) => {
    const applies: Record<Sex, number[]> = raw.items[item].applies_to;
    return applies[sex].map((g) => ({ item, sex, grade: grade(g) }));
  }),
);

describe.each(TABLES)("$item $sex grade $grade", ({ item, sex, grade: g }) => {
  const table = cells(item, sex, g);
  const higher = raw.items[item].better === "higher";
  const worse = (value: number) => (higher ? value - UNIT[item] : value + UNIT[item]);
  const better = (value: number) => (higher ? value + UNIT[item] : value - UNIT[item]);
  const printed = LEVELS.map((level, i) => ({ level, value: table[i] ?? null })).filter(
    (cell): cell is { level: number; value: number } => cell.value !== null,
  );
  const score = (value: number) => scoreItem(item, g, sex, value);

  it("gives 100 at the 100-point threshold and above it", () => {
    expect(score(table[0]!)).toBe(100);
    expect(score(better(table[0]!))).toBe(100);
    expect(score(worse(table[0]!))).toBe(printed[1]!.level);
  });

  it("gives 60 at the 60-point threshold and the next level one unit worse", () => {
    expect(score(table[14]!)).toBe(60);
    expect(score(worse(table[14]!))).toBe(50);
  });

  it("gives the lowest printed level at its threshold and 0 below it", () => {
    const lowest = printed.at(-1)!;
    expect(lowest.level).toBe(table[19] === null ? (table[18] === null ? 30 : 20) : 10);
    expect(score(lowest.value)).toBe(lowest.level);
    expect(score(worse(lowest.value))).toBe(0);
  });

  it("gives the lower level to a result between two levels", () => {
    const upper = printed.find((cell) => cell.level === 80)!;
    const lower = printed[printed.indexOf(upper) + 1]!;
    expect(score((upper.value + lower.value) / 2)).toBe(lower.level);
  });

  it("gives each printed level at its own threshold", () => {
    for (const cell of printed) expect(score(cell.value), `@${String(cell.level)}`).toBe(cell.level);
  });
});

describe("hand-checked cells of the printed tables", () => {
  // [item, sex, grade, result, score] — read off the standard's 单项评分表, not generated from the JSON.
  const cases: [FitnessItem, Sex, Grade, number, number][] = [
    ["run_50m", "male", 1, 10.2, 100], // 表 小学男生50米跑 一年级 100分 10.2
    ["run_50m", "male", 1, 10.3, 95],
    ["run_50m", "male", 1, 13.6, 10],
    ["run_50m", "male", 1, 13.7, 0],
    ["run_50m", "female", 1, 11.0, 100],
    ["run_50m", "male", 12, 6.8, 100],
    ["vital_capacity", "male", 1, 1700, 100],
    ["vital_capacity", "male", 1, 700, 60],
    ["vital_capacity", "male", 1, 499, 0],
    ["vital_capacity", "male", 10, 4540, 100],
    ["sit_and_reach", "female", 1, 18.6, 100],
    ["sit_and_reach", "female", 1, 2.4, 60],
    ["sit_and_reach", "male", 1, 0.0, 60],
    ["sit_and_reach", "male", 1, -4.0, 10],
    ["rope_skip_1min", "male", 1, 109, 100],
    ["rope_skip_1min", "male", 1, 17, 60],
    ["rope_skip_1min", "female", 1, 117, 100],
    ["sit_up_1min", "male", 3, 48, 100],
    ["sit_up_1min", "female", 12, 55, 100],
    ["shuttle_50x8", "male", 5, 96, 100], // 1'36"
    ["shuttle_50x8", "male", 5, 138, 60], // 2'18"
    ["standing_long_jump", "male", 7, 225, 100],
    ["standing_long_jump", "female", 7, 196, 100],
    ["pull_up", "male", 7, 13, 100],
    ["pull_up", "male", 7, 4, 60],
    ["pull_up", "male", 7, 1, 30], // 初一 20 and 10 are blank: 1 repetition is 30 points
    ["pull_up", "male", 7, 0, 0],
    ["pull_up", "male", 8, 1, 20],
    ["pull_up", "male", 10, 8, 64], // 66 is blank: 8 repetitions stay at 64
    ["run_1000m", "male", 7, 235, 100], // 3'55"
    ["run_1000m", "male", 7, 320, 60], // 5'20"
    ["run_1000m", "male", 7, 420, 10], // 7'00"
    ["run_800m", "female", 7, 215, 100], // 3'35"
    ["run_800m", "female", 7, 295, 60], // 4'55"
    ["run_800m", "female", 12, 200, 100], // 3'20"
  ];

  it.each(cases)("%s %s grade %i: %d → %i", (item, sex, g, result, expected) => {
    expect(scoreItem(item, g, sex, result)).toBe(expected);
  });

  it("rounds times up and lengths down, as the standard records them", () => {
    expect(scoreItem("run_50m", 1, "male", 10.21)).toBe(95); // 非"0"进"1": 10.21 s is recorded 10.3 s
    expect(scoreItem("run_1000m", 7, "male", 235.2)).toBe(95);
    expect(scoreItem("standing_long_jump", 7, "male", 224.9)).toBe(95); // 不计小数
    expect(scoreItem("sit_and_reach", 1, "male", 0.7 - 0.7)).toBe(60); // floating-point noise is not a unit
  });

  it("has no table for items a grade does not test", () => {
    expect(scoreItem("rope_skip_1min", 7, "male", 150)).toBeNull();
    expect(scoreItem("pull_up", 10, "female", 5)).toBeNull();
    expect(scoreItem("run_800m", 9, "male", 200)).toBeNull();
  });
});
