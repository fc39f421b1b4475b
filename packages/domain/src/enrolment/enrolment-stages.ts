import type { RuleResult } from "./enrolment-calendar.ts";
import { labelledCodes } from "../labelled-codes.ts";

/** The two entry grades of compulsory education (义务教育) that have an enrolment round. */
export const { codes: ENROLMENT_STAGES, labels: STAGE_LABELS } = labelledCodes({
  primary_1: "小学一年级",
  junior_1: "初中一年级",
});
export type EnrolmentStage = (typeof ENROLMENT_STAGES)[number];

/**
 * Ages on 31 August of the enrolment year. 义务教育法 第十一条: children who have reached six
 * enter school (湖南省 counts the age on 8月31日). The upper bounds refuse typing errors, not
 * late starters: a child up to two years late still applies. 初中 follows six years of 小学.
 */
const AGE_RANGE: Record<EnrolmentStage, { min: number; max: number }> = {
  primary_1: { min: 6, max: 8 },
  junior_1: { min: 11, max: 15 },
};

/** Whole years between a birth date and 31 August of the year ("YYYY-MM-DD" text). */
export function ageOnCutoff(birthDate: string, year: number): number {
  const [y, m, d] = birthDate.split("-").map(Number);
  const birthYear = y ?? 0;
  const birthday = `${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return year - birthYear - (birthday > "08-31" ? 1 : 0);
}

/** Refuses a birth date that makes the child too young or implausibly old for the stage. */
export function checkBirthDateForStage(options: {
  stage: EnrolmentStage;
  year: number;
  birthDate: string;
  field: string;
}): RuleResult<number> {
  const { stage, year, birthDate, field } = options;
  const age = ageOnCutoff(birthDate, year);
  const { min, max } = AGE_RANGE[stage];
  const label = STAGE_LABELS[stage];
  if (age < min) {
    return {
      ok: false,
      field,
      message: `出生日期 ${birthDate} 到 ${year}年8月31日未满${min}周岁，不能报名${label}`,
    };
  }
  if (age > max) {
    return {
      ok: false,
      field,
      message: `出生日期 ${birthDate} 到 ${year}年8月31日已满${age}周岁，超出${label}的报名年龄（${min}至${max}周岁）`,
    };
  }
  return { ok: true, value: age };
}
