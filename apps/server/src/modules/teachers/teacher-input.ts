import { parseResidentId } from "@edubureau/domain/identity";
import { parseTeacherNumber } from "@edubureau/domain/teachers";
import type { FieldProblem } from "../../http/problem.ts";

export interface CheckedIdentity {
  teacherNumber: string;
  idNumber: string;
  birthDate: string;
  sex: "male" | "female";
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Teacher number and ID number of one record: the number's district must be the institution's (the
 * district employs the teacher), and sex and birth date are read from the ID number, never typed twice.
 */
export function checkTeacherIdentity(
  input: { teacherNumber: string; idNumber: string },
  districtCode: string,
  today: Date,
): { ok: true; value: CheckedIdentity } | { ok: false; errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  const teacherNumber = input.teacherNumber.trim();
  const number = parseTeacherNumber(teacherNumber);
  if (!number.ok) errors.push({ field: "teacherNumber", message: number.message });
  else if (number.districtCode !== districtCode) {
    errors.push({
      field: "teacherNumber",
      message: `教师编号前 6 位 ${number.districtCode} 与任职学校所在区县(市)代码 ${districtCode} 不一致`,
    });
  }
  const id = parseResidentId(input.idNumber, { today });
  if (!id.ok) errors.push({ field: "idNumber", message: id.message });
  if (errors.length > 0 || !id.ok) return { ok: false, errors };
  const { year, month, day } = id.value.birthDate;
  return {
    ok: true,
    value: {
      teacherNumber,
      idNumber: id.value.number,
      birthDate: `${year}-${pad(month)}-${pad(day)}`,
      sex: id.value.sex,
    },
  };
}

/** Duplicate refusals naming the record already holding the number. */
export function clashProblems(
  clashes: readonly { teacherNumber: string; idNumber: string; name: string }[],
  wanted: { teacherNumber: string; idNumber: string },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const clash of clashes) {
    if (clash.teacherNumber === wanted.teacherNumber) {
      problems.push({
        field: "teacherNumber",
        message: `教师编号 ${wanted.teacherNumber} 已被教师“${clash.name}”使用`,
      });
    }
    if (clash.idNumber === wanted.idNumber) {
      problems.push({
        field: "idNumber",
        message: `该身份证件号码已登记为教师“${clash.name}”，不能重复登记`,
      });
    }
  }
  return problems;
}
