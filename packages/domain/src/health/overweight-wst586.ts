import { z } from "zod";
import raw from "./data/wst586-2018.json" with { type: "json" };
import { toBmiTenths } from "./fitness-bmi.ts";
import type { Sex } from "./fitness-items.ts";
import { ageInHalfYears } from "./half-year-age.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * WS/T 586-2018 学龄儿童青少年超重与肥胖筛查, 表1 (6岁～18岁学龄儿童青少年性别年龄别BMI筛查超重与肥胖
 * 界值): BMI ≥ the overweight cut-off and < the obese cut-off is 超重, ≥ the obese cut-off is 肥胖.
 * The standard does not screen thinness (that is WS/T 456-2014), so "normal" here means neither.
 */
const cut = z.object({ overweight: z.number(), obese: z.number() });
const fileSchema = z.object({
  cutoffs: z.array(z.object({ age: z.number(), male: cut, female: cut })).length(25),
});

/** Cut-offs in tenths of kg/m², by half-year row (6.0 → 0 … 18.0 → 24) and sex (0 male, 1 female). */
const OVERWEIGHT = new Int32Array(25 * 2);
const OBESE = new Int32Array(25 * 2);

fileSchema.parse(raw).cutoffs.forEach((row, i) => {
  if (row.age !== 6 + i / 2) throw new Error(`wst586-2018.json: row ${String(i)} is age ${String(row.age)}`);
  OVERWEIGHT[i * 2] = Math.round(row.male.overweight * 10);
  OBESE[i * 2] = Math.round(row.male.obese * 10);
  OVERWEIGHT[i * 2 + 1] = Math.round(row.female.overweight * 10);
  OBESE[i * 2 + 1] = Math.round(row.female.obese * 10);
});

/** First and last rows of 表1. Row 18.0 covers 18.0 ≤ age < 18.5; older students use the adult WS/T 428. */
export const WST586_MIN_AGE = 6;
export const WST586_MAX_AGE = 18;

export const { codes: WEIGHT_STATUSES, labels: WEIGHT_STATUS_LABELS } = labelledCodes({
  normal: "正常",
  overweight: "超重",
  obese: "肥胖",
});
export type WeightStatus = (typeof WEIGHT_STATUSES)[number];

export type WeightScreening =
  | {
      readonly applicable: true;
      readonly status: WeightStatus;
      readonly overweightCutoff: number;
      readonly obeseCutoff: number;
    }
  | { readonly applicable: false };

export interface WeightStatusInput {
  readonly sex: Sex;
  /** Age floored to the half-year (see ageInHalfYears). */
  readonly ageHalfYears: number;
  /** BMI in kg/m²; read to one decimal, the precision of the cut-offs and of the fitness report. */
  readonly bmi: number;
}

/** Screens one BMI; not applicable outside 6.0–18.0 or for an age that is not a whole half-year. */
export function classifyWeightStatus(input: WeightStatusInput): WeightScreening {
  const row = (input.ageHalfYears - WST586_MIN_AGE) * 2;
  if (!Number.isInteger(row) || row < 0 || row > 24) return { applicable: false };
  const at = row * 2 + (input.sex === "male" ? 0 : 1);
  const overweight = OVERWEIGHT[at]!;
  const obese = OBESE[at]!;
  const bmi = toBmiTenths(input.bmi);
  const status: WeightStatus = bmi >= obese ? "obese" : bmi >= overweight ? "overweight" : "normal";
  return { applicable: true, status, overweightCutoff: overweight / 10, obeseCutoff: obese / 10 };
}

export interface WeightScreeningInput {
  readonly sex: Sex;
  /** YYYY-MM-DD. */
  readonly birthDate: string;
  /** YYYY-MM-DD. */
  readonly measuredOn: string;
  readonly heightCm: number;
  readonly weightKg: number;
}

/** Screens a measurement: age from the two dates, BMI from height and weight. */
export function screenWeightStatus(input: WeightScreeningInput): WeightScreening {
  const metres = input.heightCm / 100;
  return classifyWeightStatus({
    sex: input.sex,
    ageHalfYears: ageInHalfYears(input.birthDate, input.measuredOn),
    bmi: input.weightKg / (metres * metres),
  });
}
