import { classifyClassSize, isLargeClass, isSuperLargeClass } from "./class-size-bands.ts";
import type { ClassSizeBand, ClassSizeStage } from "./class-size-bands.ts";

export interface ClassSizeSummary {
  classes: number;
  byBand: Record<ClassSizeBand, number>;
  /** 大班额比例 = classes of 56+ / all classes; null when there are no classes. */
  largeShare: number | null;
  /** 超大班额比例 = classes of 66+ / all classes; null when there are no classes. */
  superLargeShare: number | null;
}

/**
 * 大班额比例 = classes with 56 or more pupils / all classes. No national formula is printed; this is the
 * share the 40号 targets are stated in. Null, not 0, for no classes, so an empty district does not
 * look compliant.
 */
export function largeClassShare(sizes: readonly number[]): number | null {
  if (sizes.length === 0) return null;
  return sizes.filter(isLargeClass).length / sizes.length;
}

export function superLargeClassShare(sizes: readonly number[]): number | null {
  if (sizes.length === 0) return null;
  return sizes.filter(isSuperLargeClass).length / sizes.length;
}

export function summariseClassSizes(
  sizes: readonly number[],
  stage: ClassSizeStage = "primary",
): ClassSizeSummary {
  const byBand: Record<ClassSizeBand, number> = { standard: 0, oversized: 0, large: 0, superLarge: 0 };
  for (const size of sizes) byBand[classifyClassSize(size, stage)] += 1;
  return {
    classes: sizes.length,
    byBand,
    largeShare: largeClassShare(sizes),
    superLargeShare: superLargeClassShare(sizes),
  };
}
