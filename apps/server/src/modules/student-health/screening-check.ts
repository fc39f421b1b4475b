import {
  ACUITY_MAX,
  ACUITY_MIN,
  SE_MAX,
  SE_MIN,
  ageInYears,
  isValidAcuity,
  screenStudentVision,
} from "@edubureau/domain/health";
import type { MyopiaStatus } from "@edubureau/domain/health";
import type { Correction } from "./student-health.tables.ts";
import { gradeOn, schoolYearOn } from "@edubureau/domain/registry";

/** Column headers of the screening sheet; problems name these, so a school finds the cell. */
export const SCREENING_HEADERS = {
  studentNo: "学籍号",
  name: "姓名",
  screenedOn: "筛查日期",
  acuityRight: "右眼裸眼视力",
  acuityLeft: "左眼裸眼视力",
  sphereRight: "右眼球镜(D)",
  cylinderRight: "右眼柱镜(D)",
  sphereLeft: "左眼球镜(D)",
  cylinderLeft: "左眼柱镜(D)",
  correction: "矫正方式",
} as const;
export type ScreeningField = keyof typeof SCREENING_HEADERS;

export const CORRECTION_LABELS: Record<Correction, string> = {
  none: "无",
  glasses: "框架眼镜",
  ortho_k: "角膜塑形镜",
};

export interface ScreeningInput {
  screenedOn: string;
  acuityRight: number | null;
  acuityLeft: number | null;
  sphereRight: number | null;
  cylinderRight: number | null;
  sphereLeft: number | null;
  cylinderLeft: number | null;
  correction: Correction;
}

/** What a check needs to know of the student; results snapshot it. */
export interface StudentFacts {
  id: string;
  institutionId: string;
  districtId: string;
  unitPath: string;
  grade: number;
  /** The school year `grade` refers to. */
  gradeYear: string;
  sex: "male" | "female";
  birthDate: string;
}

export interface ScreeningRecord extends ScreeningInput {
  studentId: string;
  institutionId: string;
  districtId: string;
  unitPath: string;
  schoolYear: string;
  grade: number;
  sex: "male" | "female";
  seRight: number | null;
  seLeft: number | null;
  poorVision: boolean | null;
  worseClass: string | null;
  myopia: MyopiaStatus;
}

export interface FieldIssue {
  field: ScreeningField;
  message: string;
}

function checkAcuity(field: ScreeningField, value: number | null, issues: FieldIssue[]): void {
  if (value === null) {
    issues.push({ field, message: `缺少${SCREENING_HEADERS[field]}` });
  } else if (!isValidAcuity(value)) {
    issues.push({
      field,
      message: `${SCREENING_HEADERS[field]} ${value} 不在五分记录 ${ACUITY_MIN}–${ACUITY_MAX} 之间（GB 11533，保留一位小数）`,
    });
  }
}

function checkSe(
  sphereField: ScreeningField,
  sphere: number | null,
  cylinder: number | null,
  issues: FieldIssue[],
): void {
  if (sphere === null) {
    if (cylinder !== null) issues.push({ field: sphereField, message: "填写了柱镜却缺少球镜" });
    return;
  }
  const se = sphere + (cylinder ?? 0) / 2;
  if (!(se >= SE_MIN && se <= SE_MAX)) {
    issues.push({
      field: sphereField,
      message: `等效球镜度 ${se.toFixed(2)} D 超出合理范围 ${SE_MIN}～+${SE_MAX} D，请核对球镜与柱镜`,
    });
  }
}

/**
 * Checks one screening against WS/T 663-2020 input limits and classifies it. `today` refuses future
 * dates; the grade is the one the student was in on the screening date.
 */
export function checkScreening(
  input: ScreeningInput,
  student: StudentFacts,
  today: string,
): { issues: FieldIssue[]; record: ScreeningRecord | null } {
  const issues: FieldIssue[] = [];
  checkAcuity("acuityRight", input.acuityRight, issues);
  checkAcuity("acuityLeft", input.acuityLeft, issues);
  checkSe("sphereRight", input.sphereRight, input.cylinderRight, issues);
  checkSe("sphereLeft", input.sphereLeft, input.cylinderLeft, issues);
  if (input.screenedOn > today) {
    issues.push({ field: "screenedOn", message: `筛查日期 ${input.screenedOn} 晚于今天（${today}）` });
  } else if (input.screenedOn <= student.birthDate) {
    issues.push({ field: "screenedOn", message: `筛查日期 ${input.screenedOn} 不晚于出生日期` });
  }
  const grade = gradeOn(student.grade, student.gradeYear, input.screenedOn);
  if (issues.length === 0 && (grade < 1 || grade > 12)) {
    const when = grade < 1 ? "尚未入学" : "已毕业";
    issues.push({
      field: "screenedOn",
      message: `筛查日期 ${input.screenedOn} 时该生${when}（${student.gradeYear} 学年在读 ${student.grade} 年级）`,
    });
  }
  if (issues.length > 0) return { issues, record: null };
  const result = screenStudentVision(
    {
      right: { acuity: input.acuityRight, sphere: input.sphereRight, cylinder: input.cylinderRight },
      left: { acuity: input.acuityLeft, sphere: input.sphereLeft, cylinder: input.cylinderLeft },
    },
    // WS/T 663 needs both low acuity and SE ≤ −0.50 D; a chart-only screening stays 未确定.
    { ageYears: ageInYears(student.birthDate, input.screenedOn), missingSe: "undetermined" },
  );
  return {
    issues,
    record: {
      ...input,
      studentId: student.id,
      institutionId: student.institutionId,
      districtId: student.districtId,
      unitPath: student.unitPath,
      schoolYear: schoolYearOn(input.screenedOn),
      grade,
      sex: student.sex,
      seRight: result.right.se,
      seLeft: result.left.se,
      poorVision: result.poorVision,
      worseClass: result.worseClass,
      myopia: result.myopia,
    },
  };
}
