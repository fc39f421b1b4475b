import { formatCalendarDate, parseResidentId, parseStudentNumber } from "../identity/index.ts";
import type { RuleResult } from "./enrolment-calendar.ts";
import type { EnrolmentStage } from "./enrolment-stages.ts";
import { checkBirthDateForStage } from "./enrolment-stages.ts";
import { labelledCodes } from "../labelled-codes.ts";

export const { codes: HOUSEHOLD_KINDS, labels: HOUSEHOLD_LABELS } = labelledCodes({
  district: "本区户籍",
  city: "本市其他区户籍",
  other: "外地户籍（随迁子女）",
});
export type HouseholdKind = (typeof HOUSEHOLD_KINDS)[number];

export const { codes: RESIDENCE_KINDS, labels: RESIDENCE_LABELS } = labelledCodes({
  owned: "自有住房",
  rented: "租赁住房",
  other: "其他居住情况",
});
export type ResidenceKind = (typeof RESIDENCE_KINDS)[number];

/** Twins, triplets, quadruplets: more than four children on one form is a typing error. */
export const MAX_CHILDREN = 4;

export interface ChildInput {
  name: string;
  sex: "male" | "female";
  birthDate: string;
  /** 居民身份证号码, or a 学籍号 G + ID number. */
  idNumber: string;
}

export interface CheckedChild extends ChildInput {
  /** The 18-character ID number, whichever form was entered: duplicates are found on it. */
  residentId: string;
}

export interface ApplicationRulesInput {
  stage: EnrolmentStage;
  year: number;
  maxChoices: number;
  /** Codes of the schools taking part in the round. */
  roundSchools: ReadonlySet<string>;
  children: readonly ChildInput[];
  choices: readonly string[];
  today: Date;
}

const NAME = /^[\u3400-\u9fff\u{20000}-\u{2ffff}·A-Za-z ]{2,30}$/u;

/** The ID number inside what was entered: a 居民身份证号码 or a G 学籍号. */
export function residentIdOf(
  idNumber: string,
  today: Date,
): RuleResult<{ id: string; birthDate: string; sex: string }> {
  const text = idNumber.trim().toUpperCase();
  if (text.startsWith("G")) {
    const student = parseStudentNumber(text, { today });
    if (!student.ok) return { ok: false, field: "idNumber", message: student.message };
    return {
      ok: true,
      value: {
        id: text.slice(1),
        birthDate: formatCalendarDate(student.value.birthDate),
        sex: student.value.sex ?? "",
      },
    };
  }
  if (/^[JL]/.test(text)) {
    return {
      ok: false,
      field: "idNumber",
      message: "只接受居民身份证号码或G字头学籍号（G+身份证号码）；J、L字头学籍号请到区县教育局现场报名",
    };
  }
  const id = parseResidentId(text, { today });
  if (!id.ok) return { ok: false, field: "idNumber", message: id.message };
  return {
    ok: true,
    value: { id: id.value.number, birthDate: formatCalendarDate(id.value.birthDate), sex: id.value.sex },
  };
}

function checkChild(
  input: ApplicationRulesInput,
  child: ChildInput,
  index: number,
): RuleResult<CheckedChild> {
  const at = (field: string) => `children.${index}.${field}`;
  const who = input.children.length > 1 ? `第${index + 1}个孩子的` : "";
  if (!NAME.test(child.name.trim())) {
    return { ok: false, field: at("name"), message: `${who}姓名应为2至30个汉字或字母` };
  }
  const id = residentIdOf(child.idNumber, input.today);
  if (!id.ok) return { ok: false, field: at("idNumber"), message: `${who}${id.message}` };
  if (id.value.birthDate !== child.birthDate) {
    return {
      ok: false,
      field: at("birthDate"),
      message: `${who}出生日期 ${child.birthDate} 与证件号码中的出生日期 ${id.value.birthDate} 不一致`,
    };
  }
  if (id.value.sex !== "" && id.value.sex !== child.sex) {
    return {
      ok: false,
      field: at("sex"),
      message: `${who}性别与证件号码不一致（证件号码第17位表示${id.value.sex === "male" ? "男" : "女"}）`,
    };
  }
  const age = checkBirthDateForStage({
    stage: input.stage,
    year: input.year,
    birthDate: child.birthDate,
    field: at("birthDate"),
  });
  if (!age.ok) return { ...age, message: `${who}${age.message}` };
  return { ok: true, value: { ...child, name: child.name.trim(), residentId: id.value.id } };
}

/**
 * Everything about an application that needs no database: each child's ID number, birth date
 * and sex agree and suit the stage; multiples are distinct children; the choices are schools of
 * the round, none twice, at most the round's number.
 */
export function checkApplication(input: ApplicationRulesInput): RuleResult<CheckedChild[]> {
  const { children, choices, maxChoices, roundSchools } = input;
  if (children.length === 0) return { ok: false, field: "children", message: "请填写报名的孩子" };
  if (children.length > MAX_CHILDREN) {
    return { ok: false, field: "children", message: `多胞胎一同报名最多${MAX_CHILDREN}人` };
  }
  const checked: CheckedChild[] = [];
  for (const [index, child] of children.entries()) {
    const result = checkChild(input, child, index);
    if (!result.ok) return result;
    if (checked.some((c) => c.residentId === result.value.residentId)) {
      return {
        ok: false,
        field: `children.${index}.idNumber`,
        message: `第${index + 1}个孩子的证件号码与前面的孩子重复`,
      };
    }
    checked.push(result.value);
  }
  if (checked.length > 1 && new Set(checked.map((c) => c.birthDate)).size > 1) {
    return { ok: false, field: "children", message: "一同报名的多胞胎出生日期应相同" };
  }
  if (choices.length === 0) return { ok: false, field: "choices", message: "请至少填报一个志愿学校" };
  if (choices.length > maxChoices) {
    return {
      ok: false,
      field: "choices",
      message: `本轮最多填报${maxChoices}个志愿，填报了${choices.length}个`,
    };
  }
  for (const [index, code] of choices.entries()) {
    if (!roundSchools.has(code)) {
      return {
        ok: false,
        field: `choices.${index}`,
        message: `第${index + 1}志愿的学校（${code}）不在本轮派位学校中`,
      };
    }
    if (choices.indexOf(code) !== index) {
      return { ok: false, field: `choices.${index}`, message: `第${index + 1}志愿与前面的志愿重复` };
    }
  }
  return { ok: true, value: checked };
}
