import { bandIndexOfTenths } from "./fitness-bands.ts";
import { BMI_SCORE_BY_INDEX, bmiCategoryIndex, bmiTenths } from "./fitness-bmi.ts";
import { bonusFromUnits, TOTAL_BONUS_MAX } from "./fitness-bonus.ts";
import { FITNESS_ITEMS, GRADES, sexIndex } from "./fitness-items.ts";
import type { FitnessItem } from "./fitness-items.ts";
import { FITNESS_LIMITS, ITEM_MAX, ITEM_MIN } from "./fitness-limits.ts";
import { HIGHER_IS_BETTER, itemIndex, scoreUnits, tableIndex, toUnits } from "./fitness-tables.ts";
import { fitnessItemSet } from "./fitness-weights.ts";

/**
 * Bulk scoring for a whole district's test data: one column per field, one row per student, scored
 * with the same tables and rules as scoreFitness but without building objects per student. Rows are
 * the same students in every column.
 */
export interface FitnessColumns {
  readonly count: number;
  /** 1–12. */
  readonly grade: ArrayLike<number>;
  /** 0 = male, 1 = female. */
  readonly sex: ArrayLike<number>;
  readonly heightCm: ArrayLike<number>;
  readonly weightKg: ArrayLike<number>;
  /** Raw results in the units of FITNESS_ITEM_UNITS; NaN (or an absent column) = not tested. */
  readonly items: Readonly<Partial<Record<FitnessItem, ArrayLike<number>>>>;
}

export interface FitnessColumnScores {
  /** 标准分, 0–100. */
  readonly weighted: Float64Array;
  /** 附加分, 0–20. */
  readonly bonus: Uint8Array;
  /** 学年总分, one decimal. */
  readonly total: Float64Array;
  /** Index into FITNESS_BANDS. */
  readonly band: Uint8Array;
  /** 1 when every item of the student's grade was present and plausible (scoreFitness's `complete`). */
  readonly complete: Uint8Array;
}

export function createFitnessColumnScores(count: number): FitnessColumnScores {
  return {
    weighted: new Float64Array(count),
    bonus: new Uint8Array(count),
    total: new Float64Array(count),
    band: new Uint8Array(count),
    complete: new Uint8Array(count),
  };
}

const BMI = -1;
const MAX_ITEMS = 8;
/** Per (grade, sex): item indices (BMI = −1) and weights, flattened, MAX_ITEMS slots each. */
const SET_ITEMS = new Int8Array(24 * MAX_ITEMS);
const SET_WEIGHTS = new Uint8Array(24 * MAX_ITEMS);
const SET_SIZES = new Uint8Array(24);

for (const grade of GRADES) {
  for (const sex of ["male", "female"] as const) {
    const combo = (grade - 1) * 2 + sexIndex(sex);
    const set = fitnessItemSet(grade, sex);
    SET_SIZES[combo] = set.length;
    set.forEach(({ item, weight }, k) => {
      SET_ITEMS[combo * MAX_ITEMS + k] = item === "bmi" ? BMI : itemIndex(item);
      SET_WEIGHTS[combo * MAX_ITEMS + k] = weight;
    });
  }
}

const H_MIN = FITNESS_LIMITS.heightCm.min;
const H_MAX = FITNESS_LIMITS.heightCm.max;
const W_MIN = FITNESS_LIMITS.weightKg.min;
const W_MAX = FITNESS_LIMITS.weightKg.max;

/** Scores every row into `out` (allocated when omitted). Throws on a row whose grade or sex is invalid. */
export function scoreFitnessColumns(
  columns: FitnessColumns,
  out: FitnessColumnScores = createFitnessColumnScores(columns.count),
): FitnessColumnScores {
  const { count, grade, sex, heightCm, weightKg } = columns;
  const values = FITNESS_ITEMS.map((item) => columns.items[item]);
  for (let row = 0; row < count; row++) {
    const g = grade[row]!;
    const s = sex[row]!;
    if (!(g >= 1 && g <= 12 && Number.isInteger(g)) || (s !== 0 && s !== 1)) {
      throw new RangeError(`第 ${String(row + 1)} 行：年级须为 1–12，性别须为 0 或 1`);
    }
    const combo = (g - 1) * 2 + s;
    const size = SET_SIZES[combo]!;
    let hundredths = 0;
    let bonus = 0;
    let complete = 1;
    for (let k = 0; k < size; k++) {
      const item = SET_ITEMS[combo * MAX_ITEMS + k]!;
      const weight = SET_WEIGHTS[combo * MAX_ITEMS + k]!;
      if (item === BMI) {
        const h = heightCm[row]!;
        const w = weightKg[row]!;
        // Written so NaN fails the test, like a missing value.
        if (h >= H_MIN && h <= H_MAX && w >= W_MIN && w <= W_MAX) {
          hundredths += BMI_SCORE_BY_INDEX[bmiCategoryIndex(g, s, bmiTenths(h, w))]! * weight;
        } else {
          complete = 0;
        }
        continue;
      }
      const column = values[item];
      const raw = column === undefined ? NaN : column[row]!;
      if (!(raw >= ITEM_MIN[item]! && raw <= ITEM_MAX[item]!)) {
        complete = 0;
        continue;
      }
      const table = tableIndex(item, g, s);
      const units = toUnits(item, raw);
      hundredths += scoreUnits(table, HIGHER_IS_BETTER[item] === 1, units) * weight;
      bonus += bonusFromUnits(item, table, units);
    }
    if (bonus > TOTAL_BONUS_MAX) bonus = TOTAL_BONUS_MAX;
    const totalTenths = Math.floor((hundredths + bonus * 100 + 5) / 10);
    out.weighted[row] = hundredths / 100;
    out.bonus[row] = bonus;
    out.total[row] = totalTenths / 10;
    out.band[row] = bandIndexOfTenths(totalTenths);
    out.complete[row] = complete;
  }
  return out;
}
