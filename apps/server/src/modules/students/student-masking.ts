import {
  createMasker,
  maskBirthDate,
  maskIdNumber,
  type MaskRule,
  type MaskingRules,
} from "@edubureau/domain/identity";

/**
 * How student data is masked in lists and exports. The city may configure it (STUDENT_MASKING, JSON of
 * partial rules, e.g. {"name":{"keepLast":0}}); the defaults show 张*明 and G430102********1234.
 */
export type StudentMaskingRules = { [K in keyof MaskingRules]?: Partial<MaskRule> } & {
  studentNo?: Partial<MaskRule>;
};

export function studentMaskingFromEnv(env: NodeJS.ProcessEnv = process.env): StudentMaskingRules {
  const text = env.STUDENT_MASKING;
  if (!text) return {};
  try {
    return JSON.parse(text) as StudentMaskingRules;
  } catch {
    throw new Error("STUDENT_MASKING 不是有效的 JSON");
  }
}

export interface StudentMasker {
  name(value: string): string;
  idNumber(value: string): string;
  studentNo(value: string): string;
  birthDate(value: string): string;
}

export function createStudentMasker(rules: StudentMaskingRules = {}): StudentMasker {
  const masker = createMasker(rules);
  const studentNo: MaskRule = { keepFirst: 7, keepLast: 4, maskChar: "*", ...rules.studentNo };
  return {
    name: (value) => masker.name(value),
    idNumber: (value) => masker.idNumber(value),
    // The letter and region stay; the birth date and sequence inside the number are hidden.
    studentNo: (value) => maskIdNumber(value, studentNo),
    birthDate: maskBirthDate,
  };
}
