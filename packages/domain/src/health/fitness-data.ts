import { z } from "zod";
import raw from "./data/fitness-2014.json" with { type: "json" };

/**
 * The tables of 国家学生体质健康标准（2014年修订）as transcribed in data/fitness-2014.json (sources and
 * checks in data/SOURCES.md). Parsed once at module load so a damaged copy fails loudly, not as wrong
 * scores.
 */
const levelRow = z.array(z.number().nullable()).length(20);
const byGrade = z.record(z.string(), levelRow.nullable());

const itemSchema = z.object({
  name_zh: z.string(),
  unit: z.string(),
  better: z.enum(["higher", "lower"]),
  levels: z.array(z.number().int()).length(20),
  applies_to: z.object({ male: z.array(z.number().int()), female: z.array(z.number().int()) }),
  male: byGrade,
  female: byGrade,
});

const range = z.tuple([z.number().nullable(), z.number().nullable()]);
const bmiBands = z.object({ normal: range, underweight: range, overweight: range, obese: range });

const bonusSchema = z.object({
  grades: z.array(z.number().int()),
  sexes: z.array(z.enum(["male", "female"])),
  max_points: z.number().int(),
  points: z.array(z.number().int()),
  extra_count_required: z.array(z.number()).optional(),
  extra_reps_required: z.array(z.number()).optional(),
  seconds_faster_required: z.array(z.number()).optional(),
});

const weightGroup = z
  .object({ grades: z.array(z.number().int()) })
  .catchall(z.union([z.number(), z.string(), z.array(z.number())]));

const fileSchema = z.object({
  standard: z.string(),
  weights: z.object({ "1-2": weightGroup, "3-4": weightGroup, "5-6": weightGroup, "7-12": weightGroup }),
  items: z.record(z.string(), itemSchema),
  bmi: z.object({
    scores: z.object({
      normal: z.number(),
      underweight: z.number(),
      overweight: z.number(),
      obese: z.number(),
    }),
    male: z.record(z.string(), bmiBands),
    female: z.record(z.string(), bmiBands),
  }),
  bonus: z.object({
    total_bonus_max: z.number().int(),
    rope_skip_1min: bonusSchema,
    pull_up: bonusSchema,
    run_1000m: bonusSchema,
    sit_up_1min: bonusSchema,
    run_800m: bonusSchema,
  }),
});

export type FitnessData = z.infer<typeof fileSchema>;
export type FitnessItemData = z.infer<typeof itemSchema>;
export type FitnessBonusData = z.infer<typeof bonusSchema>;
export type BmiBandsData = z.infer<typeof bmiBands>;

export const FITNESS_DATA: FitnessData = fileSchema.parse(raw);

/** Required extra (count, cm or seconds faster) for each bonus row, whatever the file calls it. */
export function bonusRequirements(bonus: FitnessBonusData): readonly number[] {
  const required = bonus.extra_count_required ?? bonus.extra_reps_required ?? bonus.seconds_faster_required;
  if (!required) throw new Error("fitness-2014.json: a bonus table has no requirement column");
  return required;
}
