import {
  FITNESS_ITEMS,
  FITNESS_ITEM_LABELS,
  FITNESS_LIMITS,
  isGrade,
  isPlausible,
  isTestedItem,
  scoreFitness,
  screenWeightStatus,
} from "@edubureau/domain/health";
import type { FitnessBand, FitnessItem, WeightStatus } from "@edubureau/domain/health";
import type { FieldIssue as ScreeningIssue, StudentFacts } from "./screening-check.ts";
import { gradeOn, schoolYearOn } from "@edubureau/domain/registry";

const UNIT_LABEL: Record<FitnessItem, string> = {
  vital_capacity: "ml",
  run_50m: "秒",
  sit_and_reach: "cm",
  rope_skip_1min: "次",
  sit_up_1min: "次",
  shuttle_50x8: "秒",
  standing_long_jump: "cm",
  pull_up: "次",
  run_1000m: "秒",
  run_800m: "秒",
};

/** Column headers of the fitness sheet, in template order. */
export const FITNESS_HEADERS = {
  studentNo: "学籍号",
  name: "姓名",
  testedOn: "测试日期",
  heightCm: "身高(cm)",
  weightKg: "体重(kg)",
  ...(Object.fromEntries(
    FITNESS_ITEMS.map((item) => [item, `${FITNESS_ITEM_LABELS[item]}(${UNIT_LABEL[item]})`]),
  ) as Record<FitnessItem, string>),
};
export type FitnessField = keyof typeof FITNESS_HEADERS;

export interface FitnessInput {
  testedOn: string;
  heightCm: number | null;
  weightKg: number | null;
  items: Partial<Record<FitnessItem, number>>;
}

export interface FitnessRecord {
  studentId: string;
  institutionId: string;
  districtId: string;
  unitPath: string;
  schoolYear: string;
  grade: number;
  sex: "male" | "female";
  testedOn: string;
  heightCm: number | null;
  weightKg: number | null;
  bmi: number | null;
  items: Record<string, number>;
  weighted: number;
  bonus: number;
  total: number;
  band: FitnessBand;
  complete: boolean;
  weightStatus: WeightStatus | null;
}

export interface FitnessIssue {
  field: FitnessField;
  message: string;
}

/**
 * Checks one year's fitness test and scores it with the domain scorer (国家学生体质健康标准（2014年修订））,
 * with the WS/T 586-2018 weight status from the same height and weight.
 */
export function checkFitness(
  input: FitnessInput,
  student: StudentFacts,
  today: string,
): { issues: FitnessIssue[]; record: FitnessRecord | null } {
  const issues: FitnessIssue[] = [];
  if (input.testedOn > today) {
    issues.push({ field: "testedOn", message: `测试日期 ${input.testedOn} 晚于今天（${today}）` });
  }
  const grade = gradeOn(student.grade, student.gradeYear, input.testedOn);
  if (!isGrade(grade)) {
    const when = grade < 1 ? "尚未入学" : "已毕业";
    issues.push({
      field: "testedOn",
      message: `测试日期 ${input.testedOn} 时该生${when}（${student.gradeYear} 学年在读 ${student.grade} 年级）`,
    });
    return { issues, record: null };
  }
  for (const field of ["heightCm", "weightKg"] as const) {
    const value = input[field];
    if (value !== null && !isPlausible(field, value)) {
      const { min, max } = FITNESS_LIMITS[field];
      issues.push({ field, message: `${FITNESS_HEADERS[field]} ${value} 超出合理范围 ${min}–${max}` });
    }
  }
  for (const item of FITNESS_ITEMS) {
    const value = input.items[item];
    if (value === undefined) continue;
    if (!isTestedItem(grade, student.sex, item)) {
      issues.push({ field: item, message: `${FITNESS_ITEM_LABELS[item]}不是该生所在年级（性别）的测试项目` });
    } else if (!isPlausible(item, value)) {
      const { min, max } = FITNESS_LIMITS[item];
      issues.push({ field: item, message: `${FITNESS_HEADERS[item]} ${value} 超出合理范围 ${min}–${max}` });
    }
  }
  if (issues.length > 0) return { issues, record: null };
  const result = scoreFitness({
    grade,
    sex: student.sex,
    items: input.items,
    heightCm: input.heightCm,
    weightKg: input.weightKg,
  });
  let weightStatus: WeightStatus | null = null;
  if (input.heightCm !== null && input.weightKg !== null) {
    const screening = screenWeightStatus({
      sex: student.sex,
      birthDate: student.birthDate,
      measuredOn: input.testedOn,
      heightCm: input.heightCm,
      weightKg: input.weightKg,
    });
    if (screening.applicable) weightStatus = screening.status;
  }
  return {
    issues,
    record: {
      studentId: student.id,
      institutionId: student.institutionId,
      districtId: student.districtId,
      unitPath: student.unitPath,
      schoolYear: schoolYearOn(input.testedOn),
      grade,
      sex: student.sex,
      testedOn: input.testedOn,
      heightCm: input.heightCm,
      weightKg: input.weightKg,
      bmi: result.bmi?.value ?? null,
      items: input.items,
      weighted: result.weighted,
      bonus: result.bonus,
      total: result.total,
      band: result.band,
      complete: result.complete,
      weightStatus,
    },
  };
}

/** "3'30", "3:30" or 210 → 210 seconds; the forms print runs either way. */
export function parseSeconds(text: string): number | null {
  const match = /^(\d+)\s*[:'′’分]\s*(\d{1,2}(?:\.\d+)?)\s*(?:["″”秒])?$/.exec(text.trim());
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(n) ? n : null;
}

export type { ScreeningIssue };
