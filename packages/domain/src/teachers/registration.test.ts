import fc from "fast-check";
import { toDayNumber } from "./calendar-date.ts";
import { describe, expect, it } from "vitest";
import { checkFirstRegistration } from "./first-registration.ts";
import {
  cycleDueYear,
  isDueForRegistration,
  nextCycleStart,
  registrationCycle,
  registrationDueYear,
  reviewYearsOf,
} from "./registration-cycle.ts";

describe("registration cycle", () => {
  it("runs five years from the registration date", () => {
    expect(registrationCycle("2014-09-01")).toEqual({ from: "2014-09-01", to: "2019-08-31" });
    expect(cycleDueYear(registrationCycle("2014-01-01"))).toBe(2019);
  });

  it("ends a 29 February registration on 28 February, the month's end (民法典第二百零二条)", () => {
    expect(registrationCycle("2016-02-29")).toEqual({ from: "2016-02-29", to: "2021-02-28" });
    expect(registrationCycle("2015-03-01")).toEqual({ from: "2015-03-01", to: "2020-02-29" });
    expect(registrationCycle("2015-02-28")).toEqual({ from: "2015-02-28", to: "2020-02-27" });
    expect(registrationCycle("2019-12-31")).toEqual({ from: "2019-12-31", to: "2024-12-30" });
  });

  it("opens the next cycle the day after the last one ended, whatever day the pass is confirmed", () => {
    expect(nextCycleStart("2014-01-10")).toBe("2019-01-10");
    expect(nextCycleStart("2016-02-29")).toBe("2021-03-01");
    expect(registrationCycle(nextCycleStart("2014-09-01")).from).toBe("2019-09-01");
  });

  it("leaves no day between two cycles and counts no day twice", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }),
        (d) => {
          const from = d.toISOString().slice(0, 10);
          const cycle = registrationCycle(from);
          const next = registrationCycle(nextCycleStart(from));
          expect(toDayNumber(next.from) - toDayNumber(cycle.to)).toBe(1);
          expect(cycle.to > cycle.from).toBe(true);
        },
      ),
    );
  });

  it("is due in the fifth year after registration and after, not before", () => {
    expect(registrationDueYear("2014-09-01")).toBe(2019);
    expect(isDueForRegistration("2014-09-01", 2018)).toBe(false);
    expect(isDueForRegistration("2014-09-01", 2019)).toBe(true);
    expect(isDueForRegistration("2014-09-01", 2021)).toBe(true);
  });

  it("dates a 新任教师's cycle from their own 首次注册, not from colleagues' cycle", () => {
    // Colleagues registered in 2014 are due in 2019; a teacher first registered in 2017 is not.
    expect(isDueForRegistration("2017-10-08", 2019)).toBe(false);
    expect(isDueForRegistration("2017-10-08", 2022)).toBe(true);
    expect(reviewYearsOf(registrationCycle("2017-10-08"))).toEqual([2017, 2018, 2019, 2020, 2021]);
  });

  it("takes the reviews whose 31 December falls inside the cycle", () => {
    expect(reviewYearsOf(registrationCycle("2014-09-01"))).toEqual([2014, 2015, 2016, 2017, 2018]);
    expect(reviewYearsOf(registrationCycle("2014-01-01"))).toEqual([2014, 2015, 2016, 2017, 2018]);
    expect(reviewYearsOf({ from: "2015-01-01", to: "2019-12-30" })).toEqual([2015, 2016, 2017, 2018]);
  });
});

describe("首次注册", () => {
  const base = {
    holdsMatchingQualification: true,
    employment: "publicInStaff" as const,
    probation: { endsOn: "2018-08-31", passed: true },
    applyingOn: "2018-09-10",
  };

  it("admits a new teacher whose probation ended and was passed", () => {
    expect(checkFirstRegistration(base)).toEqual({ eligible: true, reasons: [] });
    expect(checkFirstRegistration({ ...base, probation: null })).toEqual({ eligible: true, reasons: [] });
  });

  it("waits for the end of probation and refuses a failed one", () => {
    expect(checkFirstRegistration({ ...base, applyingOn: "2018-08-31" }).reasons).toEqual([
      "首次任教人员须试用期满后申请首次注册（试用期至 2018-08-31）",
    ]);
    expect(
      checkFirstRegistration({ ...base, probation: { endsOn: "2018-08-31", passed: false } }).reasons,
    ).toEqual(["首次任教人员试用期考核不合格"]);
  });

  it("needs a matching qualification and a post the rules cover", () => {
    const result = checkFirstRegistration({
      ...base,
      holdsMatchingQualification: false,
      employment: "publicOffStaff",
    });
    expect(result.eligible).toBe(false);
    expect(result.reasons).toHaveLength(2);
    expect(checkFirstRegistration({ ...base, employment: "privateInPost" }).eligible).toBe(true);
    const noPrivate = { includePrivateSchools: false, includePublicOffStaff: false };
    expect(checkFirstRegistration({ ...base, employment: "privateInPost" }, noPrivate).eligible).toBe(false);
  });
});
