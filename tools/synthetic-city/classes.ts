import type { InstitutionType } from "@edubureau/domain/registry";
import type { Institution, SchoolClass, Tier } from "./model.ts";
import { deterministicId, Prng } from "./prng.ts";

/** The school year the data describes, and the one before it for trends (消除大班额 progress). */
export const CURRENT_SCHOOL_YEAR = "2019-2020";
export const PREVIOUS_SCHOOL_YEAR = "2018-2019";
export const SCHOOL_YEARS = [PREVIOUS_SCHOOL_YEAR, CURRENT_SCHOOL_YEAR] as const;
export type SchoolYear = (typeof SCHOOL_YEARS)[number];

const GRADE_LABELS = [
  "",
  "一年级",
  "二年级",
  "三年级",
  "四年级",
  "五年级",
  "六年级",
  "七年级",
  "八年级",
  "九年级",
  "高一",
  "高二",
  "高三",
];
const KINDERGARTEN_LEVELS = ["小", "中", "大"] as const;

/** Grades each type teaches; kindergartens are grade 0 with three age levels. */
const GRADES: Record<InstitutionType, readonly number[]> = {
  kindergarten: [0],
  primary: [1, 2, 3, 4, 5, 6],
  junior: [7, 8, 9],
  nine_year: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  complete_secondary: [7, 8, 9, 10, 11, 12],
  senior: [10, 11, 12],
  secondary_vocational: [10, 11, 12],
  special: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  higher_vocational: [],
  community_learning_centre: [],
  out_of_school: [],
};

type Range = readonly [number, number];

/** Classes per grade (or per kindergarten level) by tier. */
const STREAMS: Record<
  "kindergarten" | "primary" | "junior" | "senior" | "vocational",
  Record<Tier, Range>
> = {
  kindergarten: { urban: [2, 4], seat: [2, 4], town: [1, 3], village: [1, 1] },
  primary: { urban: [4, 9], seat: [4, 9], town: [2, 4], village: [1, 2] },
  junior: { urban: [6, 12], seat: [8, 15], town: [3, 6], village: [2, 3] },
  senior: { urban: [8, 16], seat: [10, 18], town: [4, 8], village: [4, 6] },
  vocational: { urban: [4, 12], seat: [4, 10], town: [3, 6], village: [3, 6] },
};

type Stage = keyof typeof STREAMS | "special";

function stageOf(type: InstitutionType, grade: number): Stage {
  if (type === "special") return "special";
  if (grade === 0) return "kindergarten";
  if (grade <= 6) return "primary";
  if (grade <= 9) return "junior";
  return type === "secondary_vocational" ? "vocational" : "senior";
}

function streamsFor(rng: Prng, school: Institution, stage: Stage): number {
  if (stage === "special") return 1;
  const [lo, hi] = STREAMS[stage][school.tier];
  const extra = school.crowded ? 2 : 0;
  const privateKindergarten = stage === "kindergarten" && school.ownership === "private" ? -1 : 0;
  return Math.max(1, rng.int(lo, hi) + extra + privateKindergarten);
}

/**
 * Mean class size. Kindergarten levels aim at 25/30/35 (《幼儿园工作规程》(2016) 第十一条); primary 45 and
 * junior 50 are the national standards (see @edubureau/domain/class-size). Village classes are small.
 */
function meanSize(school: Institution, stage: Stage, level: number): number {
  const tierShift: Record<Tier, number> = { urban: 0, seat: 1, town: -5, village: -16 };
  switch (stage) {
    case "kindergarten": {
      const base = [25, 29, 33][level] ?? 29;
      return base - (school.ownership === "private" ? 2 : 0) + Math.min(0, tierShift[school.tier] / 3);
    }
    case "primary":
      return school.crowded ? 52.5 : 43 + tierShift[school.tier];
    case "junior":
      return school.crowded ? 54 : 47 + tierShift[school.tier] * 0.6;
    case "senior":
      return school.crowded ? 54 : 50;
    case "vocational":
      return 42;
    case "special":
      return 9;
  }
}

/** Chance that a class of a crowded compulsory school is a 超大班额 (66+), by school year. */
const SUPER_LARGE_CHANCE: Record<SchoolYear, number> = { "2018-2019": 0.05, "2019-2020": 0.015 };
/** Classes were a little larger the year before (the 消除大班额 plan is working). */
const YEAR_SHIFT: Record<SchoolYear, number> = { "2018-2019": 2.5, "2019-2020": 0 };

function drawSize(rng: Prng, school: Institution, stage: Stage, level: number, year: SchoolYear): number {
  if (stage === "special") return rng.int(6, 12);
  const compulsory = stage === "primary" || stage === "junior";
  const urbanish = school.tier === "urban" || school.tier === "seat";
  if (compulsory && school.crowded && urbanish && rng.chance(SUPER_LARGE_CHANCE[year]))
    return rng.int(66, 72);
  const shift = school.crowded ? YEAR_SHIFT[year] : YEAR_SHIFT[year] / 3;
  const sd = school.tier === "village" ? 6 : school.crowded ? 4.5 : 3.5;
  const size = Math.round(rng.normal(meanSize(school, stage, level) + shift, sd));
  const max = compulsory ? 65 : stage === "kindergarten" ? 45 : 62;
  return Math.min(max, Math.max(stage === "kindergarten" ? 8 : 6, size));
}

function className(grade: number, level: number, stream: number): string {
  if (grade === 0) return `${KINDERGARTEN_LEVELS[level] ?? "混龄"}(${stream})班`;
  return `${GRADE_LABELS[grade] ?? `${grade}年级`}(${stream})班`;
}

/** The years a school had classes: opened in 2019 → only 2019-2020; closed in 2019 → only 2018-2019. */
function yearsOf(school: Institution): SchoolYear[] {
  if (school.status === "closed") return [PREVIOUS_SCHOOL_YEAR];
  if (school.status === "preparing") return [];
  return school.openedYear >= 2019 ? [CURRENT_SCHOOL_YEAR] : [...SCHOOL_YEARS];
}

/** Grades a school opened in 2019 starts with: the first two of each stage it teaches. */
function openingGrades(grades: readonly number[]): number[] {
  return grades.filter((g) => g === 0 || g === 1 || g === 2 || g === 7 || g === 8 || g === 10);
}

/** Every class of one institution. Streams per grade are drawn once; sizes are drawn per year. */
export function classesOf(seed: number, school: Institution): SchoolClass[] {
  const rng = new Prng(seed, "classes", school.code);
  const all = GRADES[school.type];
  const grades = school.openedYear >= 2019 ? openingGrades(all) : all;
  const levels = school.type === "kindergarten" ? [0, 1, 2] : [0];
  const plan = grades.flatMap((grade) =>
    levels
      .filter((level) => !(school.openedYear >= 2019 && level === 2))
      .map((level) => ({ grade, level, stage: stageOf(school.type, grade) }))
      .map((slot) => ({ ...slot, streams: streamsFor(rng, school, slot.stage) })),
  );
  const out: SchoolClass[] = [];
  for (const year of yearsOf(school)) {
    for (const { grade, level, stage, streams } of plan) {
      // Cohorts differ a little from year to year.
      const count = Math.max(1, streams + (year === PREVIOUS_SCHOOL_YEAR ? rng.int(-1, 1) : 0));
      for (let stream = 1; stream <= count; stream++) {
        const name = className(grade, level, stream);
        out.push({
          id: deterministicId(seed, "school_class", `${school.code}/${year}/${grade}/${name}`),
          institutionId: school.id,
          schoolYear: year,
          grade,
          name,
          students: drawSize(rng, school, stage, level, year),
        });
      }
    }
  }
  return out;
}

/**
 * 学位 (places): about what the school enrols, just enough where classes are crowded. Institutions
 * without classes get a capacity of their own kind (activity places, college places) or none.
 */
export function placesOf(seed: number, school: Institution, classes: readonly SchoolClass[]): number {
  const rng = new Prng(seed, "places", school.code);
  // Places cover the largest enrolment of any year on record: the registry refuses classes beyond places.
  const byYear = new Map<string, number>();
  for (const c of classes) byYear.set(c.schoolYear, (byYear.get(c.schoolYear) ?? 0) + c.students);
  const enrolled = Math.max(0, ...byYear.values());
  if (school.type === "higher_vocational") return rng.int(30, 120) * 100;
  if (school.type === "out_of_school") return rng.int(5, 30) * 100;
  if (enrolled === 0) return 0;
  // Crowded schools are full to the last place; the others have some room.
  const factor = school.crowded ? rng.float(1.0, 1.03) : rng.float(1.02, 1.25);
  // Schools opened in 2019 were built for all grades, not only the first ones they teach.
  const growth = school.openedYear >= 2019 ? 2.5 : 1;
  return Math.ceil((enrolled * factor * growth) / 10) * 10;
}
