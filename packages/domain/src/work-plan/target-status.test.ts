import { describe, expect, it } from "vitest";
import {
  elapsedFraction,
  evaluateTarget,
  isTargetReached,
  LAG_THRESHOLD,
  NOT_STARTED_GRACE,
  SERIOUS_LAG_THRESHOLD,
  targetProgress,
} from "./target-status.ts";
import type { TargetSchedule } from "./target-status.ts";

/** A 100-day target (2019-01-01 … 2019-04-10) so elapsed days read directly as percent. */
const HUNDRED_DAYS: TargetSchedule = {
  baseline: 0,
  targetValue: 100,
  comparator: ">=",
  startDate: "2019-01-01",
  deadline: "2019-04-10",
};
const HOUR_MS = 60 * 60 * 1000;

/** 00:00 Beijing time (UTC+8) on the given day after 2019-01-01, plus optional hours. */
function beijing(day: number, hours = 0): Date {
  return new Date(Date.UTC(2019, 0, 1 + day) - 8 * HOUR_MS + hours * HOUR_MS);
}

function statusAt(day: number, current: number | null, target: TargetSchedule = HUNDRED_DAYS, hours = 0) {
  return evaluateTarget({ target, current, now: beijing(day, hours) }).status;
}

describe("thresholds", () => {
  it("are ordered as documented", () => {
    expect(NOT_STARTED_GRACE).toBeLessThan(LAG_THRESHOLD);
    expect(LAG_THRESHOLD).toBeLessThan(SERIOUS_LAG_THRESHOLD);
  });
});

describe("lag boundaries at half time", () => {
  it.each([
    [50, "on_track"],
    [35, "on_track"], // exactly 15 points behind is still on track
    [34, "lagging"],
    [20, "lagging"], // exactly 30 points behind is lagging, not serious
    [19, "seriously_lagging"],
    [0, "seriously_lagging"],
    [100, "completed"],
  ] as const)("value %d at 50%% time → %s", (value, status) => {
    expect(statusAt(50, value)).toBe(status);
  });
});

describe("start and no-report grace", () => {
  it("is 未开始 before the start day, whatever the value, unless already reached", () => {
    expect(statusAt(-1, 0)).toBe("not_started");
    expect(statusAt(0, 0, HUNDRED_DAYS, -1)).toBe("not_started"); // 23:00 on the eve
    expect(statusAt(-1, 100)).toBe("completed");
  });

  it("keeps an unreported target 未开始 for the first 10% of its time, then counts it as zero", () => {
    expect(statusAt(9, null)).toBe("not_started");
    expect(statusAt(10, null)).toBe("on_track"); // exactly 10% elapsed: grace is over, lag 0.10
    expect(statusAt(15, null)).toBe("on_track"); // lag exactly 0.15
    expect(statusAt(16, null)).toBe("lagging");
    expect(statusAt(31, null)).toBe("seriously_lagging");
  });

  it("treats a reported zero as a report, not as silence", () => {
    expect(statusAt(5, 0)).toBe("on_track");
  });
});

describe("deadline", () => {
  it("counts the whole deadline day as in time", () => {
    expect(statusAt(99, 95, HUNDRED_DAYS, 23.99)).toBe("on_track");
    expect(statusAt(99, 50, HUNDRED_DAYS, 23.99)).toBe("seriously_lagging");
    expect(statusAt(100, 95)).toBe("overdue"); // 00:00 the day after
  });

  it("is 已完成 when reached on the deadline day or even after it", () => {
    expect(statusAt(99, 100, HUNDRED_DAYS, 23.99)).toBe("completed");
    expect(statusAt(400, 100)).toBe("completed");
  });
});

describe("≤ targets (reduce to)", () => {
  const myopia: TargetSchedule = { ...HUNDRED_DAYS, comparator: "<=", baseline: 60, targetValue: 50 };

  it("measures progress downward from the baseline", () => {
    expect(targetProgress(myopia, 55)).toBeCloseTo(0.5);
    expect(targetProgress(myopia, 65)).toBe(0); // worse than baseline is clamped
    expect(statusAt(50, 55, myopia)).toBe("on_track");
    expect(statusAt(50, 58, myopia)).toBe("lagging"); // exactly 30 points behind
    expect(statusAt(50, 59, myopia)).toBe("seriously_lagging");
  });

  it("is reached at or below the target", () => {
    expect(statusAt(50, 50, myopia)).toBe("completed");
    expect(statusAt(50, 49, myopia)).toBe("completed");
  });

  it("is all or nothing without a baseline", () => {
    const noBaseline = { ...myopia, baseline: null };
    expect(targetProgress(noBaseline, 51)).toBe(0);
    expect(targetProgress(noBaseline, 50)).toBe(1);
  });
});

describe("= targets", () => {
  const exact: TargetSchedule = { ...HUNDRED_DAYS, comparator: "=", baseline: 0, targetValue: 10 };

  it("scores distance from the target on either side", () => {
    expect(targetProgress(exact, 5)).toBeCloseTo(0.5);
    expect(targetProgress(exact, 15)).toBeCloseTo(0.5);
    expect(targetProgress(exact, 25)).toBe(0);
    expect(statusAt(50, 10, exact)).toBe("completed");
    expect(statusAt(50, 10.5, exact)).not.toBe("completed");
  });

  it("starts from 0 when the baseline is unknown", () => {
    expect(targetProgress({ ...exact, baseline: null }, 8)).toBeCloseTo(0.8);
  });
});

describe("degenerate ranges", () => {
  it("baseline equal to target: nothing until reached", () => {
    const flat = { ...HUNDRED_DAYS, baseline: 100 };
    expect(targetProgress(flat, 99)).toBe(0);
    expect(targetProgress(flat, 100)).toBe(1);
  });

  it("baseline already beyond target: reached as soon as a value confirms it", () => {
    const beyond = { ...HUNDRED_DAYS, baseline: 120 };
    expect(statusAt(50, 130, beyond)).toBe("completed");
    expect(targetProgress(beyond, 90)).toBe(0);
    expect(statusAt(50, null, beyond)).toBe("seriously_lagging"); // no report: no evidence
    const reduceBeyond: TargetSchedule = { ...HUNDRED_DAYS, comparator: "<=", baseline: 40, targetValue: 50 };
    expect(statusAt(50, 45, reduceBeyond)).toBe("completed");
    expect(targetProgress(reduceBeyond, 55)).toBe(0);
  });

  it("a one-day target runs from 00:00 to 24:00 of that day", () => {
    const oneDay = { ...HUNDRED_DAYS, startDate: "2019-01-11", deadline: "2019-01-11" };
    expect(elapsedFraction(oneDay, beijing(10, 12))).toBeCloseTo(0.5);
    expect(statusAt(9, 0, oneDay)).toBe("not_started");
    expect(statusAt(10, 0, oneDay, 1)).toBe("on_track");
    expect(statusAt(11, 0, oneDay)).toBe("overdue");
  });

  it("a deadline before the start is 0 then 1, never NaN", () => {
    const inverted = { startDate: "2019-03-01", deadline: "2019-02-01" };
    expect(elapsedFraction(inverted, beijing(0))).toBe(0);
    expect(elapsedFraction(inverted, beijing(80))).toBe(1);
  });

  it("ignores float noise in computed ratios", () => {
    const ratio: TargetSchedule = { ...HUNDRED_DAYS, targetValue: 0.3 };
    expect(isTargetReached(ratio, 0.1 + 0.2)).toBe(true);
    expect(isTargetReached(ratio, Number.NaN)).toBe(false);
  });

  it("baseline null on a ≥ target starts from zero", () => {
    expect(targetProgress({ ...HUNDRED_DAYS, baseline: null }, 40)).toBeCloseTo(0.4);
  });
});
