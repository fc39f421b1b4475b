import { labelledCodes } from "../labelled-codes.ts";

/**
 * Honour and selection rounds the bureau runs for teachers and heads (长沙市教育局2019年工作计划 §二, §七).
 * 卓越教师 are selected in numbered batches (第二批) and 感动星城魅力教师 in numbered editions (第五届);
 * the others are identified by year.
 */
export const { codes: HONOUR_ROUND_KINDS, labels: HONOUR_ROUND_KIND_LABELS } = labelledCodes({
  famousPrincipal: "名校长(园长)",
  teacherStudio: "名师工作室",
  principalStudio: "名校长(园长)工作室",
  ruralStation: "名师(特级教师)农村工作站",
  excellentTeacher: "市级卓越教师",
  charmingTeacher: "“感动星城魅力教师”",
});
export type HonourRoundKind = (typeof HONOUR_ROUND_KINDS)[number];

export type HonourRoundSeries =
  | { kind: "famousPrincipal" | "teacherStudio" | "principalStudio" | "ruralStation"; year: number }
  | { kind: "excellentTeacher"; batch: number }
  | { kind: "charmingTeacher"; edition: number };

/**
 * What the 2019 plan sets out to select: 遴选16位名校长(园长), 新建4个名校长(园长)工作室 (§二);
 * 换届、新建10个市级名师工作室、5个名师(特级教师)农村工作站, 遴选第二批市级卓越教师, 评选第五届
 * “感动星城魅力教师” (§七). Numbers are places; the two numbered series have no count in the plan.
 */
export const HONOUR_PLAN_2019 = {
  famousPrincipal: { year: 2019, places: 16 },
  principalStudio: { year: 2019, places: 4 },
  teacherStudio: { year: 2019, places: 10 },
  ruralStation: { year: 2019, places: 5 },
  excellentTeacher: { batch: 2 },
  charmingTeacher: { edition: 5 },
} as const;

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1–99 in Chinese numerals, as batch and edition numbers are printed: 2 → 二, 15 → 十五, 21 → 二十一. */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`批次或届次应为 1–99，收到 ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? "" : `${tens === 1 ? "" : DIGITS[tens]}十`;
  const onesPart = ones === 0 ? "" : DIGITS[ones];
  return `${tensPart}${onesPart}`;
}

/** Title of a round as announcements print it. */
export function honourRoundTitle(series: HonourRoundSeries): string {
  switch (series.kind) {
    case "excellentTeacher":
      return `第${chineseOrdinal(series.batch)}批${HONOUR_ROUND_KIND_LABELS.excellentTeacher}`;
    case "charmingTeacher":
      return `第${chineseOrdinal(series.edition)}届${HONOUR_ROUND_KIND_LABELS.charmingTeacher}`;
    case "famousPrincipal":
    case "teacherStudio":
    case "principalStudio":
    case "ruralStation":
      return `${series.year}年${HONOUR_ROUND_KIND_LABELS[series.kind]}遴选`;
  }
}
