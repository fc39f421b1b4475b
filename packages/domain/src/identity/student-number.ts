import type { CalendarDate } from "./calendar-date.ts";
import type { IdentityOptions } from "./id-parts.ts";
import { checkBirthDate, checkRegionCode, todayOf } from "./id-parts.ts";
import type { IdentityResult } from "./identity-result.ts";
import { identityFailure } from "./identity-result.ts";
import type { Sex } from "./resident-id.ts";
import { checkIdShapedNumber, normalizeIdText } from "./resident-id.ts";

/**
 * 全国学籍号 kinds (教育部全国中小学生学籍信息管理系统):
 * G = "G" + the student's ID number; J = "J" + 18 characters built like an ID number,
 * for students without one; L = "L" + region + birth date + 4 digits, a temporary number.
 */
export type StudentNumberKind = "G" | "J" | "L";

export interface StudentNumber {
  /** Normalised: trimmed and upper-case. */
  number: string;
  kind: StudentNumberKind;
  regionCode: string;
  birthDate: CalendarDate;
  /** Known for G and J numbers from the 17th character; a temporary L number carries none. */
  sex: Sex | null;
}

/** One letter and 18 characters, whatever the kind. */
export const STUDENT_NUMBER_LENGTH = 19;
const SUBJECT = "学籍号";

function isKind(letter: string): letter is StudentNumberKind {
  return letter === "G" || letter === "J" || letter === "L";
}

export function parseStudentNumber(input: string, options?: IdentityOptions): IdentityResult<StudentNumber> {
  const text = normalizeIdText(input);
  const kind = text.charAt(0);
  if (!isKind(kind)) {
    return identityFailure("prefix", "学籍号应以字母G、J或L开头");
  }
  if (text.length !== STUDENT_NUMBER_LENGTH) {
    return identityFailure("length", `学籍号长度应为${STUDENT_NUMBER_LENGTH}位，实际为${text.length}位`);
  }
  const body = text.slice(1);
  const today = todayOf(options);
  switch (kind) {
    case "G":
    case "J": {
      // G carries the ID number itself; J is built the same way, so the same checks apply.
      const subject = kind === "G" ? "学籍号中的身份证号码" : "J字头学籍号";
      const id = checkIdShapedNumber(body, subject, today);
      if (!id.ok) return id;
      const { regionCode, birthDate, sex } = id.value;
      return { ok: true, value: { number: text, kind, regionCode, birthDate, sex } };
    }
    case "L": {
      if (!/^\d{18}$/.test(body)) {
        return identityFailure("characters", "L字头学籍号在字母L之后应为18位数字");
      }
      const region = checkRegionCode(body.slice(0, 6), SUBJECT);
      if (!region.ok) return region;
      const birthDate = checkBirthDate(body.slice(6, 14), SUBJECT, today);
      if (!birthDate.ok) return birthDate;
      return {
        ok: true,
        value: { number: text, kind, regionCode: region.value, birthDate: birthDate.value, sex: null },
      };
    }
  }
}
