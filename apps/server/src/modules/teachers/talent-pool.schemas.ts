import { z } from "zod";
import { RURAL_RECOGNITION_STATUSES } from "./rural-recognition.service.ts";

/** Response shapes of /api/talent-pool (the OpenAPI document and the web's types come from them). */

export const poolList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      teacherNumber: z.string(),
      name: z.string(),
      institutionName: z.string(),
      subject: z.string(),
      title: z.string(),
      hours: z.number(),
      honours: z.array(z.string()),
      ruralCertified: z.boolean(),
    }),
  ),
  total: z.number().int(),
});

const period = z.object({ from: z.string(), to: z.string() });

export const ruralExperience = z.object({
  periods: z.array(period),
  totalDays: z.number(),
  totalMonths: z.number(),
  years: z.number(),
  months: z.number(),
  recognised: z.boolean(),
  basis: z.string(),
  message: z.string(),
});

export const recognitionSchema = z.object({
  id: z.string(),
  teacherId: z.string(),
  teacherName: z.string(),
  teacherNumber: z.string(),
  institutionName: z.string(),
  employment: z.string(),
  status: z.enum(RURAL_RECOGNITION_STATUSES),
  asOf: z.string(),
  totalMonths: z.number(),
  totalDays: z.number(),
  periods: z.array(period),
  basis: z.string(),
  message: z.string(),
  appliedAt: z.string(),
  appliedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewNote: z.string().nullable(),
  certificateNo: z.string().nullable(),
});
export const recognitionList = z.object({ items: z.array(recognitionSchema) });
export const myRuralExperience = z.object({
  experience: ruralExperience,
  applications: z.array(recognitionSchema),
});

export const applied = z.object({ id: z.string(), status: z.literal("pending"), message: z.string() });
export const certified = z.object({
  id: z.string(),
  status: z.literal("certified"),
  certificateNo: z.string(),
});
export const rejected = z.object({ id: z.string(), status: z.literal("rejected") });

export const exchangeList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      fromName: z.string(),
      toName: z.string(),
      fromDate: z.string(),
      toDate: z.string().nullable(),
    }),
  ),
});
export const created = z.object({ id: z.string() });
