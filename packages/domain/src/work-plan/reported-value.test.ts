import { describe, expect, it } from "vitest";
import { checkReportedValue } from "./reported-value.ts";

const check = (unit: string, value: unknown) => checkReportedValue("values[0].value", "达标率", unit, value);

describe("a reported figure fits its target's unit", () => {
  it("takes a percentage from 0 to 100, fractions included", () => {
    expect(check("%", 0)).toBeNull();
    expect(check("%", 100)).toBeNull();
    expect(check("%", 87.5)).toBeNull();
    expect(check("%", -0.1)?.message).toContain("0–100");
    expect(check("%", 100.1)?.message).toContain("0–100");
  });

  it("takes whole counts from 0 to a million", () => {
    expect(check("所", 0)).toBeNull();
    expect(check("所", 1_000_000)).toBeNull();
    expect(check("所", 1_000_001)?.message).toContain("0–1000000");
    expect(check("人", -1)?.message).toContain("0–1000000");
    expect(check("个", 2.5)?.message).toContain("整数");
  });

  it("refuses what is not a finite number, naming the field", () => {
    for (const value of ["12", null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(check("%", value)).toEqual({ field: "values[0].value", message: "“达标率”的数值须为数字" });
    }
  });
});
