import { labelledCodes } from "../labelled-codes.ts";

/**
 * 年度考核 grades of school staff (事业单位工作人员考核: 优秀、合格、基本合格、不合格), plus "notTaken"
 * for a year with no grade (未参加 / 不定等次).
 */
export const { codes: ANNUAL_REVIEW_GRADES, labels: ANNUAL_REVIEW_GRADE_LABELS } = labelledCodes({
  excellent: "优秀",
  pass: "合格",
  basicPass: "基本合格",
  fail: "不合格",
  notTaken: "未参加",
});
export type AnnualReviewGrade = (typeof ANNUAL_REVIEW_GRADES)[number];

/** Approved leave that excuses a year's review and an absence from teaching. */
export const { codes: APPROVED_LEAVE_KINDS, labels: APPROVED_LEAVE_LABELS } = labelledCodes({
  maternity: "产假",
  sick: "病假",
  fullTimeStudy: "脱产进修",
});
export type ApprovedLeaveKind = (typeof APPROVED_LEAVE_KINDS)[number];

export interface AnnualReview {
  year: number;
  grade: AnnualReviewGrade;
  /** Set when the teacher was on approved leave that year. */
  approvedLeave?: ApprovedLeaveKind | null;
}

export interface AnnualReviewFindings {
  /** 不合格, or 未参加 without approved leave. */
  failedYears: number[];
  /** 基本合格 without approved leave: below 合格以上等次, but not 不合格. */
  basicPassYears: number[];
  excusedYears: { year: number; leave: ApprovedLeaveKind; grade: AnnualReviewGrade }[];
  missingYears: number[];
  /** Pairs of calendar years Y, Y+1 both failed. */
  consecutiveFailures: [number, number][];
}

/**
 * Sorts a cycle's reviews into what the registration rules ask about.
 * - A year on approved leave (产假、病假、脱产进修) is excused whatever was recorded: such a year is
 *   normally 不定等次, and the rule is that it does not count against the teacher.
 * - 未参加 without approved leave counts as 不合格: a year left unreviewed without leave must not weigh
 *   less than a failed one, or skipping the review would be a way round the rule.
 * - Failures are consecutive only in adjacent calendar years; an excused year between two failures
 *   separates them, because 连续两年 speaks of years, not of graded years.
 */
export function analyseAnnualReviews(
  reviews: readonly AnnualReview[],
  years: readonly number[],
): AnnualReviewFindings {
  const byYear = new Map<number, AnnualReview>();
  for (const review of reviews) {
    if (!years.includes(review.year)) continue;
    if (byYear.has(review.year)) throw new RangeError(`${review.year}年度考核有多条记录`);
    byYear.set(review.year, review);
  }
  const findings: AnnualReviewFindings = {
    failedYears: [],
    basicPassYears: [],
    excusedYears: [],
    missingYears: [],
    consecutiveFailures: [],
  };
  for (const year of [...years].sort((a, b) => a - b)) {
    const review = byYear.get(year);
    if (!review) {
      findings.missingYears.push(year);
      continue;
    }
    if (review.grade === "excellent" || review.grade === "pass") continue;
    if (review.approvedLeave) {
      findings.excusedYears.push({ year, leave: review.approvedLeave, grade: review.grade });
      continue;
    }
    switch (review.grade) {
      case "basicPass":
        findings.basicPassYears.push(year);
        break;
      case "fail":
      case "notTaken":
        findings.failedYears.push(year);
        break;
    }
  }
  for (const year of findings.failedYears) {
    if (findings.failedYears.includes(year + 1)) findings.consecutiveFailures.push([year, year + 1]);
  }
  return findings;
}
