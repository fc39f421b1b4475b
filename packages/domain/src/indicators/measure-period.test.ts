import { describe, expect, it } from "vitest";
import { measurePeriod } from "./measure-period.ts";

/** A Beijing wall-clock time. */
const beijing = (text: string) => new Date(`${text}+08:00`);

describe("measure period", () => {
  it("takes the period the binding names, whatever the basis", () => {
    const basis = { year: 2021, at: beijing("2021-10-01T00:00:00") };
    expect(measurePeriod("year", "2019", basis).key).toBe("2019");
    expect(measurePeriod("school_year", "2018-2019", basis).key).toBe("2018-2019");
    // The named period wins even when it is of the other type (the engine reads what the plan wrote).
    expect(measurePeriod("year", "2018-2019", basis).key).toBe("2018-2019");
  });

  it.each(["2019Q4", "2019-03", "2019-2021", "1999", ""])(
    "falls back as if none were named for %j (quarters and months are no measure periods)",
    (named) => {
      const basis = { year: 2019, at: beijing("2020-03-01T00:00:00") };
      expect(measurePeriod("year", named, basis).key).toBe("2019");
      expect(measurePeriod("school_year", named, basis).key).toBe("2019-2020");
    },
  );

  it("reads a calendar-year measure for the basis year, across the year boundary of `at`", () => {
    expect(measurePeriod("year", null, { year: 2019, at: beijing("2020-01-01T00:00:00") }).key).toBe("2019");
    expect(measurePeriod("year", null, { year: 2020, at: beijing("2019-12-31T23:59:59") }).key).toBe("2020");
  });

  it("reads a calendar-year measure without a usable basis year for the Beijing year of `at`", () => {
    // 2019-12-31T16:00Z is already 1 January 2020 in Beijing.
    expect(measurePeriod("year", null, { year: null, at: new Date("2019-12-31T15:59:59Z") }).key).toBe(
      "2019",
    );
    expect(measurePeriod("year", null, { year: null, at: new Date("2019-12-31T16:00:00Z") }).key).toBe(
      "2020",
    );
    expect(measurePeriod("year", null, { year: 1999, at: beijing("2019-06-01T00:00:00") }).key).toBe("2019");
  });

  it.each([
    // Month edges: the school year turns on 1 September, Beijing time.
    ["2019-08-31T23:59:59", "2018-2019"],
    ["2019-09-01T00:00:00", "2019-2020"],
    // Quarter edges: Q1 and Q2 close the school year begun the autumn before; Q3 straddles the turnover.
    ["2019-01-01T00:00:00", "2018-2019"],
    ["2019-03-31T23:59:59", "2018-2019"],
    ["2019-04-01T00:00:00", "2018-2019"],
    ["2019-07-01T00:00:00", "2018-2019"],
    ["2019-09-30T23:59:59", "2019-2020"],
    ["2019-10-01T00:00:00", "2019-2020"],
    ["2019-12-31T23:59:59", "2019-2020"],
  ])("reads a school-year measure on %s for %s, whatever the basis year", (at, key) => {
    expect(measurePeriod("school_year", null, { year: 2025, at: beijing(at) }).key).toBe(key);
    expect(measurePeriod("school_year", null, { year: null, at: beijing(at) }).key).toBe(key);
  });
});
