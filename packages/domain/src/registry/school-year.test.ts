import { describe, expect, it } from "vitest";
import { gradeOn, isSchoolYear, parseSchoolYear, schoolYearOfPlanYear, schoolYearOn } from "./school-year.ts";

describe("school years", () => {
  it("turns on 1 September", () => {
    expect(schoolYearOn("2019-08-31")).toBe("2018-2019");
    expect(schoolYearOn("2019-09-01")).toBe("2019-2020");
    expect(schoolYearOn("2020-01-15")).toBe("2019-2020");
  });

  it("reads only consecutive years", () => {
    expect(parseSchoolYear("2019-2020")).toBe(2019);
    expect(parseSchoolYear("2019-2021")).toBeNull();
    expect(parseSchoolYear("2019")).toBeNull();
    expect(isSchoolYear("2019-2020")).toBe(true);
    expect(isSchoolYear("2019-2021")).toBe(false);
  });

  it("moves a student one grade up per school year", () => {
    expect(gradeOn(3, "2019-2020", "2019-10-01")).toBe(3);
    expect(gradeOn(3, "2019-2020", "2020-10-01")).toBe(4);
    expect(gradeOn(1, "2019-2020", "2018-10-01")).toBe(0);
    expect(gradeOn(2, "bad", "2019-10-01")).toBe(2);
  });

  it("gives a plan year the school year starting in it", () => {
    expect(schoolYearOfPlanYear(2019)).toBe("2019-2020");
  });
});
