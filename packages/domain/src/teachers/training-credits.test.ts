import { describe, expect, it } from "vitest";
import {
  creditedHoursInWindow,
  creditForProgramme,
  DEFAULT_TRAINING_CREDIT_POLICY,
} from "./training-credits.ts";
import type { ProgrammeAttendance, TrainingProgramme } from "./training-credits.ts";
import { allocateEnrolments, checkEnrolmentQuota, checkProgrammeEligibility } from "./training-enrolment.ts";
import type { TeacherProfile } from "./teacher-profile.ts";

const programme: TrainingProgramme = {
  id: "p1",
  name: "初中数学骨干教师滚动培训",
  level: "municipal",
  kind: "backboneRolling",
  hours: 50,
};

function attended(attendedHours: number, assessmentPassed = true): ProgrammeAttendance[] {
  return [{ programmeId: "p1", teacherId: "t1", attendedHours, assessmentPassed, completedOn: "2019-07-10" }];
}

describe("credit on completion", () => {
  it("credits all published hours at 80% attendance, none below", () => {
    expect(creditForProgramme({ teacherId: "t1", programme, attendance: attended(40) })).toEqual({
      ok: true,
      credit: {
        programmeId: "p1",
        level: "municipal",
        kind: "backboneRolling",
        hours: 50,
        creditedOn: "2019-07-10",
      },
    });
    const short = creditForProgramme({ teacherId: "t1", programme, attendance: attended(39.5) });
    expect(short).toEqual({
      ok: false,
      message: "培训项目“初中数学骨干教师滚动培训”出勤 39.5 学时（79%），未达到 80% 的结业要求，不予认定学时",
    });
  });

  it("refuses hours for a programme the teacher did not attend", () => {
    const refused = { ok: false, message: "未参加培训项目“初中数学骨干教师滚动培训”，不能登记学时" };
    expect(creditForProgramme({ teacherId: "t1", programme, attendance: [] })).toEqual(refused);
    expect(creditForProgramme({ teacherId: "t2", programme, attendance: attended(50) })).toEqual(refused);
    expect(creditForProgramme({ teacherId: "t1", programme, attendance: attended(0) })).toEqual(refused);
  });

  it("refuses hours when the assessment was failed", () => {
    const result = creditForProgramme({ teacherId: "t1", programme, attendance: attended(50, false) });
    expect(result.ok).toBe(false);
  });

  it("uses the configured threshold", () => {
    const policy = { ...DEFAULT_TRAINING_CREDIT_POLICY, completionThreshold: 0.9 };
    expect(creditForProgramme({ teacherId: "t1", programme, attendance: attended(44), policy }).ok).toBe(
      false,
    );
    expect(creditForProgramme({ teacherId: "t1", programme, attendance: attended(45), policy }).ok).toBe(
      true,
    );
  });
});

describe("hours in a cycle", () => {
  const window = { from: "2014-09-01", to: "2019-08-31" };
  const at = (kind: "schoolBased" | "external", hours: number, creditedOn: string) => ({
    programmeId: "x",
    level: "school" as const,
    kind,
    hours,
    creditedOn,
  });

  it("sums credits inside the window and caps 校本 at 120", () => {
    const result = creditedHoursInWindow(
      [
        at("schoolBased", 100, "2015-01-01"),
        at("schoolBased", 30, "2019-08-31"),
        at("external", 40, "2019-09-01"),
      ],
      window,
    );
    expect(result.byKind.schoolBased).toEqual({ recorded: 130, counted: 120 });
    expect(result.byKind.external).toEqual({ recorded: 0, counted: 0 });
    expect(result.total).toBe(120);
    expect(result.notes).toEqual(["校本培训记录 130 学时，每周期最多计 120 学时"]);
  });

  it("caps other kinds when the city configures it", () => {
    const policy = { ...DEFAULT_TRAINING_CREDIT_POLICY, capsPerCycle: { external: 60 } };
    const result = creditedHoursInWindow(
      [at("schoolBased", 200, "2016-01-01"), at("external", 90, "2016-01-01")],
      window,
      policy,
    );
    expect(result.total).toBe(260);
  });
});

describe("enrolment", () => {
  it("refuses an enrolment beyond the quota", () => {
    expect(checkEnrolmentQuota({ quota: 2, enrolled: 1 })).toEqual({ ok: true, remaining: 0 });
    expect(checkEnrolmentQuota({ quota: 2, enrolled: 2 })).toEqual({
      ok: false,
      message: "报名人数已达名额上限（2 人），不能再报名",
    });
  });

  it("fills places in order of application and refuses the rest", () => {
    const result = allocateEnrolments({
      applicantIds: ["a", "b", "a", "c", "d"],
      quota: 3,
      alreadyEnrolled: 1,
    });
    expect(result.accepted).toEqual(["a", "b"]);
    expect(result.refused.map((r) => r.teacherId)).toEqual(["a", "c", "d"]);
    expect(result.refused[0]?.message).toBe("已报名本项目，不能重复报名");
  });

  const teacher: TeacherProfile = { stage: "junior", subject: "数学", title: "second", yearsOfService: 4 };

  it("admits a teacher who meets every criterion", () => {
    const rule = { stages: ["junior", "senior"] as const, subjects: ["数学"], minTitle: "second" as const };
    expect(checkProgrammeEligibility(teacher, rule)).toEqual({ eligible: true, reasons: [] });
  });

  it("lists every unmet criterion", () => {
    const result = checkProgrammeEligibility(teacher, {
      stages: ["primary"],
      subjects: ["语文"],
      minTitle: "first",
      minYearsOfService: 5,
    });
    expect(result.reasons).toEqual([
      "任教学段为初中，本项目面向小学教师",
      "任教学科为数学，本项目面向语文学科教师",
      "职称为二级教师，本项目要求一级教师及以上",
      "教龄 4 年，本项目要求不少于 5 年",
    ]);
    expect(checkProgrammeEligibility(teacher, { maxYearsOfService: 3 }).reasons).toEqual([
      "教龄 4 年，本项目面向教龄不超过 3 年的教师",
    ]);
    expect(checkProgrammeEligibility(teacher, { minYearsOfService: 4, maxYearsOfService: 4 }).eligible).toBe(
      true,
    );
  });
});
