import { describe, expect, it } from "vitest";
import { evaluateMilestone } from "./milestone-status.ts";
import {
  countByStatus,
  rollUp,
  rollUpFocusArea,
  rollUpTask,
  STATUS_SEVERITY,
  worstStatus,
} from "./status-rollup.ts";
import { TARGET_STATUSES } from "./target-status.ts";
import type { TargetStatus } from "./target-status.ts";

const part = (status: TargetStatus, progress = 0.5) => ({ status, progress });

describe("milestones", () => {
  const noonOn = (date: string) => new Date(`${date}T12:00:00+08:00`);

  it("are pending up to and including the due day, late after it", () => {
    expect(evaluateMilestone({ dueDate: "2019-06-30", completedOn: null, now: noonOn("2019-06-30") })).toBe(
      "pending",
    );
    expect(
      evaluateMilestone({
        dueDate: "2019-06-30",
        completedOn: null,
        now: new Date("2019-06-30T23:59:59+08:00"),
      }),
    ).toBe("pending");
    expect(
      evaluateMilestone({
        dueDate: "2019-06-30",
        completedOn: null,
        now: new Date("2019-07-01T00:00:00+08:00"),
      }),
    ).toBe("late");
  });

  it("are done once completed, even after the due day", () => {
    expect(
      evaluateMilestone({ dueDate: "2019-06-30", completedOn: "2019-07-05", now: noonOn("2019-08-01") }),
    ).toBe("done");
  });

  it("do not count a completion dated in the future", () => {
    expect(
      evaluateMilestone({ dueDate: "2019-06-30", completedOn: "2019-06-20", now: noonOn("2019-06-10") }),
    ).toBe("pending");
  });
});

describe("worst-of", () => {
  it("orders every status", () => {
    const ranks = TARGET_STATUSES.map((s) => STATUS_SEVERITY[s]);
    expect(new Set(ranks).size).toBe(TARGET_STATUSES.length);
  });

  it.each([
    [["completed", "on_track"], "on_track"],
    [["on_track", "lagging"], "lagging"],
    [["lagging", "seriously_lagging", "completed"], "seriously_lagging"],
    [["seriously_lagging", "overdue"], "overdue"],
    [["completed", "completed"], "completed"],
    [["not_started", "not_started"], "not_started"],
    [["not_started", "completed"], "on_track"], // begun: one part is done
    [["not_started", "on_track"], "on_track"],
    [["not_started", "lagging"], "lagging"],
    [[], "not_started"],
  ] as const)("%j → %s", (statuses, expected) => {
    expect(worstStatus(statuses)).toBe(expected);
  });
});

describe("task roll-up", () => {
  it("takes the worst of targets and milestones, and the mean of target progress", () => {
    const summary = rollUpTask({
      targets: [part("completed", 1), part("on_track", 0.4)],
      milestones: ["late"],
    });
    expect(summary.status).toBe("overdue");
    expect(summary.progress).toBeCloseTo(0.7);
    expect(summary.counts).toEqual(countByStatus(["completed", "on_track", "overdue"]));
  });

  it("uses the share of milestones done when the task has no targets", () => {
    const summary = rollUpTask({ targets: [], milestones: ["done", "pending", "pending", "done"] });
    expect(summary.progress).toBe(0.5);
    expect(summary.status).toBe("on_track");
  });

  it("is 未开始 when nothing has begun and 已完成 when everything is done", () => {
    expect(rollUpTask({ targets: [part("not_started", 0)], milestones: ["pending"] }).status).toBe(
      "not_started",
    );
    expect(rollUpTask({ targets: [part("completed", 1)], milestones: ["done"] }).status).toBe("completed");
    expect(rollUpTask({ targets: [], milestones: [] })).toMatchObject({ status: "not_started", progress: 0 });
  });
});

describe("focus-area roll-up", () => {
  it("rolls tasks up with the same rule and counts tasks per status", () => {
    const tasks = [
      rollUpTask({ targets: [part("completed", 1)], milestones: [] }),
      rollUpTask({ targets: [part("lagging", 0.2)], milestones: [] }),
      rollUpTask({ targets: [], milestones: ["pending"] }),
    ];
    const area = rollUpFocusArea(tasks);
    expect(area.status).toBe("lagging");
    expect(area.progress).toBeCloseTo(0.4);
    expect(area.counts).toMatchObject({ completed: 1, lagging: 1, not_started: 1, on_track: 0, overdue: 0 });
  });

  it("can roll focus areas up into the whole plan", () => {
    const plan = rollUp([part("completed", 1), part("on_track", 0.5)]);
    expect(plan).toMatchObject({ status: "on_track", progress: 0.75 });
  });
});
