import { describe, expect, it } from "vitest";
import { periodLabelOf } from "./reporting-periods.ts";

describe("periodLabelOf", () => {
  it("names quarters and months as the plan's reports do, and leaves other keys alone", () => {
    expect(periodLabelOf("2019-Q4")).toBe("2019年第四季度");
    expect(periodLabelOf("2019-03")).toBe("2019年3月");
    expect(periodLabelOf("年度")).toBe("年度");
  });
});
