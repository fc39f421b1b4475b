import { compareDates } from "./calendar-date.ts";
import type { IsoDate } from "./calendar-date.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * 首次注册 (《中小学教师资格定期注册暂行办法》教师〔2013〕9号): a person with the teacher qualification for
 * the post, on first being employed by a school, registers once; a teacher teaching for the first time
 * does so after the probation (试用期) has ended and been passed. The five-year cycle runs from this
 * registration, so a 新任教师 who joins part-way through colleagues' cycle is not due with them but five
 * years after their own 首次注册 (see registration-cycle.ts).
 */
export const { codes: EMPLOYMENT_KINDS, labels: EMPLOYMENT_KIND_LABELS } = labelledCodes({
  publicInStaff: "公办学校在编在岗",
  publicOffStaff: "公办学校编外",
  privateInPost: "民办学校在岗",
});
export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number];

export interface FirstRegistrationInput {
  /** Holds a qualification of the kind the post needs (e.g. 初级中学教师资格 for a 初中 post). */
  holdsMatchingQualification: boolean;
  employment: EmploymentKind;
  /** Probation of a first-time teacher; null for someone who has taught before (no probation). */
  probation: { endsOn: IsoDate; passed: boolean } | null;
  applyingOn: IsoDate;
}

export interface FirstRegistrationPolicy {
  /**
   * The 2013 办法 covers 公办 在编在岗 teachers and lets the province bring in 民办 teachers; Changsha
   * brings 民办 schools into all teacher work (2019 plan §五 "全纳入"), so they are in by default.
   */
  includePrivateSchools: boolean;
  /** 公办 编外 teachers are outside the 2013 办法 (在编在岗 only); a city may still bring them in. */
  includePublicOffStaff: boolean;
}

export const DEFAULT_FIRST_REGISTRATION_POLICY: FirstRegistrationPolicy = {
  includePrivateSchools: true,
  includePublicOffStaff: false,
};

export function checkFirstRegistration(
  input: FirstRegistrationInput,
  policy: FirstRegistrationPolicy = DEFAULT_FIRST_REGISTRATION_POLICY,
): { eligible: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (!input.holdsMatchingQualification) reasons.push("未取得与任教岗位相应的教师资格");
  switch (input.employment) {
    case "publicInStaff":
      break;
    case "privateInPost":
      if (!policy.includePrivateSchools) reasons.push("民办学校教师暂未纳入本市教师资格定期注册范围");
      break;
    case "publicOffStaff":
      if (!policy.includePublicOffStaff) {
        reasons.push("公办学校编外教师不属于教师资格定期注册对象（注册对象为在编在岗教师）");
      }
      break;
  }
  if (input.probation) {
    if (compareDates(input.applyingOn, input.probation.endsOn) <= 0) {
      reasons.push(`首次任教人员须试用期满后申请首次注册（试用期至 ${input.probation.endsOn}）`);
    } else if (!input.probation.passed) {
      reasons.push("首次任教人员试用期考核不合格");
    }
  }
  return { eligible: reasons.length === 0, reasons };
}
