import { parseStudentNumber } from "@edubureau/domain/identity";

export interface IdentityInput {
  studentNo: string;
  sex?: "male" | "female" | undefined;
  birthDate?: string | undefined;
}

export interface StudentIdentity {
  studentNo: string;
  /** The resident ID inside a G number; null for J and L numbers. */
  idNumber: string | null;
  sex: "male" | "female";
  birthDate: string;
}

export type IdentityField = "studentNo" | "sex" | "birthDate";

function iso(date: { year: number; month: number; day: number }): string {
  return `${String(date.year)}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/**
 * 学籍号 checked with its check digit (G and J carry an ID-shaped number); sex and birth date come from it
 * and must agree with what was typed. A temporary L number carries no sex, so it must be given.
 */
export function checkIdentity(
  input: IdentityInput,
  today: Date,
): { ok: true; value: StudentIdentity } | { ok: false; field: IdentityField; message: string } {
  const parsed = parseStudentNumber(input.studentNo, { today });
  if (!parsed.ok) return { ok: false, field: "studentNo", message: parsed.message };
  const number = parsed.value;
  const birthDate = iso(number.birthDate);
  if (input.birthDate && input.birthDate !== birthDate) {
    return {
      ok: false,
      field: "birthDate",
      message: `出生日期 ${input.birthDate} 与学籍号中的 ${birthDate} 不一致`,
    };
  }
  const sex = number.sex ?? input.sex;
  if (!sex) return { ok: false, field: "sex", message: "L字头临时学籍号须填写性别" };
  if (input.sex && number.sex && input.sex !== number.sex) {
    return {
      ok: false,
      field: "sex",
      message: `性别与学籍号第18位（${number.sex === "male" ? "男" : "女"}）不一致`,
    };
  }
  return {
    ok: true,
    value: {
      studentNo: number.number,
      idNumber: number.kind === "G" ? number.number.slice(1) : null,
      sex,
      birthDate,
    },
  };
}
