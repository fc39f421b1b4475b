import { bonusRequirements, FITNESS_DATA } from "./fitness-data.ts";
import { FITNESS_ITEMS, sexIndex } from "./fitness-items.ts";
import type { FitnessItem, Grade, Sex } from "./fitness-items.ts";
import {
  HIGHER_IS_BETTER,
  ITEM_SCALE,
  itemIndex,
  tableIndex,
  toUnits,
  topThresholdUnits,
} from "./fitness-tables.ts";

/**
 * 加分指标 (国家学生体质健康标准（2014年修订）加分指标评分表): 小学 1分钟跳绳; 初中、高中 男生引体向上
 * 和1000米跑, 女生1分钟仰卧起坐和800米跑. A bonus is earned only by the part of a result beyond the
 * grade's own 100-point threshold. The file gives one step table per item for all of 初中 and 高中.
 */
export const TOTAL_BONUS_MAX = FITNESS_DATA.bonus.total_bonus_max;

export const BONUS_ITEMS = ["rope_skip_1min", "pull_up", "run_1000m", "sit_up_1min", "run_800m"] as const;
export type BonusItem = (typeof BONUS_ITEMS)[number];

const ITEM_COUNT = FITNESS_ITEMS.length;
const REQUIRED: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(ITEM_COUNT);
const POINTS: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(ITEM_COUNT);
const APPLIES = new Uint8Array(ITEM_COUNT * 12 * 2);

for (const item of BONUS_ITEMS) {
  const data = FITNESS_DATA.bonus[item];
  const idx = itemIndex(item);
  const required = bonusRequirements(data);
  if (required.length !== data.points.length)
    throw new Error(`fitness-2014.json: bonus "${item}" rows differ in length`);
  REQUIRED[idx] = Int32Array.from(required, (value) => Math.round(value * ITEM_SCALE[idx]!));
  POINTS[idx] = Uint8Array.from(data.points);
  for (const grade of data.grades) {
    for (const sex of data.sexes) APPLIES[tableIndex(idx, grade, sexIndex(sex))] = 1;
  }
}

/** Bonus points of a result already in recording units; 0 when the item carries no bonus for the table. */
export function bonusFromUnits(item: number, table: number, units: number): number {
  if (APPLIES[table] !== 1) return 0;
  const top = topThresholdUnits(table);
  const extra = HIGHER_IS_BETTER[item] === 1 ? units - top : top - units;
  if (extra <= 0) return 0;
  const required = REQUIRED[item]!;
  const points = POINTS[item]!;
  let earned = 0;
  for (let row = 0; row < required.length; row++) {
    if (extra < required[row]!) break;
    earned = points[row]!;
  }
  return earned;
}

/** True when the item can earn a bonus for a student of this grade and sex. */
export function hasBonus(item: FitnessItem, grade: Grade, sex: Sex): boolean {
  return APPLIES[tableIndex(itemIndex(item), grade, sexIndex(sex))] === 1;
}

/** Bonus points of a raw result (0–20 for 跳绳, 0–10 for the secondary-school items). */
export function bonusPoints(item: FitnessItem, grade: Grade, sex: Sex, raw: number): number {
  const idx = itemIndex(item);
  return bonusFromUnits(idx, tableIndex(idx, grade, sexIndex(sex)), toUnits(idx, raw));
}
