import { labelledCodes } from "../labelled-codes.ts";

/** Kinds of institution in the registry, as the 2019 plan and the national statistics (教育统计) name them. */
export const { codes: INSTITUTION_TYPES, labels: INSTITUTION_TYPE_LABELS } = labelledCodes({
  kindergarten: "幼儿园",
  primary: "小学",
  junior: "初中",
  nine_year: "九年一贯制",
  complete_secondary: "完全中学",
  senior: "普通高中",
  secondary_vocational: "中职",
  special: "特殊教育",
  higher_vocational: "高职高专",
  community_learning_centre: "社区学习中心",
  out_of_school: "校外教育机构",
});
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

/** Types that provide 义务教育 (grades 1–9), for 民办义务教育学校占比 and class-size rules. */
export const COMPULSORY_TYPES: ReadonlySet<InstitutionType> = new Set([
  "primary",
  "junior",
  "nine_year",
  "complete_secondary",
]);

export const { codes: OWNERSHIPS, labels: OWNERSHIP_LABELS } = labelledCodes({
  public: "公办",
  private: "民办",
});
export type Ownership = (typeof OWNERSHIPS)[number];

export const { codes: INSTITUTION_STATUSES, labels: INSTITUTION_STATUS_LABELS } = labelledCodes({
  operating: "在办",
  closed: "停办",
  preparing: "筹建",
});
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

/** 学校标识码: the national 10-digit code of a school (教育部 学校(机构)标识码). */
export function isSchoolCode(code: string): boolean {
  return /^\d{10}$/.test(code);
}
