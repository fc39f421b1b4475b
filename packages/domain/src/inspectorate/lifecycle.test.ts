import { describe, expect, it } from "vitest";
import {
  acceptDeadline,
  checkComplainant,
  checkExtension,
  complaintState,
  maskPhone,
  replyDeadline,
} from "./complaints.ts";
import { coverageCheck, monthlyCoverage } from "./coverage.ts";
import {
  CLOSED_RECTIFICATION_STATES,
  closureRate,
  closureRateOf,
  isRectificationOverdue,
  rectificationTransition,
  RECTIFICATION_STATES,
  type RectificationAction,
} from "./rectification.ts";
import { coefficientOfVariation, mean } from "./statistics.ts";

const step = (
  state: (typeof RECTIFICATION_STATES)[number],
  action: RectificationAction,
  evidenceCount = 1,
  text = "已制定整改方案并落实",
) => rectificationTransition({ state, action, evidenceCount, text });

describe("rectification life cycle", () => {
  it("runs ordered → plan → evidence → returned → evidence → accepted → closed", () => {
    expect(step("ordered", "submit_plan", 0)).toEqual({ ok: true, next: "plan_submitted" });
    expect(step("plan_submitted", "submit_evidence")).toEqual({ ok: true, next: "evidence_submitted" });
    expect(step("evidence_submitted", "return")).toEqual({ ok: true, next: "returned" });
    expect(step("returned", "submit_evidence")).toEqual({ ok: true, next: "evidence_submitted" });
    expect(step("evidence_submitted", "accept")).toEqual({ ok: true, next: "accepted" });
    expect(step("accepted", "close")).toEqual({ ok: true, next: "closed" });
  });

  it("refuses closing, accepting or submitting without evidence", () => {
    expect(step("accepted", "close", 0)).toEqual({ ok: false, message: "没有整改佐证材料，不能验收或销号" });
    expect(step("evidence_submitted", "accept", 0)).toMatchObject({ ok: false });
    expect(step("plan_submitted", "submit_evidence", 0)).toEqual({
      ok: false,
      message: "请先上传整改佐证材料，再报送",
    });
  });

  it("refuses every action out of its state, and short texts", () => {
    const actions: RectificationAction[] = ["submit_plan", "submit_evidence", "accept", "return", "close"];
    const allowed = new Set([
      "ordered:submit_plan",
      "plan_submitted:submit_plan",
      "plan_submitted:submit_evidence",
      "returned:submit_evidence",
      "evidence_submitted:accept",
      "evidence_submitted:return",
      "accepted:close",
    ]);
    for (const state of RECTIFICATION_STATES)
      for (const action of actions)
        expect(step(state, action).ok, `${state}:${action}`).toBe(allowed.has(`${state}:${action}`));
    expect(step("closed", "close")).toEqual({ ok: false, message: "整改单当前为“已销号”，不能销号" });
    expect(step("evidence_submitted", "return", 1, "不行")).toMatchObject({ ok: false });
    expect(step("ordered", "submit_plan", 0, "    ")).toMatchObject({ ok: false });
  });

  it("is overdue only when open past the deadline day, and rates closure", () => {
    expect(isRectificationOverdue("ordered", "2019-06-30", "2019-06-30")).toBe(false);
    expect(isRectificationOverdue("ordered", "2019-06-30", "2019-07-01")).toBe(true);
    expect(isRectificationOverdue("accepted", "2019-06-30", "2019-07-01")).toBe(false);
    expect(closureRate([])).toBeNull();
    expect(closureRate(["closed", "accepted", "returned", "ordered"])).toBe(50);
    // The same share from counts (a grouped query counts the done states).
    expect(CLOSED_RECTIFICATION_STATES).toEqual(["accepted", "closed"]);
    expect(closureRateOf(0, 0)).toBeNull();
    expect(closureRateOf(1, 3)).toBe(closureRate(["closed", "ordered", "returned"]));
  });
});

describe("complaint deadlines", () => {
  it("accepts within 15 days and answers within 60 (+ one extension ≤ 30)", () => {
    expect(acceptDeadline("2019-03-01")).toBe("2019-03-16");
    expect(replyDeadline("2019-03-05")).toBe("2019-05-04");
    expect(replyDeadline("2019-03-05", 30)).toBe("2019-06-03");
    const base = { receivedOn: "2019-03-01", extensionDays: 0 };
    expect(complaintState({ ...base, acceptedOn: null, repliedOn: null, today: "2019-03-16" })).toBe(
      "awaiting_acceptance",
    );
    expect(complaintState({ ...base, acceptedOn: null, repliedOn: null, today: "2019-03-17" })).toBe(
      "acceptance_overdue",
    );
    expect(complaintState({ ...base, acceptedOn: "2019-03-05", repliedOn: null, today: "2019-05-04" })).toBe(
      "in_progress",
    );
    expect(complaintState({ ...base, acceptedOn: "2019-03-05", repliedOn: null, today: "2019-05-05" })).toBe(
      "overdue",
    );
    expect(
      complaintState({
        ...base,
        extensionDays: 30,
        acceptedOn: "2019-03-05",
        repliedOn: null,
        today: "2019-05-05",
      }),
    ).toBe("in_progress");
    expect(
      complaintState({ ...base, acceptedOn: "2019-03-05", repliedOn: "2019-05-04", today: "2019-06-01" }),
    ).toBe("replied");
    expect(
      complaintState({ ...base, acceptedOn: "2019-03-05", repliedOn: "2019-05-05", today: "2019-06-01" }),
    ).toBe("replied_late");
  });

  it("allows one extension of 1–30 days", () => {
    expect(checkExtension(30, false)).toBeNull();
    expect(checkExtension(31, false)).toBe("延长天数应为 1–30 天");
    expect(checkExtension(0, false)).not.toBeNull();
    expect(checkExtension(10, true)).toBe("办理期限只能延长一次");
  });

  it("needs a name and phone unless anonymous, and masks phones", () => {
    expect(checkComplainant({ anonymous: true, name: null, phone: null })).toBeNull();
    expect(checkComplainant({ anonymous: false, name: "张三", phone: "13800138000" })).toBeNull();
    expect(checkComplainant({ anonymous: false, name: "张三", phone: "12345" })?.field).toBe("phone");
    expect(checkComplainant({ anonymous: false, name: "", phone: "13800138000" })?.field).toBe("name");
    expect(maskPhone("13800138000")).toBe("138****8000");
    expect(maskPhone(null)).toBeNull();
  });
});

describe("责任督学 coverage", () => {
  const schools = Array.from({ length: 11 }, (_, i) => ({ id: `s${i}`, name: `学校${i}` }));
  const inspectors = [
    { id: "a", name: "甲" },
    { id: "b", name: "乙" },
  ];
  it("needs five schools per inspector and every school covered", () => {
    const five = (id: string, from: number) =>
      Array.from({ length: 5 }, (_, i) => ({ inspectorId: id, schoolId: `s${from + i}` }));
    const partial = coverageCheck({ inspectors, schools, assignments: [...five("a", 0), ...five("b", 5)] });
    expect(partial.ok).toBe(false);
    expect(partial.uncovered).toEqual([{ id: "s10", name: "学校10" }]);
    expect(partial.underAssigned).toEqual([]);
    const four = coverageCheck({
      inspectors,
      schools,
      assignments: [...five("a", 0), ...five("b", 6), { inspectorId: "a", schoolId: "s5" }].filter(
        (x) => x.schoolId !== "s10" || x.inspectorId === "b",
      ),
    });
    expect(four.ok).toBe(true);
    const under = coverageCheck({ inspectors, schools, assignments: five("a", 0).slice(0, 4) });
    expect(under.underAssigned.map((u) => [u.id, u.schools])).toEqual([
      ["a", 4],
      ["b", 0],
    ]);
  });

  it("computes monthly visit coverage of assigned schools", () => {
    expect(monthlyCoverage(["s1", "s2", "s3", "s4"], ["s1", "s1", "s9"])).toBe(25);
    expect(monthlyCoverage([], ["s1"])).toBeNull();
  });
});

describe("coefficient of variation", () => {
  it("is S / mean, weighted, and null without data or a zero mean", () => {
    expect(coefficientOfVariation([{ value: 10 }, { value: 10 }])).toBe(0);
    expect(
      coefficientOfVariation([
        { value: 2 },
        { value: 4 },
        { value: 4 },
        { value: 4 },
        { value: 5 },
        { value: 5 },
        { value: 7 },
        { value: 9 },
      ]),
    ).toBeCloseTo(0.4, 10);
    expect(
      coefficientOfVariation([
        { value: 1, weight: 3 },
        { value: 3, weight: 1 },
      ]),
    ).toBeCloseTo(Math.sqrt(0.75) / 1.5, 10);
    expect(coefficientOfVariation([])).toBeNull();
    expect(coefficientOfVariation([{ value: 0 }, { value: 0 }])).toBeNull();
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 3])).toBe(2);
  });
});
