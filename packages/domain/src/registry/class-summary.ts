import { classifyClassSize, CLASS_SIZE_BANDS, type ClassSizeBand } from "../class-size/class-size-bands.ts";
import { largeClassShare, superLargeClassShare } from "../class-size/class-size-ratios.ts";
import { classSizeStageOf, gradeLabel } from "./grade-ranges.ts";
import type { InstitutionType } from "./institution-types.ts";
import type { ClassRowInput } from "./school-classes.ts";

/** Band of one class, or null where no class-size standard applies (kindergarten, special school). */
export function classBand(type: InstitutionType, grade: number, students: number): ClassSizeBand | null {
  const stage = classSizeStageOf(type, grade);
  if (stage === null || !Number.isInteger(students) || students < 0) return null;
  return classifyClassSize(students, stage);
}

export interface GradeSummary {
  grade: number;
  gradeLabel: string;
  classes: number;
  students: number;
  /** 大班额 in the 40号 sense: 56 or more, 超大班额 included. */
  large: number;
  superLarge: number;
}

export interface ClassesSummary {
  classes: number;
  students: number;
  places: number;
  /** False while the institution's 核定学位数 is 0, i.e. not recorded. */
  placesRecorded: boolean;
  /** Classes with a class-size band; the shares are over these. */
  measuredClasses: number;
  byBand: Record<ClassSizeBand, number>;
  largeShare: number | null;
  superLargeShare: number | null;
  byGrade: GradeSummary[];
}

/** Class and pupil counts of one institution in one school year, with 大班额 counts per 国发〔2016〕40号. */
export function summariseClasses(
  type: InstitutionType,
  rows: readonly Pick<ClassRowInput, "grade" | "students">[],
  places: number,
): ClassesSummary {
  const byBand = Object.fromEntries(CLASS_SIZE_BANDS.map((band) => [band, 0])) as Record<
    ClassSizeBand,
    number
  >;
  const measured: number[] = [];
  const grades = new Map<number, GradeSummary>();
  for (const row of rows) {
    const band = classBand(type, row.grade, row.students);
    if (band !== null) {
      byBand[band] += 1;
      measured.push(row.students);
    }
    const grade = grades.get(row.grade) ?? {
      grade: row.grade,
      gradeLabel: gradeLabel(row.grade),
      classes: 0,
      students: 0,
      large: 0,
      superLarge: 0,
    };
    grade.classes += 1;
    grade.students += row.students;
    if (band === "large" || band === "superLarge") grade.large += 1;
    if (band === "superLarge") grade.superLarge += 1;
    grades.set(row.grade, grade);
  }
  return {
    classes: rows.length,
    students: rows.reduce((sum, row) => sum + row.students, 0),
    places,
    placesRecorded: places > 0,
    measuredClasses: measured.length,
    byBand,
    largeShare: largeClassShare(measured),
    superLargeShare: superLargeClassShare(measured),
    byGrade: [...grades.values()].sort((a, b) => a.grade - b.grade),
  };
}
