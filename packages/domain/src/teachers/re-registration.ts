import { cycleDueYear } from "./registration-cycle.ts";
import {
  checkAbsences,
  checkAnnualReviews,
  checkEthics,
  checkTrainingHours,
} from "./re-registration-checks.ts";
import type { CheckFindings } from "./re-registration-checks.ts";
import { DEFAULT_RE_REGISTRATION_POLICY } from "./re-registration-types.ts";
import type {
  ReRegistrationInput,
  ReRegistrationOutcome,
  ReRegistrationPolicy,
  ReRegistrationReason,
  ReRegistrationResult,
} from "./re-registration-types.ts";

/**
 * 教师资格定期注册 under 《中小学教师资格定期注册暂行办法》(教师〔2013〕9号).
 * - 注册合格: 师德 clear, every 年度考核 合格以上, 360 training hours in the cycle, fit to teach.
 * - 暂缓注册: hours short; 中止教育教学工作一学期以上 without approved leave; a failed 年度考核.
 * - 注册不合格: 师德 violation 情节严重; 年度考核 failed two years running; qualification revoked;
 *   no application without good reason (逾期不注册).
 * The rules the 办法 leaves open — 基本合格, a minor 师德 finding, unfitness, an excused non-application —
 * defer: each misses a condition for passing without being a ground for failing, and 暂缓 lets the teacher
 * register once the condition is met. Every reason is reported; the outcome is the most severe of them.
 */
export function evaluateReRegistration(
  input: ReRegistrationInput,
  policy: ReRegistrationPolicy = DEFAULT_RE_REGISTRATION_POLICY,
): ReRegistrationResult {
  const dueYear = cycleDueYear(input.cycle);
  if (input.year < dueYear) {
    return {
      outcome: "notDue",
      reasons: [
        {
          code: "notDue",
          outcome: "notDue",
          message: `本注册周期至 ${input.cycle.to}，应于 ${dueYear} 年申请定期注册，${input.year} 年不在注册期`,
        },
      ],
      notes: [],
      hours: null,
    };
  }
  const hours = checkTrainingHours(input, policy);
  const groups: CheckFindings[] = [
    checkStanding(input),
    checkEthics(input),
    checkAnnualReviews(input, policy),
    hours,
    checkAbsences(input, policy),
    checkFitness(input),
  ];
  const reasons = groups.flatMap((group) => group.reasons);
  return {
    outcome: outcomeOf(reasons),
    reasons,
    notes: groups.flatMap((group) => group.notes),
    hours: { counted: hours.counted, required: hours.required },
  };
}

function checkStanding(input: ReRegistrationInput): CheckFindings {
  const reasons: ReRegistrationReason[] = [];
  if (input.qualificationRevoked) {
    reasons.push({ code: "qualificationRevoked", outcome: "failed", message: "教师资格已被依法撤销或丧失" });
  }
  if (!input.application.applied) {
    reasons.push(
      input.application.goodReason
        ? {
            code: "notAppliedWithGoodReason",
            outcome: "deferred",
            message: "因正当理由未按期申请定期注册，待提出申请后审核",
          }
        : { code: "notApplied", outcome: "failed", message: "无正当理由未按规定申请定期注册" },
    );
  }
  return { reasons, notes: [] };
}

function checkFitness(input: ReRegistrationInput): CheckFindings {
  if (input.fitToTeach) return { reasons: [], notes: [] };
  return {
    reasons: [{ code: "unfitToTeach", outcome: "deferred", message: "身心健康状况不能胜任教育教学工作" }],
    notes: [],
  };
}

function outcomeOf(reasons: readonly ReRegistrationReason[]): ReRegistrationOutcome {
  if (reasons.some((reason) => reason.outcome === "failed")) return "failed";
  if (reasons.some((reason) => reason.outcome === "deferred")) return "deferred";
  return "passed";
}
