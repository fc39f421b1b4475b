/**
 * 网办深度 (depth of online handling), after 国务院办公厅《关于加快推进全国一体化在线政务服务平台建设的
 * 指导意见》(国发〔2018〕27号) and the provinces' 四级 scale: 一级 online guide only … 四级 全程网办 — apply,
 * review, result and delivery online, zero visits (零跑动).
 */
export const ONLINE_DEPTHS = [1, 2, 3, 4] as const;
export type OnlineDepth = (typeof ONLINE_DEPTHS)[number];

export const ONLINE_DEPTH_LABELS: Record<OnlineDepth, string> = {
  1: "一级：网上办事指南",
  2: "二级：网上下载表格、预约",
  3: "三级：网上申请、受理和审核，现场领取结果",
  4: "四级：全程网办（申请、审核、结果、送达全程网上，零跑动）",
};

/** Visits the applicant must still make in person at each depth (一次办 means at most one). */
export const VISITS_AT_DEPTH: Record<OnlineDepth, number> = { 1: 2, 2: 2, 3: 1, 4: 0 };

export function isFullyOnline(depth: OnlineDepth): boolean {
  return depth === 4;
}

export function isOnlineApplicable(depth: OnlineDepth): boolean {
  return depth >= 3;
}

/** Percent with one decimal; null when there is nothing to divide by (shown 无数据, not 0). */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** T21-1: the share of published items at 四级 depth (审批服务事项全流程网上办比例). */
export function fullyOnlineShare(depths: readonly OnlineDepth[]): number | null {
  return percent(depths.filter(isFullyOnline).length, depths.length);
}

/** Satisfaction: share of ratings of 4 or 5 stars (好评率). */
export function satisfaction(ratings: readonly number[]): number | null {
  return percent(ratings.filter((r) => r >= 4).length, ratings.length);
}

/** A bad rating (差评) opens a follow-up the unit must answer. */
export function isBadRating(rating: number): boolean {
  return rating <= 2;
}
