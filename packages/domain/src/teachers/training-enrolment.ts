import { TEACHER_TITLES, TEACHER_TITLE_LABELS, TEACHING_STAGE_LABELS } from "./teacher-profile.ts";
import type { TeacherProfile, TeacherTitle, TeachingStage } from "./teacher-profile.ts";

/**
 * Places the 2019 plan (长沙市教育局2019年工作计划 §七) sets for the year's programmes:
 * 完成市级培训8000人, 滚动培训1600名骨干教师, 适时组织400名教师异地高端研修.
 */
export const TRAINING_PLACES_2019 = {
  municipalTraining: 8000,
  backboneRolling: 1600,
  offsiteAdvanced: 400,
} as const;

/** Who a programme is for. A criterion left out admits everyone. */
export interface ProgrammeEligibility {
  stages?: readonly TeachingStage[];
  subjects?: readonly string[];
  /** Lowest title admitted, e.g. "first" for programmes for 一级教师 and above. */
  minTitle?: TeacherTitle;
  minYearsOfService?: number;
  /** For programmes for new teachers (新任教师培训). */
  maxYearsOfService?: number;
}

export interface EligibilityCheck {
  eligible: boolean;
  /** Every unmet criterion, in Chinese. */
  reasons: string[];
}

export function checkProgrammeEligibility(
  teacher: TeacherProfile,
  rule: ProgrammeEligibility,
): EligibilityCheck {
  const reasons: string[] = [];
  if (rule.stages && !rule.stages.includes(teacher.stage)) {
    const allowed = rule.stages.map((s) => TEACHING_STAGE_LABELS[s]).join("、");
    reasons.push(`任教学段为${TEACHING_STAGE_LABELS[teacher.stage]}，本项目面向${allowed}教师`);
  }
  if (rule.subjects && !rule.subjects.includes(teacher.subject)) {
    reasons.push(`任教学科为${teacher.subject}，本项目面向${rule.subjects.join("、")}学科教师`);
  }
  if (rule.minTitle && TEACHER_TITLES.indexOf(teacher.title) < TEACHER_TITLES.indexOf(rule.minTitle)) {
    reasons.push(
      `职称为${TEACHER_TITLE_LABELS[teacher.title]}，本项目要求${TEACHER_TITLE_LABELS[rule.minTitle]}及以上`,
    );
  }
  if (rule.minYearsOfService !== undefined && teacher.yearsOfService < rule.minYearsOfService) {
    reasons.push(`教龄 ${teacher.yearsOfService} 年，本项目要求不少于 ${rule.minYearsOfService} 年`);
  }
  if (rule.maxYearsOfService !== undefined && teacher.yearsOfService > rule.maxYearsOfService) {
    reasons.push(
      `教龄 ${teacher.yearsOfService} 年，本项目面向教龄不超过 ${rule.maxYearsOfService} 年的教师`,
    );
  }
  return { eligible: reasons.length === 0, reasons };
}

export type QuotaCheck = { ok: true; remaining: number } | { ok: false; message: string };

/** Whether one more teacher fits in a programme (or in one unit's share of it). */
export function checkEnrolmentQuota(options: { quota: number; enrolled: number }): QuotaCheck {
  const remaining = options.quota - options.enrolled;
  if (remaining <= 0) {
    return { ok: false, message: `报名人数已达名额上限（${options.quota} 人），不能再报名` };
  }
  return { ok: true, remaining: remaining - 1 };
}

export interface EnrolmentAllocation {
  accepted: string[];
  refused: { teacherId: string; message: string }[];
}

/**
 * Fills a programme in the order applications arrived: the first `quota` (less those already enrolled)
 * are accepted, the rest refused. A teacher applying twice keeps the first place only.
 */
export function allocateEnrolments(options: {
  applicantIds: readonly string[];
  quota: number;
  alreadyEnrolled?: number;
}): EnrolmentAllocation {
  let enrolled = options.alreadyEnrolled ?? 0;
  const seen = new Set<string>();
  const result: EnrolmentAllocation = { accepted: [], refused: [] };
  for (const teacherId of options.applicantIds) {
    if (seen.has(teacherId)) {
      result.refused.push({ teacherId, message: "已报名本项目，不能重复报名" });
      continue;
    }
    seen.add(teacherId);
    const check = checkEnrolmentQuota({ quota: options.quota, enrolled });
    if (!check.ok) {
      result.refused.push({ teacherId, message: check.message });
      continue;
    }
    enrolled += 1;
    result.accepted.push(teacherId);
  }
  return result;
}
