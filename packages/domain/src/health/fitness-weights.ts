import { FITNESS_DATA } from "./fitness-data.ts";
import { FITNESS_ITEMS, GRADES, gradeGroup, sexIndex } from "./fitness-items.ts";
import type { FitnessItem, Grade, Sex } from "./fitness-items.ts";

/** An item a student of a grade and sex is tested on, with its weight in percent of the standard score. */
export interface WeightedItem {
  readonly item: FitnessItem | "bmi";
  readonly weight: number;
}

function isFitnessItem(key: string): key is FitnessItem {
  return (FITNESS_ITEMS as readonly string[]).includes(key);
}

/**
 * Item sets and weights (国家学生体质健康标准（2014年修订）单项指标与权重: 小学一、二年级 / 三、四年级 / 五、六年级 /
 * 初中、高中). A key "a|b" in the file is the pair the sexes choose between: boys take a, girls take b
 * (男生引体向上 / 女生1分钟仰卧起坐, 男生1000米跑 / 女生800米跑).
 */
function buildItemSet(grade: Grade, sex: Sex): readonly WeightedItem[] {
  const group = FITNESS_DATA.weights[gradeGroup(grade)];
  const items: WeightedItem[] = [];
  for (const [key, value] of Object.entries(group)) {
    if (key === "grades" || key === "note" || typeof value !== "number") continue;
    const choices = key.split("|");
    const chosen = choices.length === 2 ? choices[sexIndex(sex)] : key;
    if (chosen === "bmi") {
      items.push({ item: "bmi", weight: value });
    } else if (chosen !== undefined && isFitnessItem(chosen)) {
      items.push({ item: chosen, weight: value });
    } else {
      throw new Error(`fitness-2014.json: unknown weighted item "${key}"`);
    }
  }
  return items;
}

const ITEM_SETS: ReadonlyMap<string, readonly WeightedItem[]> = new Map(
  GRADES.flatMap((grade) =>
    (["male", "female"] as const).map((sex) => [`${grade}:${sex}`, buildItemSet(grade, sex)] as const),
  ),
);

/** The items (BMI included) a student is tested on, in the order of the weights table. */
export function fitnessItemSet(grade: Grade, sex: Sex): readonly WeightedItem[] {
  const set = ITEM_SETS.get(`${grade}:${sex}`);
  if (!set) throw new RangeError(`年级 ${String(grade)} 不在一年级至高三之间`);
  return set;
}

/** True when the item is part of the grade's test for that sex. */
export function isTestedItem(grade: Grade, sex: Sex, item: FitnessItem): boolean {
  return fitnessItemSet(grade, sex).some((entry) => entry.item === item);
}
