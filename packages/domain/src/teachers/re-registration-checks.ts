import { analyseAnnualReviews, ANNUAL_REVIEW_GRADE_LABELS, APPROVED_LEAVE_LABELS } from "./annual-review.ts";
import { clipPeriod, containsDate, mergePeriods, periodDays } from "./date-periods.ts";
import type { DatePeriod } from "./date-periods.ts";
import { reviewYearsOf } from "./registration-cycle.ts";
import { creditedHoursInWindow, reachesHours } from "./training-credits.ts";
import type {
  ReRegistrationInput,
  ReRegistrationPolicy,
  ReRegistrationReason,
} from "./re-registration-types.ts";

/** What one group of rules found: reasons against registering, and notes on what was excused or left out. */
export interface CheckFindings {
  reasons: ReRegistrationReason[];
  notes: string[];
}

const years = (list: readonly number[]) => list.map((y) => `${y}`).join("、");

/** 违反《中小学教师职业道德规范》情节严重 fails; a lesser finding misses 师德表现良好 and defers. */
export function checkEthics(input: ReRegistrationInput): CheckFindings {
  const found: CheckFindings = { reasons: [], notes: [] };
  for (const violation of input.ethicsViolations) {
    const what = violation.description ? `（${violation.description}）` : "";
    if (!containsDate(input.cycle, violation.date)) {
      found.notes.push(`${violation.date} 的师德记录不在本注册周期内，不计入本次注册`);
      continue;
    }
    switch (violation.severity) {
      case "serious":
        found.reasons.push({
          code: "ethicsSerious",
          outcome: "failed",
          message: `${violation.date} 违反师德规范，情节严重${what}`,
        });
        break;
      case "minor":
        found.reasons.push({
          code: "ethicsMinor",
          outcome: "deferred",
          message: `${violation.date} 有师德失范行为，情节较轻${what}，不符合师德表现良好的注册条件`,
        });
        break;
    }
  }
  return found;
}

/** Every year 合格以上; one failure defers, failures in two adjacent years fail. */
export function checkAnnualReviews(input: ReRegistrationInput, policy: ReRegistrationPolicy): CheckFindings {
  const found: CheckFindings = { reasons: [], notes: [] };
  const review = analyseAnnualReviews(input.annualReviews, reviewYearsOf(input.cycle));
  if (review.consecutiveFailures.length > 0) {
    const runs = review.consecutiveFailures.map(([a, b]) => `${a}、${b}`).join("；");
    found.reasons.push({
      code: "reviewsFailedConsecutively",
      outcome: "failed",
      message: `连续两年年度考核不合格（${runs}年度）`,
    });
  } else if (review.failedYears.length >= 2) {
    found.reasons.push({
      code: "reviewsFailedApart",
      outcome: policy.nonConsecutiveFailures,
      message: `${years(review.failedYears)}年度考核不合格（不连续）`,
    });
  } else if (review.failedYears.length === 1) {
    found.reasons.push({
      code: "reviewFailed",
      outcome: "deferred",
      message: `${years(review.failedYears)}年度考核不合格`,
    });
  }
  if (review.basicPassYears.length > 0) {
    found.reasons.push({
      code: "reviewBasicPass",
      outcome: "deferred",
      message: `${years(review.basicPassYears)}年度考核为基本合格，未达到每年合格以上等次的要求`,
    });
  }
  if (review.missingYears.length > 0) {
    found.reasons.push({
      code: "reviewMissing",
      outcome: "deferred",
      message: `缺少${years(review.missingYears)}年度考核结果，无法认定每年考核合格`,
    });
  }
  for (const excused of review.excusedYears) {
    found.notes.push(
      `${excused.year}年度因${APPROVED_LEAVE_LABELS[excused.leave]}（经批准）考核为${ANNUAL_REVIEW_GRADE_LABELS[excused.grade]}，不计为不合格`,
    );
  }
  return found;
}

function longLeave(
  input: ReRegistrationInput,
  policy: ReRegistrationPolicy,
  approved: boolean,
): DatePeriod[] {
  const clipped = input.absences
    .filter((absence) => (absence.approvedLeave !== null) === approved)
    .map((absence) => clipPeriod(absence, input.cycle))
    .filter((period): period is DatePeriod => period !== null);
  return mergePeriods(clipped).filter((period) => periodDays(period) >= policy.semesterDays);
}

/** 中止教育教学和教育管理工作一学期以上 without approved leave defers. */
export function checkAbsences(input: ReRegistrationInput, policy: ReRegistrationPolicy): CheckFindings {
  const found: CheckFindings = { reasons: [], notes: [] };
  for (const period of longLeave(input, policy, false)) {
    found.reasons.push({
      code: "absentWithoutLeave",
      outcome: "deferred",
      message: `${period.from} 至 ${period.to} 未经批准中止教育教学工作 ${periodDays(period)} 天，达到一学期（${policy.semesterDays} 天）以上`,
    });
  }
  return found;
}

/** Hours required after any pro-rating, and the hours that count. */
export function checkTrainingHours(
  input: ReRegistrationInput,
  policy: ReRegistrationPolicy,
): CheckFindings & { counted: number; required: number } {
  const credited = creditedHoursInWindow(input.trainingCredits, input.cycle, policy.credits);
  const found: CheckFindings = { reasons: [], notes: [...credited.notes] };
  let required = policy.requiredHours;
  switch (policy.hoursRule) {
    case "full":
      break;
    case "proRateApprovedLeave": {
      const leaveDays = longLeave(input, policy, true).reduce((sum, period) => sum + periodDays(period), 0);
      if (leaveDays > 0) {
        const cycleDays = periodDays(input.cycle);
        required = Math.ceil((policy.requiredHours * (cycleDays - leaveDays)) / cycleDays);
        found.notes.push(`经批准的长期请假共 ${leaveDays} 天，培训学时要求按比例折算为 ${required} 学时`);
      }
      break;
    }
  }
  if (!reachesHours(credited.total, required)) {
    found.reasons.push({
      code: "hoursShort",
      outcome: "deferred",
      message: `本注册周期培训 ${credited.total} 学时，未达到 ${required} 学时`,
    });
  }
  return { ...found, counted: credited.total, required };
}
