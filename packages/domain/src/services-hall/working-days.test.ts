import { describe, expect, test } from "vitest";
import { calendarSource, hasOfficialCalendar, isWorkingDay } from "./holiday-calendar.ts";
import { addWorkingDays, countWorkingDays } from "./working-days.ts";

describe("2019 official calendar (国办发明电〔2018〕15号, 〔2019〕3号)", () => {
  test.each([
    ["2019-02-02", true], // 春节调休 Saturday
    ["2019-02-03", true], // 春节调休 Sunday
    ["2019-04-28", true], // 劳动节调休 Sunday
    ["2019-05-05", true], // 劳动节调休 Sunday
    ["2019-09-29", true], // 国庆调休 Sunday
    ["2019-10-12", true], // 国庆调休 Saturday
    ["2018-12-29", true], // 元旦调休 Saturday (in the 2019 notice)
    ["2019-01-01", false],
    ["2018-12-31", false], // a Monday off for 元旦
    ["2019-02-04", false],
    ["2019-02-08", false], // Friday inside 春节
    ["2019-02-11", true], // first day back
    ["2019-04-05", false],
    ["2019-05-02", false],
    ["2019-05-03", false], // Friday, added by the May-Day adjustment
    ["2019-05-04", false], // Saturday
    ["2019-06-07", false],
    ["2019-09-13", false],
    ["2019-10-07", false],
    ["2019-10-08", true],
    ["2019-10-13", false], // ordinary Sunday
    ["2019-03-04", true], // ordinary Monday
    ["2019-03-09", false], // ordinary Saturday
  ])("%s working: %s", (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  test("sources are named per year; a year without data falls back to weekdays", () => {
    expect(hasOfficialCalendar(2019)).toBe(true);
    expect(hasOfficialCalendar(2026)).toBe(true);
    expect(hasOfficialCalendar(2023)).toBe(false);
    expect(calendarSource(2019)).toContain("国办发明电〔2018〕15号");
    expect(calendarSource(2023)).toBeNull();
    expect(isWorkingDay("2023-05-01")).toBe(true);
  });
});

describe("2026 official calendar (国务院办公厅 2025-11-04 通知)", () => {
  test.each([
    ["2026-01-01", false],
    ["2026-01-04", true],
    ["2026-02-14", true],
    ["2026-02-16", false],
    ["2026-02-23", false],
    ["2026-02-28", true],
    ["2026-05-05", false],
    ["2026-05-09", true],
    ["2026-09-20", true],
    ["2026-10-07", false],
    ["2026-10-10", true],
  ])("%s working: %s", (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });
});

describe("addWorkingDays", () => {
  test("0 days is the start itself", () => {
    expect(addWorkingDays("2019-05-01", 0)).toBe("2019-05-01");
  });
  test("counts the 调休 Saturday before 春节 and skips the week off", () => {
    expect(addWorkingDays("2019-02-01", 1)).toBe("2019-02-02");
    expect(addWorkingDays("2019-02-01", 2)).toBe("2019-02-03");
    expect(addWorkingDays("2019-02-01", 3)).toBe("2019-02-11");
  });
  test("across May Day 2019 (adjusted)", () => {
    expect(addWorkingDays("2019-04-26", 1)).toBe("2019-04-28");
    expect(addWorkingDays("2019-04-30", 1)).toBe("2019-05-05");
    expect(addWorkingDays("2019-04-30", 2)).toBe("2019-05-06");
  });
  test("across 国庆 2019: 29 Sept and 12 Oct are working days", () => {
    expect(addWorkingDays("2019-09-27", 1)).toBe("2019-09-29");
    expect(addWorkingDays("2019-09-29", 1)).toBe("2019-09-30");
    expect(addWorkingDays("2019-09-30", 1)).toBe("2019-10-08");
    expect(addWorkingDays("2019-10-11", 1)).toBe("2019-10-12");
    expect(addWorkingDays("2019-10-12", 1)).toBe("2019-10-14");
  });
  test("20 working days from acceptance on 2019-09-20 ends after 国庆", () => {
    // 23–27 Sep (5), 29–30 Sep (2), 8–12 Oct (5), 14–18 Oct (5), 21–23 Oct (3)
    expect(addWorkingDays("2019-09-20", 20)).toBe("2019-10-23");
  });
  test("across the year end 2018→2019: the 元旦 调休 Saturday counts, 30 Dec–1 Jan do not", () => {
    expect(addWorkingDays("2018-12-28", 1)).toBe("2018-12-29");
    expect(addWorkingDays("2018-12-28", 2)).toBe("2019-01-02");
  });
  test("across the year end 2025→2026: the Sunday 4 Jan 2026 is a working day", () => {
    expect(addWorkingDays("2025-12-31", 1)).toBe("2026-01-04");
    expect(addWorkingDays("2025-12-30", 5)).toBe("2026-01-07");
  });
  test("across the year end 2019→2020 (2020 on the weekday rule)", () => {
    expect(addWorkingDays("2019-12-27", 3)).toBe("2020-01-01");
  });
  test("bad input is refused", () => {
    expect(() => addWorkingDays("2019-02-30", 1)).toThrow(RangeError);
    expect(() => addWorkingDays("2019-02-01", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2019-02-01", 1.5)).toThrow(RangeError);
  });
});

describe("countWorkingDays", () => {
  test("is the inverse of addWorkingDays", () => {
    for (const [start, n] of [
      ["2019-01-31", 7],
      ["2019-04-25", 6],
      ["2019-09-26", 12],
      ["2018-12-20", 15],
      ["2025-12-24", 30],
    ] as const) {
      expect(countWorkingDays(start, addWorkingDays(start, n))).toBe(n);
    }
  });
  test("2019 has 250 working days: 261 weekdays − 16 holiday weekdays + 5 调休 weekend days", () => {
    expect(countWorkingDays("2018-12-31", "2019-12-31")).toBe(250);
  });
  test("2026 has 248 working days: 261 weekdays − 19 holiday weekdays + 6 调休 weekend days", () => {
    expect(countWorkingDays("2025-12-31", "2026-12-31")).toBe(248);
  });
  test("the same day or an earlier end is 0", () => {
    expect(countWorkingDays("2019-03-04", "2019-03-04")).toBe(0);
    expect(countWorkingDays("2019-03-05", "2019-03-04")).toBe(0);
  });
  test("the 国庆 week of 2019 holds 7 working days from 28 Sep to 12 Oct", () => {
    // 29, 30 Sep; 8, 9, 10, 11, 12 Oct
    expect(countWorkingDays("2019-09-28", "2019-10-12")).toBe(7);
  });
});
