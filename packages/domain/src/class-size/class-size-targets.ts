import { largeClassShare, superLargeClassShare } from "./class-size-ratios.ts";

/**
 * National targets for 消除大班额 (国发〔2016〕40号): 到2018年基本消除66人以上超大班额, 到2020年基本消除
 * 56人以上大班额. "基本消除" is read as: no 超大班额 left by 2018, and 大班额 at most 5% of classes by
 * 2020 (the figure the bureau reports against; see shared/standards/README.md, Class size).
 */
export const CLASS_SIZE_TARGETS = [
  {
    id: "noSuperLarge2018",
    year: 2018,
    measure: "superLargeShare",
    maxShare: 0,
    label: "2018年基本消除66人以上超大班额",
  },
  {
    id: "largeAtMost5pct2020",
    year: 2020,
    measure: "largeShare",
    maxShare: 0.05,
    label: "2020年大班额比例不超过5%",
  },
] as const;

export type ClassSizeTarget = (typeof CLASS_SIZE_TARGETS)[number];
export type ClassSizeTargetId = ClassSizeTarget["id"];

export interface ClassSizeTargetStatus {
  id: ClassSizeTargetId;
  label: string;
  share: number | null;
  /** null when there are no classes to measure. */
  met: boolean | null;
}

function shareFor(target: ClassSizeTarget, sizes: readonly number[]): number | null {
  switch (target.measure) {
    case "superLargeShare":
      return superLargeClassShare(sizes);
    case "largeShare":
      return largeClassShare(sizes);
  }
}

/** Whether the classes of one area meet a target. The year is for display; callers pick the target. */
export function classSizeTargetStatus(
  target: ClassSizeTarget,
  sizes: readonly number[],
): ClassSizeTargetStatus {
  const share = shareFor(target, sizes);
  return { id: target.id, label: target.label, share, met: share === null ? null : share <= target.maxShare };
}

/** The targets in force in a year: each applies from its own year on. */
export function classSizeTargetsFor(year: number): ClassSizeTarget[] {
  return CLASS_SIZE_TARGETS.filter((target) => target.year <= year);
}
