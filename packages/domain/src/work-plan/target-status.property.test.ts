import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUS_SEVERITY } from "./status-rollup.ts";
import { evaluateTarget } from "./target-status.ts";
import type { TargetSchedule } from "./target-status.ts";
import { COMPARATORS } from "./target-kinds.ts";

// Small integers make baselines, targets and values collide often, which is where the edge cases live.
const value = fc.oneof(
  fc.integer({ min: -5, max: 105 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);
const day = fc.integer({ min: 0, max: 3 * 365 });

function isoDay(offset: number): string {
  return new Date(Date.UTC(2018, 0, 1 + offset)).toISOString().slice(0, 10);
}

const target: fc.Arbitrary<TargetSchedule> = fc
  .record({
    baseline: fc.option(value, { nil: null }),
    targetValue: value,
    comparator: fc.constantFrom(...COMPARATORS),
    start: day,
    length: fc.integer({ min: 0, max: 400 }),
  })
  .map(({ start, length, ...rest }) => ({
    ...rest,
    startDate: isoDay(start),
    deadline: isoDay(start + length),
  }));

const now = fc.date({
  min: new Date("2017-06-01T00:00:00Z"),
  max: new Date("2022-06-01T00:00:00Z"),
  noInvalidDate: true,
});

describe("target status properties", () => {
  it("keeps progress and elapsed time within [0, 1], and progress is 1 exactly when reached", () => {
    fc.assert(
      fc.property(target, fc.option(value, { nil: null }), now, (t, current, at) => {
        const result = evaluateTarget({ target: t, current, now: at });
        expect(result.progress).toBeGreaterThanOrEqual(0);
        expect(result.progress).toBeLessThanOrEqual(1);
        expect(result.elapsed).toBeGreaterThanOrEqual(0);
        expect(result.elapsed).toBeLessThanOrEqual(1);
        expect(result.progress === 1).toBe(result.reached);
      }),
    );
  });

  it("calls a reached target 已完成 at any time", () => {
    fc.assert(
      fc.property(target, now, (t, at) => {
        expect(evaluateTarget({ target: t, current: t.targetValue, now: at }).status).toBe("completed");
      }),
    );
  });

  it("never makes the status worse when progress grows, at a fixed time", () => {
    fc.assert(
      fc.property(target, value, value, now, (t, a, b, at) => {
        const first = evaluateTarget({ target: t, current: a, now: at });
        const second = evaluateTarget({ target: t, current: b, now: at });
        const [low, high] = first.progress <= second.progress ? [first, second] : [second, first];
        expect(STATUS_SEVERITY[high.status]).toBeLessThanOrEqual(STATUS_SEVERITY[low.status]);
      }),
    );
  });
});
