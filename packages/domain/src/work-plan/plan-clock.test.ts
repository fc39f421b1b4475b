import { describe, expect, it } from "vitest";
import { planNow, planToday } from "./plan-clock.ts";

describe("the plan's clock", () => {
  const now = new Date("2019-06-30T17:00:00Z"); // 2019-07-01 01:00 in Beijing

  it("runs on Beijing dates for a live plan", () => {
    expect(planToday(null, now)).toBe("2019-07-01");
    expect(planNow(null, now)).toBe(now);
  });

  it("stands at noon of the evaluation date for a demo plan", () => {
    expect(planToday("2019-10-15", now)).toBe("2019-10-15");
    expect(planNow("2019-10-15", now).toISOString()).toBe("2019-10-15T04:00:00.000Z");
  });
});
