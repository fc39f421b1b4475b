import { describe, expect, it } from "vitest";
import { outstandingReports, REPORT_DUE_DAYS, reportingPeriods, reportState } from "./reporting-periods.ts";
import {
  isLeaderVisible,
  newTriggers,
  noticeState,
  RESPONSE_DAYS,
  responseDeadline,
  supervisionTriggers,
  triggerKey,
} from "./supervision.ts";

const beijing = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

describe("reporting periods", () => {
  it("splits a year into 12 months with reports due on the 5th", () => {
    const months = reportingPeriods(2019, "monthly");
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({
      key: "2019-02",
      label: "2019年2月",
      start: "2019-02-01",
      end: "2019-02-28",
      dueDate: "2019-03-05",
    });
    expect(months[11]?.dueDate).toBe("2020-01-05");
    expect(REPORT_DUE_DAYS.monthly).toBe(5);
  });

  it("splits a year into quarters with reports due 10 days after", () => {
    const quarters = reportingPeriods(2020, "quarterly");
    expect(quarters.map((q) => q.key)).toEqual(["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"]);
    expect(quarters[0]).toMatchObject({
      label: "2020年第一季度",
      start: "2020-01-01",
      end: "2020-03-31",
      dueDate: "2020-04-10",
    });
    expect(quarters[3]?.dueDate).toBe("2021-01-10");
  });
});

describe("report state", () => {
  const [q1] = reportingPeriods(2019, "quarterly");
  const period = q1!;

  it.each([
    ["2019-03-31T23:59:59", null, "not_due"],
    ["2019-04-01T00:00:00", null, "due"],
    ["2019-04-10T23:59:59", null, "due"], // the due day itself is on time
    ["2019-04-11T00:00:00", null, "overdue"],
    ["2019-04-20T09:00:00", "2019-04-10", "submitted"],
    ["2019-04-20T09:00:00", "2019-04-11", "submitted_late"],
  ] as const)("at %s with submission %s → %s", (at, submittedOn, state) => {
    expect(reportState({ period, submittedOn, now: beijing(at) })).toBe(state);
  });

  it("lists the reports a division still owes", () => {
    const owed = outstandingReports({
      year: 2019,
      frequency: "monthly",
      submissions: new Map([["2019-01", "2019-02-03"]]),
      now: beijing("2019-04-03T10:00:00"),
    });
    expect(owed.map((o) => [o.period.key, o.state])).toEqual([
      ["2019-02", "overdue"],
      ["2019-03", "due"],
    ]);
  });
});

describe("督办单 triggers", () => {
  const triggers = supervisionTriggers({
    taskCode: "T08",
    reports: [
      { periodKey: "2019-Q1", state: "overdue" },
      { periodKey: "2019-Q2", state: "due" },
    ],
    targets: [
      { code: "T08-1", status: "seriously_lagging" },
      { code: "T08-2", status: "lagging" },
      { code: "T08-3", status: "overdue" },
    ],
    milestones: [
      { code: "T08-M1", status: "late" },
      { code: "T08-M2", status: "pending" },
    ],
  });

  it("raise on an overdue report, a seriously lagging or overdue target and a late milestone — not on mere lag", () => {
    expect(triggers.map(triggerKey)).toEqual([
      "report_overdue:T08:2019-Q1",
      "target_seriously_lagging:T08-1",
      "target_overdue:T08-3",
      "milestone_late:T08-M1",
    ]);
  });

  it("are raised once per cause", () => {
    const raised = new Set(["report_overdue:T08:2019-Q1", "target_seriously_lagging:T08-1"]);
    expect(newTriggers(triggers, raised).map(triggerKey)).toEqual([
      "target_overdue:T08-3",
      "milestone_late:T08-M1",
    ]);
  });
});

describe("督办单 response and escalation", () => {
  it("allows RESPONSE_DAYS calendar days", () => {
    expect(RESPONSE_DAYS).toBe(7);
    expect(responseDeadline("2019-04-11")).toBe("2019-04-18");
    expect(responseDeadline("2019-12-28")).toBe("2020-01-04");
  });

  it.each([
    ["2019-04-18T23:59:59", null, "awaiting_response", false],
    ["2019-04-19T00:00:00", null, "escalated", true],
    ["2019-04-30T00:00:00", "2019-04-18", "responded", false],
    ["2019-04-30T00:00:00", "2019-04-19", "responded_late", true],
  ] as const)("at %s, answered %s → %s (leaders see it: %s)", (at, respondedOn, state, leaders) => {
    const result = noticeState({ raisedOn: "2019-04-11", respondedOn, now: beijing(at) });
    expect(result).toBe(state);
    expect(isLeaderVisible(result)).toBe(leaders);
  });
});

describe("a completed task owes no further periodic reports (issue 12, defect 5)", () => {
  const input = {
    taskCode: "T01",
    reports: [{ periodKey: "2019-Q3", state: "overdue" as const }],
    targets: [{ code: "T01-1", status: "completed" as const }],
    milestones: [{ code: "T01-M1", status: "done" as const }],
  };

  it("raises no 督办单 for a missing report of a task at 100%", () => {
    expect(supervisionTriggers({ ...input, taskStatus: "completed" })).toEqual([]);
    expect(supervisionTriggers({ ...input, taskStatus: "on_track" }).map((t) => t.kind)).toEqual([
      "report_overdue",
    ]);
  });

  it("closes an open report notice of a completed task instead of escalating it", () => {
    const open = { raisedOn: "2019-10-11", respondedOn: null, now: beijing("2019-10-30T10:00") };
    expect(noticeState({ ...open, kind: "report_overdue", taskStatus: "completed" })).toBe("not_required");
    expect(isLeaderVisible("not_required")).toBe(false);
    expect(noticeState({ ...open, kind: "report_overdue", taskStatus: "lagging" })).toBe("escalated");
    // An answered notice keeps its answer; a notice about anything but a report stays as it is.
    expect(
      noticeState({ ...open, respondedOn: "2019-10-15", kind: "report_overdue", taskStatus: "completed" }),
    ).toBe("responded");
    expect(noticeState({ ...open, kind: "milestone_late", taskStatus: "completed" })).toBe("escalated");
  });
});
