import { z } from "zod";
import { isRealDate } from "./plan-dates.ts";
import { COMPARATORS, REPORTING_FREQUENCIES, TARGET_UNITS } from "./target-kinds.ts";

/**
 * Shape of a work plan file (plans/*.yaml). Objects are strict so a mistyped key in a
 * hand-edited file is reported instead of silently ignored. Cross-references (codes, units,
 * quotes, measures) are checked afterwards by validatePlanFile, which knows the whole file.
 */
const text = z.string().trim().min(1, "不能为空");
const isoDate = z.string().refine(isRealDate, "须为有效日期，格式 YYYY-MM-DD");
// GB/T 2260 code of a prefecture-level city ends in "00".
const cityCode = z.string().regex(/^[1-9]\d{3}00$/, "须为 6 位 GB/T 2260 地市代码，如 430100");

export const focusAreaCodeSchema = z.string().regex(/^FA\d+$/, "须形如 FA1");
export const taskCodeSchema = z.string().regex(/^T\d{2}$/, "须形如 T01");
export const targetCodeSchema = z.string().regex(/^T\d{2}-\d+$/, "须形如 T01-1");
export const milestoneCodeSchema = z.string().regex(/^T\d{2}-M\d+$/, "须形如 T01-M1");

export const planMetaSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  city: z.strictObject({ name: text, code: cityCode }),
  title: text,
  issuer: text,
  publishDate: isoDate,
  /** Null when the original page address is not known; sourceNote then says where the text came from. */
  sourceUrl: z.url().nullable(),
  sourceNote: text,
  reportingFrequency: z.enum(REPORTING_FREQUENCIES),
  demoDataNote: text,
});

export const focusAreaSchema = z.strictObject({
  code: focusAreaCodeSchema,
  seq: z.number().int().min(1),
  title: text,
  summary: text,
});

export const bindingSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("manual") }),
  z.strictObject({
    kind: z.literal("indicator"),
    measure: text,
    // Checked per measure by validatePlanFile against BINDING_MEASURES.
    filter: z.record(z.string(), z.unknown()),
  }),
]);

export const districtShareSchema = z.strictObject({
  unit: text,
  value: z.number().min(0),
});

export const targetSchema = z.strictObject({
  code: targetCodeSchema,
  name: text,
  unit: z.enum(TARGET_UNITS),
  baseline: z.number().nullable(),
  targetValue: z.number(),
  comparator: z.enum(COMPARATORS),
  startDate: isoDate,
  deadline: isoDate,
  /** The exact words of the plan that commit to this number; must occur in the task text. */
  source: text,
  binding: bindingSchema,
  districtShares: z.array(districtShareSchema).optional(),
});

export const milestoneSchema = z.strictObject({
  code: milestoneCodeSchema,
  name: text,
  dueDate: isoDate,
});

export const taskSchema = z.strictObject({
  code: taskCodeSchema,
  focusArea: focusAreaCodeSchema,
  title: text,
  /** The original paragraph, verbatim, including its bold lead phrase. */
  text,
  leadUnit: text,
  coUnits: z.array(text),
  targets: z.array(targetSchema),
  milestones: z.array(milestoneSchema),
});

export const planFileSchema = z.strictObject({
  plan: planMetaSchema,
  focusAreas: z.array(focusAreaSchema).min(1, "至少需要一个重点领域"),
  tasks: z.array(taskSchema).min(1, "至少需要一项任务"),
});

export type PlanMeta = z.infer<typeof planMetaSchema>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
export type TargetBinding = z.infer<typeof bindingSchema>;
export type DistrictShare = z.infer<typeof districtShareSchema>;
export type PlanTarget = z.infer<typeof targetSchema>;
export type PlanMilestone = z.infer<typeof milestoneSchema>;
export type PlanTask = z.infer<typeof taskSchema>;
export type PlanFile = z.infer<typeof planFileSchema>;
