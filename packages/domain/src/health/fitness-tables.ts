import { FITNESS_DATA } from "./fitness-data.ts";
import { FITNESS_ITEMS, sexIndex } from "./fitness-items.ts";
import type { FitnessItem, Grade, Sex } from "./fitness-items.ts";

/**
 * The 单项评分表 of 国家学生体质健康标准（2014年修订）, every item, grade and sex, as flat typed arrays,
 * built once at module load so bulk scoring allocates nothing. Every threshold is an integer in the
 * item's recording unit; the index arithmetic below keeps all reads in bounds, hence the `!` reads.
 */
export const LEVEL_COUNT = 20;

const ITEM_COUNT = FITNESS_ITEMS.length;
const GRADE_COUNT = 12;

/**
 * Recording units per natural unit. The standard records 50米跑 in 0.1 s and 坐位体前屈 in 0.1 cm; the
 * other tables are printed in whole ml, s, cm or counts.
 */
const SCALE: Record<FitnessItem, number> = {
  vital_capacity: 1,
  run_50m: 10,
  sit_and_reach: 10,
  rope_skip_1min: 1,
  sit_up_1min: 1,
  shuttle_50x8: 1,
  standing_long_jump: 1,
  pull_up: 1,
  run_1000m: 1,
  run_800m: 1,
};

/** Absorbs binary floating-point error (0.7 − 0.4 = 0.29999…) without moving a real result across a unit. */
const EPS = 1e-6;
/** Blank cells (引体向上 at 78/74/70/66/62 …) hold a value no result can reach, so the level is skipped. */
const BLANK = 0x7fffffff;

export const ITEM_SCALE = Float64Array.from(FITNESS_ITEMS, (item) => SCALE[item]);
export const HIGHER_IS_BETTER = Uint8Array.from(FITNESS_ITEMS, (item) =>
  itemData(item).better === "higher" ? 1 : 0,
);
export const LEVEL_SCORES = Uint8Array.from(itemData("run_50m").levels);

const THRESHOLDS = new Int32Array(ITEM_COUNT * GRADE_COUNT * 2 * LEVEL_COUNT);
const HAS_TABLE = new Uint8Array(ITEM_COUNT * GRADE_COUNT * 2);

function itemData(item: FitnessItem) {
  const data = FITNESS_DATA.items[item];
  if (!data) throw new Error(`fitness-2014.json: item "${item}" is missing`);
  return data;
}

/** Index of one (item, grade, sex) table; sex is 0 for boys, 1 for girls. */
export function tableIndex(item: number, grade: number, sex: number): number {
  return (item * GRADE_COUNT + grade - 1) * 2 + sex;
}

function fillTables(): void {
  FITNESS_ITEMS.forEach((item, itemIdx) => {
    const data = itemData(item);
    if (data.levels.some((level, i) => level !== LEVEL_SCORES[i])) {
      throw new Error(`fitness-2014.json: "${item}" has different score levels`);
    }
    for (const sex of ["male", "female"] as const) {
      for (let grade = 1; grade <= GRADE_COUNT; grade++) {
        const row = data[sex][String(grade)];
        if (!row) continue;
        const table = tableIndex(itemIdx, grade, sexIndex(sex));
        HAS_TABLE[table] = 1;
        row.forEach((value, level) => {
          const blank = data.better === "higher" ? BLANK : -BLANK;
          THRESHOLDS[table * LEVEL_COUNT + level] = value === null ? blank : Math.round(value * SCALE[item]);
        });
      }
    }
  });
}
fillTables();

/**
 * A raw result in recording units, rounded against the student: times up (the standard's 非"0"进"1",
 * 10.11 s → 10.2 s), lengths and counts down (不计小数). Any other rounding could lift a result into a
 * level it did not reach.
 */
export function toUnits(item: number, raw: number): number {
  const scaled = raw * ITEM_SCALE[item]!;
  return HIGHER_IS_BETTER[item] ? Math.floor(scaled + EPS) : Math.ceil(scaled - EPS);
}

/**
 * Score of a result: the best level whose threshold the result meets (≥ for counts and lengths, ≤ for
 * times); between two levels it gets the lower one; below the 10-point threshold it scores 0.
 */
export function scoreUnits(table: number, higher: boolean, units: number): number {
  const base = table * LEVEL_COUNT;
  if (higher) {
    for (let level = 0; level < LEVEL_COUNT; level++) {
      if (units >= THRESHOLDS[base + level]!) return LEVEL_SCORES[level]!;
    }
  } else {
    for (let level = 0; level < LEVEL_COUNT; level++) {
      if (units <= THRESHOLDS[base + level]!) return LEVEL_SCORES[level]!;
    }
  }
  return 0;
}

export function hasTable(table: number): boolean {
  return HAS_TABLE[table] === 1;
}

/** The 100-point threshold of a table, in recording units (the base of every bonus). */
export function topThresholdUnits(table: number): number {
  return THRESHOLDS[table * LEVEL_COUNT]!;
}

export function itemIndex(item: FitnessItem): number {
  return FITNESS_ITEMS.indexOf(item);
}

/** Single-item score of a raw result, or null when the standard has no table for that grade and sex. */
export function scoreItem(item: FitnessItem, grade: Grade, sex: Sex, raw: number): number | null {
  const idx = itemIndex(item);
  const table = tableIndex(idx, grade, sexIndex(sex));
  if (!hasTable(table)) return null;
  return scoreUnits(table, HIGHER_IS_BETTER[idx] === 1, toUnits(idx, raw));
}

/**
 * Threshold of one level of a table in natural units (seconds, cm, ml, counts), e.g. the result a
 * student needs for 100 points. Null when there is no table or the official cell is blank.
 */
export function fitnessThreshold(
  item: FitnessItem,
  grade: Grade,
  sex: Sex,
  levelScore: number,
): number | null {
  const idx = itemIndex(item);
  const table = tableIndex(idx, grade, sexIndex(sex));
  const level = LEVEL_SCORES.indexOf(levelScore);
  if (!hasTable(table) || level < 0) return null;
  const units = THRESHOLDS[table * LEVEL_COUNT + level]!;
  if (units === BLANK || units === -BLANK) return null;
  return units / ITEM_SCALE[idx]!;
}
