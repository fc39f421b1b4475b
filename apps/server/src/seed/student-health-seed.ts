import type { SyntheticCity } from "../../../../tools/synthetic-city/index.ts";
import { CURRENT_SCHOOL_YEAR, PREVIOUS_SCHOOL_YEAR } from "../../../../tools/synthetic-city/index.ts";
import { deterministicId } from "../../../../tools/synthetic-city/prng.ts";
import { studentsOf, type SyntheticStudentRows } from "../../../../tools/synthetic-city/students.ts";
import { checkFitness } from "../modules/student-health/fitness-check.ts";
import {
  FITNESS_SPEC,
  SCREENING_SPEC,
  type StoredFitness,
  type StoredScreening,
} from "../modules/student-health/health-table-specs.ts";
import { checkScreening } from "../modules/student-health/screening-check.ts";
import { STUDENT_SPEC, type StoredStudent } from "../modules/students/students-table-spec.ts";
import type { FeatureSeed } from "./feature-seed.ts";

/** Students written per round: three bulk writes of this many rows keep memory flat at city scale. */
const ROUND = 50_000;
/** Results are dated in the data's school years, all before this. */
const TODAY = "2020-08-31";

/**
 * Demo: the demo school account's school and one other school in each of 芙蓉区 and 岳麓区, with two school
 * years so the report shows year-on-year change. City: every 1st–12th grader of the generated classes
 * (~1.3 million), with one screening and one fitness test each in the current school year.
 */
function demoSchools(city: SyntheticCity): Set<string> {
  const ids = new Set([city.accountSchoolId]);
  const account = city.institutions.find((i) => i.id === city.accountSchoolId);
  const other = (districtCode: string, types: readonly string[]) => {
    const district = city.districts.find((d) => d.code === districtCode);
    return city.institutions.find(
      (i) =>
        i.districtId === district?.id && types.includes(i.type) && !ids.has(i.id) && i.status === "operating",
    );
  };
  for (const pick of [
    other("430102", ["junior", "nine_year", "complete_secondary"]),
    other("430104", ["primary"]),
  ]) {
    if (pick) ids.add(pick.id);
  }
  if (!account) throw new Error("demo school account's school missing");
  return ids;
}

export const seedStudentHealth: FeatureSeed = async ({ city, scale, seed, write }) => {
  const demo = scale === "demo";
  const rows = studentsOf(city, seed, {
    currentYear: CURRENT_SCHOOL_YEAR,
    years: demo ? [PREVIOUS_SCHOOL_YEAR, CURRENT_SCHOOL_YEAR] : [CURRENT_SCHOOL_YEAR],
    ...(demo ? { institutionIds: demoSchools(city) } : {}),
  });
  let students: StoredStudent[] = [];
  let screenings: StoredScreening[] = [];
  let fitness: StoredFitness[] = [];
  const flush = async () => {
    await write("students", "写入学生学籍", STUDENT_SPEC, students);
    await write("vision_screenings", "写入视力筛查", SCREENING_SPEC, screenings);
    await write("fitness_results", "写入体质测试", FITNESS_SPEC, fitness);
    students = [];
    screenings = [];
    fitness = [];
  };
  for (const row of rows) {
    add(row, seed, students, screenings, fitness);
    if (students.length >= ROUND) await flush();
  }
  if (students.length > 0) await flush();
};

function add(
  { student, years }: SyntheticStudentRows,
  seed: number,
  students: StoredStudent[],
  screenings: StoredScreening[],
  fitness: StoredFitness[],
): void {
  const { idNumber, ...rest } = student;
  students.push({ ...rest, idNumber });
  for (const year of years) {
    const screened = checkScreening(year.screening, student, TODAY);
    if (screened.record) {
      const id = deterministicId(seed, "vision_screening", `${student.id}:${year.schoolYear}`);
      screenings.push({ ...screened.record, id, importId: null, counted: true });
    }
    const tested = checkFitness(year.fitness, student, TODAY);
    if (tested.record) {
      const id = deterministicId(seed, "fitness_result", `${student.id}:${year.schoolYear}`);
      fitness.push({ ...tested.record, id, importId: null });
    }
  }
}
