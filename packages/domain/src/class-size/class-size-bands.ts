import { labelledCodes } from "../labelled-codes.ts";

/**
 * Class-size bands used to track 消除大班额 (国发〔2016〕40号《国务院关于统筹推进县域内城乡义务教育
 * 一体化改革发展的若干意见》): 56–65 is a 大班额, 66 or more a 超大班额. Above the stage's standard
 * size and up to 55 is 偏大 — the bracket between the standard and the 40号 thresholds.
 */
export const { codes: CLASS_SIZE_STAGES, labels: CLASS_SIZE_STAGE_LABELS } = labelledCodes({
  primary: "小学",
  junior: "初中",
});
export type ClassSizeStage = (typeof CLASS_SIZE_STAGES)[number];

/**
 * Standard class size: 小学 45, 初中 50. The figures are the long-standing national building standards
 * (城市普通中小学校校舍建设标准 建标〔2002〕102号; 农村普通中小学校建设标准 建标109-2008), which the
 * 40号 work on 大班额 measures against.
 */
export const STANDARD_CLASS_SIZE: Record<ClassSizeStage, number> = {
  primary: 45,
  junior: 50,
};

/** Largest 偏大 class; one more pupil makes a 大班额. */
export const OVERSIZED_CLASS_MAX = 55;
/** 大班额: 56 or more pupils (国发〔2016〕40号). A 超大班额 is also a 大班额. */
export const LARGE_CLASS_MIN = 56;
/** 超大班额: 66 or more pupils (国发〔2016〕40号). */
export const SUPER_LARGE_CLASS_MIN = 66;

export const { codes: CLASS_SIZE_BANDS, labels: CLASS_SIZE_BAND_LABELS } = labelledCodes({
  standard: "标准班额",
  oversized: "班额偏大",
  large: "大班额",
  superLarge: "超大班额",
});
export type ClassSizeBand = (typeof CLASS_SIZE_BANDS)[number];

export function standardClassSize(stage: ClassSizeStage): number {
  return STANDARD_CLASS_SIZE[stage];
}

function assertClassSize(size: number): void {
  if (!Number.isInteger(size) || size < 0) {
    throw new RangeError(`班额必须是非负整数，收到 ${size}`);
  }
}

/** Band of one class. The standard depends on the stage: 48 pupils is 标准 in 初中 but 偏大 in 小学. */
export function classifyClassSize(size: number, stage: ClassSizeStage = "primary"): ClassSizeBand {
  assertClassSize(size);
  if (size >= SUPER_LARGE_CLASS_MIN) return "superLarge";
  if (size >= LARGE_CLASS_MIN) return "large";
  if (size > STANDARD_CLASS_SIZE[stage]) return "oversized";
  return "standard";
}

/** 大班额 in the 40号 sense: 56 or more, so 超大班额 classes count too. */
export function isLargeClass(size: number): boolean {
  assertClassSize(size);
  return size >= LARGE_CLASS_MIN;
}

export function isSuperLargeClass(size: number): boolean {
  assertClassSize(size);
  return size >= SUPER_LARGE_CLASS_MIN;
}
