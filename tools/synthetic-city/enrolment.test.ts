import { describe, expect, it } from "vitest";
import { isValidResidentId } from "@edubureau/domain/identity";
import { checkBirthDateForStage, validateCalendar } from "@edubureau/domain/enrolment";
import { generateEnrolment } from "./enrolment.ts";
import { generateCity } from "./generate-city.ts";

describe("synthetic enrolment", () => {
  const city = generateCity({ seed: 7, scale: "demo" });
  const data = generateEnrolment(city, 7, {
    juniorApplicants: 300,
    primaryApplications: 10,
    today: "2026-11-29",
  });

  it("is deterministic from the seed", () => {
    const again = generateEnrolment(city, 7, {
      juniorApplicants: 300,
      primaryApplications: 10,
      today: "2026-11-29",
    });
    expect(again).toEqual(data);
  });

  it("has private schools in the lottery and valid, unique children of the right age", () => {
    expect(data.plans.some((p) => p.inLottery)).toBe(true);
    const ids = data.applicants.map((a) => a.residentId);
    expect(new Set(ids).size).toBe(ids.length);
    const roundOf = new Map(data.rounds.map((r) => [r.id, r]));
    for (const child of data.applicants) {
      expect(isValidResidentId(child.idNumber, { today: new Date("2026-11-29") })).toBe(true);
      const round = roundOf.get(child.roundId);
      if (!round) throw new Error("round");
      expect(
        checkBirthDateForStage({
          stage: round.stage,
          year: round.year,
          birthDate: child.birthDate,
          field: "b",
        }).ok,
      ).toBe(true);
    }
    for (const round of data.rounds) expect(validateCalendar(round.calendar).ok).toBe(true);
  });
});
