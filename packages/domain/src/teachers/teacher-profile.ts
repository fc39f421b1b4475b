import { labelledCodes } from "../labelled-codes.ts";

/** What training eligibility rules look at in a teacher's record. */
export const { codes: TEACHING_STAGES, labels: TEACHING_STAGE_LABELS } = labelledCodes({
  kindergarten: "幼儿园",
  primary: "小学",
  junior: "初中",
  senior: "高中",
  vocational: "中职",
  special: "特殊教育",
});
export type TeachingStage = (typeof TEACHING_STAGES)[number];

/**
 * Unified titles of primary and secondary teachers (人社部发〔2015〕79号《关于深化中小学教师职称制度改革的
 * 指导意见》), lowest first, plus "unranked" for teachers still on probation.
 */
export const { codes: TEACHER_TITLES, labels: TEACHER_TITLE_LABELS } = labelledCodes({
  unranked: "未定级",
  third: "三级教师",
  second: "二级教师",
  first: "一级教师",
  senior: "高级教师",
  fullSenior: "正高级教师",
});
export type TeacherTitle = (typeof TEACHER_TITLES)[number];

export interface TeacherProfile {
  stage: TeachingStage;
  /** Subject as the bureau's records spell it, e.g. "语文". */
  subject: string;
  title: TeacherTitle;
  /** Whole years of teaching service (教龄). */
  yearsOfService: number;
}
