import { fitnessItemSet, fitnessThreshold, isGrade } from "@edubureau/domain/health";
import type { FitnessItem } from "@edubureau/domain/health";
import type { Prng } from "./prng.ts";

/** Raw results as a school would type them; the seeder classifies and scores them like an import. */
export interface SyntheticScreening {
  screenedOn: string;
  acuityRight: number;
  acuityLeft: number;
  sphereRight: number | null;
  cylinderRight: number | null;
  sphereLeft: number | null;
  cylinderLeft: number | null;
  correction: "none" | "glasses" | "ortho_k";
}

export interface SyntheticFitness {
  testedOn: string;
  heightCm: number;
  weightKg: number;
  items: Partial<Record<FitnessItem, number>>;
}

/**
 * 筛查性近视 prevalence by grade, roughly the national 2018 survey (小学 36%, 初中 72%, 高中 81%) eased
 * towards a city that has started its 防控 plan.
 */
const MYOPIA_BY_GRADE = [0, 0.12, 0.18, 0.25, 0.32, 0.4, 0.46, 0.56, 0.63, 0.7, 0.75, 0.79, 0.82];
/** Score levels of the item tables. */
const LEVELS = [100, 95, 90, 85, 80, 78, 76, 74, 72, 70, 68, 66, 64, 62, 60, 50, 40, 30, 20, 10];

const quarter = (d: number) => Math.round(d * 4) / 4;
const tenth = (v: number) => Math.round(v * 10) / 10;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function eye(rng: Prng, myopic: boolean, depth: number) {
  if (myopic) {
    const se = -0.75 - depth + rng.normal(0, 0.25);
    const cylinder = quarter(-Math.abs(rng.normal(0, 0.5)));
    const sphere = quarter(se - cylinder / 2);
    const finalSe = sphere + cylinder / 2;
    return {
      acuity: tenth(clamp(4.85 + finalSe * 0.25 + rng.normal(0, 0.05), 3.3, 4.9)),
      sphere: Math.min(sphere, -0.5 - cylinder / 2),
      cylinder,
    };
  }
  const sphere = quarter(clamp(rng.normal(0.6, 0.5), -0.25, 4));
  const cylinder = quarter(-Math.abs(rng.normal(0, 0.3)));
  // Some low acuity without myopia: hyperopia, astigmatism, amblyopia (视力不良 but not 近视).
  const acuity = rng.chance(0.08) ? tenth(4.7 + rng.int(0, 2) / 10) : tenth(5 + rng.int(0, 2) / 10);
  return { acuity, sphere, cylinder: sphere + cylinder / 2 <= -0.5 ? 0 : cylinder };
}

function day(year: number, month: number, rng: Prng): string {
  return `${String(year)}-${String(month).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
}

export interface HealthDraw {
  sex: "male" | "female";
  grade: number;
  birthDate: string;
  yearStart: number;
  /** Added to the grade's myopia prevalence. */
  myopiaShift: number;
}

export function studentHealthOf(
  rng: Prng,
  who: HealthDraw,
): { screening: SyntheticScreening; fitness: SyntheticFitness } {
  const myopic = rng.chance(clamp((MYOPIA_BY_GRADE[who.grade] ?? 0.5) + who.myopiaShift, 0, 0.95));
  const depth = Math.abs(rng.normal(0.4 + who.grade * 0.18, 0.9));
  const right = eye(rng, myopic, depth);
  const left = eye(rng, myopic && rng.chance(0.9), depth + rng.normal(0, 0.3));
  const refracted = rng.chance(0.97);
  const screening: SyntheticScreening = {
    screenedOn: day(who.yearStart, 10, rng),
    acuityRight: right.acuity,
    acuityLeft: left.acuity,
    sphereRight: refracted ? right.sphere : null,
    cylinderRight: refracted ? right.cylinder : null,
    sphereLeft: refracted ? left.sphere : null,
    cylinderLeft: refracted ? left.cylinder : null,
    correction: myopic ? (rng.chance(0.08) ? "ortho_k" : rng.chance(0.65) ? "glasses" : "none") : "none",
  };

  const age = who.grade + 6.5;
  const male = who.sex === "male";
  const heightCm = tenth(
    clamp(
      (age < 12
        ? 116 + (age - 6.5) * 6
        : male
          ? 149 + Math.min(age - 12, 5) * 4.6
          : 150 + Math.min(age - 12, 4) * 2.3) + rng.normal(0, 6),
      100,
      200,
    ),
  );
  const bmiBase = 15.3 + Math.max(0, age - 6.5) * (male ? 0.5 : 0.45);
  const bmi = bmiBase * Math.exp(rng.normal(-0.03, 0.12));
  const weightKg = tenth(clamp(bmi * (heightCm / 100) ** 2, 14, 150));

  const items: Partial<Record<FitnessItem, number>> = {};
  const ability = rng.normal(76, 9);
  if (isGrade(who.grade)) {
    for (const { item } of fitnessItemSet(who.grade, who.sex)) {
      if (item === "bmi") continue;
      const target = ability + rng.normal(0, 9);
      const level = LEVELS.find((l) => l <= target) ?? 10;
      const value = fitnessThreshold(item, who.grade, who.sex, level);
      if (value !== null) items[item] = value;
    }
  }
  return { screening, fitness: { testedOn: day(who.yearStart, 11, rng), heightCm, weightKg, items } };
}
