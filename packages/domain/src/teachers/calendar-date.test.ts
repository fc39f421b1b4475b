import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addMonths,
  addYears,
  fromDayNumber,
  isIsoDate,
  monthsAndDaysBetween,
  toDayNumber,
} from "./calendar-date.ts";
import { clipPeriod, coveredDays, mergePeriods } from "./date-periods.ts";

const day = fc.integer({ min: toDayNumber("2000-01-01"), max: toDayNumber("2030-12-31") });

describe("calendar dates", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2016-02-29")).toBe(true);
    expect(isIsoDate("2019-02-29")).toBe(false);
    expect(isIsoDate("2019-9-1")).toBe(false);
    expect(() => toDayNumber("2019-13-01")).toThrow("YYYY-MM-DD");
  });

  it("adds years and months without overflowing a month", () => {
    expect(addYears("2016-02-29", 5)).toBe("2021-02-28");
    expect(addMonths("2019-01-31", 1)).toBe("2019-02-28");
    expect(addMonths("2019-11-15", 3)).toBe("2020-02-15");
  });

  it("counts whole months and leftover days", () => {
    expect(monthsAndDaysBetween("2019-01-15", "2019-03-20")).toEqual({ months: 2, days: 5 });
    expect(monthsAndDaysBetween("2019-01-15", "2019-03-14")).toEqual({ months: 1, days: 27 });
    expect(monthsAndDaysBetween("2019-03-01", "2019-01-01")).toEqual({ months: 0, days: 0 });
  });

  it("round-trips day numbers", () => {
    fc.assert(
      fc.property(day, (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });
});

describe("date periods", () => {
  const period = fc.tuple(day, fc.integer({ min: 0, max: 400 })).map(([start, length]) => ({
    from: fromDayNumber(start),
    to: fromDayNumber(start + length),
  }));

  it("merges into sorted, separated periods covering the same days", () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 8 }), (periods) => {
        const merged = mergePeriods(periods);
        const days = new Set<number>();
        for (const p of periods) for (let d = toDayNumber(p.from); d <= toDayNumber(p.to); d++) days.add(d);
        expect(coveredDays(periods)).toBe(days.size);
        merged.slice(1).forEach((p, i) => {
          expect(toDayNumber(p.from)).toBeGreaterThan(toDayNumber(merged[i]?.to ?? p.from) + 1);
        });
      }),
    );
  });

  it("clips to a window", () => {
    const window = { from: "2019-01-01", to: "2019-12-31" };
    expect(clipPeriod({ from: "2018-06-01", to: "2019-02-01" }, window)).toEqual({
      from: "2019-01-01",
      to: "2019-02-01",
    });
    expect(clipPeriod({ from: "2020-01-01", to: "2020-02-01" }, window)).toBeNull();
  });
});
