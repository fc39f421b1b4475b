import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluateReRegistration } from "./re-registration.ts";
import { DEFAULT_RE_REGISTRATION_POLICY } from "./re-registration-types.ts";
import type { ReRegistrationInput, ReRegistrationReasonCode } from "./re-registration-types.ts";
import type { AnnualReview } from "./annual-review.ts";
import { registrationCycle } from "./registration-cycle.ts";
import type { ProgrammeKind, TrainingCredit } from "./training-credits.ts";

// Cycle 2014-09-01 → 2019-08-31: reviews of 2014–2018, registration due in 2019.
const cycle = registrationCycle("2014-09-01");
const YEARS = [2014, 2015, 2016, 2017, 2018];

function credit(
  hours: number,
  creditedOn = "2016-06-30",
  kind: ProgrammeKind = "municipalTraining",
): TrainingCredit {
  return { programmeId: `p-${creditedOn}-${hours}`, level: "municipal", kind, hours, creditedOn };
}

function reviews(overrides: Partial<Record<number, Omit<AnnualReview, "year">>> = {}): AnnualReview[] {
  return YEARS.map((year) => ({ year, grade: "pass", ...overrides[year] }));
}

function input(overrides: Partial<ReRegistrationInput> = {}): ReRegistrationInput {
  return {
    cycle,
    year: 2019,
    ethicsViolations: [],
    annualReviews: reviews(),
    trainingCredits: [credit(120, "2015-07-01"), credit(120, "2016-07-01"), credit(120, "2018-07-01")],
    qualificationRevoked: false,
    application: { applied: true },
    absences: [],
    fitToTeach: true,
    ...overrides,
  };
}

const codes = (i: ReRegistrationInput, policy = DEFAULT_RE_REGISTRATION_POLICY) =>
  evaluateReRegistration(i, policy).reasons.map((r) => r.code);

describe("定期注册: pass", () => {
  it("passes a teacher who meets every condition", () => {
    const result = evaluateReRegistration(input());
    expect(result).toMatchObject({ outcome: "passed", reasons: [], hours: { counted: 360, required: 360 } });
  });
});

describe("定期注册: training hours", () => {
  it("defers at 359 hours and passes at 360", () => {
    const short = evaluateReRegistration(input({ trainingCredits: [credit(359)] }));
    expect(short.outcome).toBe("deferred");
    expect(short.reasons).toEqual([
      { code: "hoursShort", outcome: "deferred", message: "本注册周期培训 359 学时，未达到 360 学时" },
    ]);
    expect(evaluateReRegistration(input({ trainingCredits: [credit(360)] })).outcome).toBe("passed");
  });

  it("counts credits dated on the cycle's first and last day, not a day outside", () => {
    const inside = [credit(180, "2014-09-01"), credit(180, "2019-08-31")];
    expect(evaluateReRegistration(input({ trainingCredits: inside })).outcome).toBe("passed");
    const outside = [credit(180, "2014-08-31"), credit(180, "2019-08-31")];
    expect(evaluateReRegistration(input({ trainingCredits: outside })).hours).toEqual({
      counted: 180,
      required: 360,
    });
  });

  it("counts at most 120 校本 hours and says so", () => {
    const result = evaluateReRegistration(
      input({ trainingCredits: [credit(200, "2016-01-01", "schoolBased"), credit(239)] }),
    );
    expect(result.hours?.counted).toBe(359);
    expect(result.outcome).toBe("deferred");
    expect(result.notes).toContain("校本培训记录 200 学时，每周期最多计 120 学时");
  });

  it("compares the exact sum with 360: no rounding turns 359.995 hours into a pass", () => {
    const outcome = (...hours: number[]) =>
      evaluateReRegistration(input({ trainingCredits: hours.map((h, i) => credit(h, `2016-06-${10 + i}`)) }));
    expect(outcome(359.99).outcome).toBe("deferred");
    expect(outcome(359.995).outcome).toBe("deferred");
    expect(outcome(200, 159.995).outcome).toBe("deferred");
    expect(outcome(359.995).reasons[0]?.message).toBe("本注册周期培训 359.995 学时，未达到 360 学时");
    expect(outcome(200, 159.995, 0.005).outcome).toBe("passed");
    expect(outcome(360).hours).toEqual({ counted: 360, required: 360 });
  });

  it("adds fractional hours without rounding error", () => {
    const tenths = Array.from({ length: 3600 }, () => credit(0.1));
    expect(evaluateReRegistration(input({ trainingCredits: tenths })).outcome).toBe("passed");
  });

  it("keeps 360 hours for approved leave by default, and pro-rates only when the policy says so", () => {
    const yearOfLeave = { from: "2016-09-01", to: "2017-08-31", approvedLeave: "sick" as const };
    const leave = input({ absences: [yearOfLeave], trainingCredits: [credit(300)] });
    expect(evaluateReRegistration(leave).outcome).toBe("deferred");
    const proRated = evaluateReRegistration(leave, {
      ...DEFAULT_RE_REGISTRATION_POLICY,
      hoursRule: "proRateApprovedLeave",
    });
    // 360 × (1826 − 365) / 1826 = 288.03 → 289
    expect(proRated.hours).toEqual({ counted: 300, required: 289 });
    expect(proRated.outcome).toBe("passed");
    expect(proRated.notes).toContain("经批准的长期请假共 365 天，培训学时要求按比例折算为 289 学时");
  });
});

describe("定期注册: 年度考核", () => {
  it("defers for one failed year", () => {
    const result = evaluateReRegistration(input({ annualReviews: reviews({ 2016: { grade: "fail" } }) }));
    expect(result.outcome).toBe("deferred");
    expect(result.reasons.map((r) => r.message)).toEqual(["2016年度考核不合格"]);
  });

  it("fails for two failed years running", () => {
    const result = evaluateReRegistration(
      input({ annualReviews: reviews({ 2016: { grade: "fail" }, 2017: { grade: "fail" } }) }),
    );
    expect(result.outcome).toBe("failed");
    expect(result.reasons[0]?.message).toBe("连续两年年度考核不合格（2016、2017年度）");
  });

  it("defers two failures that are not consecutive, unless the city chooses to fail them", () => {
    const apart = input({ annualReviews: reviews({ 2015: { grade: "fail" }, 2017: { grade: "fail" } }) });
    expect(evaluateReRegistration(apart).outcome).toBe("deferred");
    expect(codes(apart)).toEqual(["reviewsFailedApart"]);
    const strict = { ...DEFAULT_RE_REGISTRATION_POLICY, nonConsecutiveFailures: "failed" as const };
    expect(evaluateReRegistration(apart, strict).outcome).toBe("failed");
  });

  it("does not join two failures across an excused year", () => {
    const result = evaluateReRegistration(
      input({
        annualReviews: reviews({
          2015: { grade: "fail" },
          2016: { grade: "notTaken", approvedLeave: "maternity" },
          2017: { grade: "fail" },
        }),
      }),
    );
    expect(result.outcome).toBe("deferred");
    expect(result.notes).toEqual(["2016年度因产假（经批准）考核为未参加，不计为不合格"]);
  });

  it.each(["maternity", "sick", "fullTimeStudy"] as const)("excuses a year on approved %s leave", (leave) => {
    const result = evaluateReRegistration(
      input({
        annualReviews: reviews({
          2016: { grade: "notTaken", approvedLeave: leave },
          2017: { grade: "fail", approvedLeave: leave },
        }),
      }),
    );
    expect(result.outcome).toBe("passed");
    expect(result.notes).toHaveLength(2);
  });

  it("treats a review not taken without approved leave as a failure", () => {
    const once = input({ annualReviews: reviews({ 2016: { grade: "notTaken" } }) });
    expect(codes(once)).toEqual(["reviewFailed"]);
    const twice = input({ annualReviews: reviews({ 2016: { grade: "notTaken" }, 2017: { grade: "fail" } }) });
    expect(evaluateReRegistration(twice).outcome).toBe("failed");
  });

  it("defers 基本合格 and a missing year, and ignores years outside the cycle", () => {
    expect(codes(input({ annualReviews: reviews({ 2016: { grade: "basicPass" } }) }))).toEqual([
      "reviewBasicPass",
    ]);
    const missing = input({ annualReviews: reviews().filter((r) => r.year !== 2018) });
    expect(evaluateReRegistration(missing).reasons.map((r) => r.message)).toEqual([
      "缺少2018年度考核结果，无法认定每年考核合格",
    ]);
    const extra = input({
      annualReviews: [...reviews(), { year: 2013, grade: "fail" }, { year: 2019, grade: "fail" }],
    });
    expect(evaluateReRegistration(extra).outcome).toBe("passed");
  });

  it("fails exactly when two adjacent years failed (other conditions met)", () => {
    const grade = fc.constantFrom("excellent", "pass", "fail", "notTaken" as const);
    fc.assert(
      fc.property(fc.array(grade, { minLength: 5, maxLength: 5 }), (grades) => {
        const annualReviews = YEARS.map((year, i) => ({ year, grade: grades[i] ?? "pass" }));
        const failed = grades.map((g) => g === "fail" || g === "notTaken");
        const adjacent = failed.some((f, i) => f && failed[i + 1] === true);
        const outcome = evaluateReRegistration(input({ annualReviews })).outcome;
        expect(outcome === "failed").toBe(adjacent);
        expect(outcome === "passed").toBe(!failed.includes(true));
      }),
    );
  });
});

describe("定期注册: 师德, standing and fitness", () => {
  it("fails a serious violation and defers a minor one", () => {
    const serious = input({
      ethicsViolations: [{ date: "2017-03-01", severity: "serious", description: "有偿补课" }],
    });
    expect(evaluateReRegistration(serious).reasons).toEqual([
      { code: "ethicsSerious", outcome: "failed", message: "2017-03-01 违反师德规范，情节严重（有偿补课）" },
    ]);
    expect(evaluateReRegistration(serious).outcome).toBe("failed");
    const minor = input({ ethicsViolations: [{ date: "2017-03-01", severity: "minor" }] });
    expect(evaluateReRegistration(minor).outcome).toBe("deferred");
  });

  it("leaves out a violation from before the cycle, with a note", () => {
    const result = evaluateReRegistration(
      input({ ethicsViolations: [{ date: "2014-08-31", severity: "serious" }] }),
    );
    expect(result.outcome).toBe("passed");
    expect(result.notes).toEqual(["2014-08-31 的师德记录不在本注册周期内，不计入本次注册"]);
  });

  it("fails a revoked qualification", () => {
    expect(codes(input({ qualificationRevoked: true }))).toEqual(["qualificationRevoked"]);
    expect(evaluateReRegistration(input({ qualificationRevoked: true })).outcome).toBe("failed");
  });

  it("fails a teacher who did not apply without good reason, and defers one with a good reason", () => {
    expect(
      evaluateReRegistration(input({ application: { applied: false, goodReason: false } })).outcome,
    ).toBe("failed");
    expect(evaluateReRegistration(input({ application: { applied: false, goodReason: true } })).outcome).toBe(
      "deferred",
    );
  });

  it("defers a teacher not fit to teach", () => {
    expect(codes(input({ fitToTeach: false }))).toEqual(["unfitToTeach"]);
  });
});

describe("定期注册: absence from teaching", () => {
  // 2017-03-01 + 139 days → 2017-07-17 inclusive is 139 days.
  it("defers an unapproved absence of one semester (140 days) or more, not 139", () => {
    const days139 = input({ absences: [{ from: "2017-03-01", to: "2017-07-17", approvedLeave: null }] });
    expect(evaluateReRegistration(days139).outcome).toBe("passed");
    const days140 = input({ absences: [{ from: "2017-03-01", to: "2017-07-18", approvedLeave: null }] });
    expect(evaluateReRegistration(days140).reasons.map((r) => r.message)).toEqual([
      "2017-03-01 至 2017-07-18 未经批准中止教育教学工作 140 天，达到一学期（140 天）以上",
    ]);
  });

  it("joins back-to-back absences into one stretch", () => {
    const split = input({
      absences: [
        { from: "2017-03-01", to: "2017-04-30", approvedLeave: null },
        { from: "2017-05-01", to: "2017-07-18", approvedLeave: null },
      ],
    });
    expect(codes(split)).toEqual(["absentWithoutLeave"]);
  });

  it("excuses long approved leave", () => {
    const leave = input({
      absences: [{ from: "2016-09-01", to: "2017-08-31", approvedLeave: "fullTimeStudy" }],
    });
    expect(evaluateReRegistration(leave).outcome).toBe("passed");
  });
});

describe("定期注册: timing and reporting", () => {
  it("is not due the year before the cycle's registration, and is still due when overdue", () => {
    const early = evaluateReRegistration(input({ year: 2018 }));
    expect(early).toMatchObject({ outcome: "notDue", hours: null });
    expect(early.reasons[0]?.message).toBe(
      "本注册周期至 2019-08-31，应于 2019 年申请定期注册，2018 年不在注册期",
    );
    expect(evaluateReRegistration(input({ year: 2019 })).outcome).toBe("passed");
    expect(evaluateReRegistration(input({ year: 2020 })).outcome).toBe("passed");
  });

  it("reports every reason, the most severe deciding the outcome", () => {
    const result = evaluateReRegistration(
      input({
        qualificationRevoked: true,
        trainingCredits: [],
        fitToTeach: false,
        annualReviews: reviews({ 2016: { grade: "fail" } }),
        ethicsViolations: [{ date: "2016-05-05", severity: "minor" }],
      }),
    );
    expect(result.outcome).toBe("failed");
    const expected: ReRegistrationReasonCode[] = [
      "qualificationRevoked",
      "ethicsMinor",
      "reviewFailed",
      "hoursShort",
      "unfitToTeach",
    ];
    expect(result.reasons.map((r) => r.code)).toEqual(expected);
  });
});
