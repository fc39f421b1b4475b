import { describe, expect, it } from "vitest";
import {
  checkPeriod,
  currentPeriod,
  parsePeriod,
  periodSeries,
  recentPeriods,
  shiftPeriod,
} from "./periods.ts";

describe("periods", () => {
  it("reads calendar years and school years", () => {
    expect(parsePeriod("2019")).toMatchObject({ type: "year", start: "2019-01-01", end: "2019-12-31" });
    expect(parsePeriod("2019-2020")).toMatchObject({
      type: "school_year",
      label: "2019-2020学年",
      start: "2019-09-01",
      end: "2020-08-31",
      startYear: 2019,
    });
  });

  it.each(["2019-2021", "2019Q1", "19", "1999", "2101", "2019-03", " 2019", ""])("refuses %j", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it("names the expected form when the type is wrong", () => {
    expect(checkPeriod("school_year", "2019")).toEqual({
      ok: false,
      message: "期间应为学年，格式如 2019-2020（2000–2100），收到“2019”",
    });
    expect(checkPeriod("year", "2019").ok).toBe(true);
  });

  it("turns school years over on 1 September, Beijing time", () => {
    // 2019-08-31T16:00Z is already 1 September in Beijing.
    expect(currentPeriod("school_year", new Date("2019-08-31T15:59:59Z")).key).toBe("2018-2019");
    expect(currentPeriod("school_year", new Date("2019-08-31T16:00:00Z")).key).toBe("2019-2020");
    expect(currentPeriod("year", new Date("2019-12-31T16:00:00Z")).key).toBe("2020");
  });

  it("lists series oldest first and pickers newest first", () => {
    const last = parsePeriod("2019-2020");
    if (!last) throw new Error("unparsed");
    expect(periodSeries(last, 3).map((p) => p.key)).toEqual(["2017-2018", "2018-2019", "2019-2020"]);
    expect(shiftPeriod(last, 1).key).toBe("2020-2021");
    expect(recentPeriods("year", new Date("2019-06-01T00:00:00Z"), 3).map((p) => p.key)).toEqual([
      "2019",
      "2018",
      "2017",
    ]);
  });

  it("does not run a series before 2000", () => {
    const first = parsePeriod("2001");
    if (!first) throw new Error("unparsed");
    expect(periodSeries(first, 5).map((p) => p.key)).toEqual(["2000", "2001"]);
  });
});
