import { describe, expect, it } from "vitest";
import { isValidResidentId } from "@edubureau/domain/identity";
import { CURRENT_SCHOOL_YEAR, generateCity } from "./index.ts";
import { studentsOf } from "./students.ts";

describe("synthetic students", () => {
  it("fill every 1st–12th-grade seat (≥ 1.2 million in the city) with one screening and one fitness test each", () => {
    const city = generateCity({ scale: "city" });
    const current = city.classes.filter((c) => c.schoolYear === CURRENT_SCHOOL_YEAR && c.grade >= 1);
    expect(current.reduce((sum, c) => sum + c.students, 0)).toBeGreaterThanOrEqual(1_200_000);
    // Every school's seats become students; checked on a sample of schools, as the whole city takes a minute.
    const sample = new Set(city.institutions.filter((_, i) => i % 60 === 0).map((i) => i.id));
    const seats = current.filter((c) => sample.has(c.institutionId)).reduce((sum, c) => sum + c.students, 0);
    let students = 0;
    const numbers = new Set<string>();
    for (const { student, years } of studentsOf(city, 2019, {
      currentYear: CURRENT_SCHOOL_YEAR,
      years: [CURRENT_SCHOOL_YEAR],
      institutionIds: sample,
    })) {
      students++;
      expect(years).toHaveLength(1);
      expect(isValidResidentId(student.idNumber)).toBe(true);
      numbers.add(student.idNumber);
    }
    expect(seats).toBeGreaterThan(10_000);
    expect(students).toBe(seats);
    expect(numbers.size).toBe(students);
  }, 60_000);

  it("is deterministic", () => {
    const city = generateCity({ scale: "demo" });
    const take = () => {
      const out = [];
      for (const row of studentsOf(city, 7, {
        currentYear: CURRENT_SCHOOL_YEAR,
        years: ["2018-2019", CURRENT_SCHOOL_YEAR],
      })) {
        out.push(row);
        if (out.length === 50) break;
      }
      return out;
    };
    expect(take()).toEqual(take());
  });
});
