import { z } from "zod";
import {
  PROGRAMME_KINDS,
  PROGRAMME_LEVELS,
  TEACHER_TITLES,
  TEACHING_STAGES,
} from "@edubureau/domain/teachers";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");
export const idParams = z.object({ id: z.uuid() });

export const eligibilitySchema = z.object({
  stages: z.array(z.enum(TEACHING_STAGES)).min(1).optional(),
  subjects: z.array(z.string().trim().min(1)).min(1).optional(),
  minTitle: z.enum(TEACHER_TITLES).optional(),
  minYearsOfService: z.number().int().min(0).max(50).optional(),
  maxYearsOfService: z.number().int().min(0).max(50).optional(),
});

export const programmeBody = z.object({
  name: z.string().trim().min(2, "请填写项目名称").max(100),
  level: z.enum(PROGRAMME_LEVELS),
  kind: z.enum(PROGRAMME_KINDS.filter((k) => k !== "external") as [string, ...string[]]),
  hours: z.number().positive("学时须大于 0").max(1000),
  startsOn: isoDate,
  endsOn: isoDate,
  capacity: z.number().int().positive("名额须大于 0").max(100_000),
  eligibility: eligibilitySchema.default({}),
});

export const quotasBody = z.object({
  quotas: z.array(z.object({ districtId: z.uuid(), quota: z.number().int().min(0) })).min(1),
});

export const enrolBody = z.object({ teacherIds: z.array(z.uuid()).min(1, "请选择教师").max(2000) });

export const completionBody = z.object({
  completedOn: isoDate,
  records: z
    .array(
      z.object({
        teacherId: z.uuid(),
        attendedHours: z.number().min(0).max(1000),
        assessmentPassed: z.boolean(),
      }),
    )
    .min(1, "请填写结业情况"),
});

export const externalBody = z.object({
  title: z.string().trim().min(2, "请填写学习内容").max(100),
  hours: z.number().positive("学时须大于 0").max(200),
  creditedOn: isoDate,
  evidence: z.string().trim().min(2, "请填写证明材料（证书编号或说明）").max(500),
});

export const reviewBody = z.object({ approve: z.boolean(), note: z.string().trim().max(500).optional() });

export const listQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(PROGRAMME_KINDS).optional(),
});

// ── Responses ──

export const programmeSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  kind: z.string(),
  hours: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  capacity: z.number(),
  /** The eligibility rule as stored (stages, subjects, minTitle, years of service). */
  eligibility: z.record(z.string(), z.unknown()),
  organiserId: z.string(),
  organiserName: z.string(),
  organiserPath: z.string(),
  enrolled: z.number(),
  completed: z.number(),
});
export const programmeList = z.object({ items: z.array(programmeSchema) });

export const quotaSchema = z.object({
  districtId: z.string(),
  districtName: z.string(),
  quota: z.number(),
  enrolled: z.number(),
});
export const quotaList = z.object({ items: z.array(quotaSchema) });

export const enrolmentSchema = z.object({
  id: z.string(),
  teacherId: z.string(),
  teacherName: z.string(),
  teacherNumber: z.string(),
  institutionName: z.string(),
  districtId: z.string(),
  status: z.string(),
  attendedHours: z.number().nullable(),
  assessmentPassed: z.boolean().nullable(),
  completedOn: z.string().nullable(),
  note: z.string().nullable(),
});
export const programmeDetail = programmeSchema.extend({
  quotas: z.array(quotaSchema),
  enrolments: z.array(enrolmentSchema),
});

export const enrolled = z.object({ enrolled: z.number() });
export const completionResults = z.object({
  results: z.array(
    z.object({
      teacherId: z.string(),
      status: z.string(),
      hours: z.number(),
      message: z.string().nullable(),
    }),
  ),
});

export const creditSchema = z.object({
  id: z.string(),
  teacherId: z.string(),
  programmeId: z.string().nullable(),
  title: z.string(),
  level: z.string(),
  kind: z.string(),
  hours: z.number(),
  creditedOn: z.string(),
  status: z.string(),
  evidence: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export const creditList = z.object({ items: z.array(creditSchema) });
export const pendingCreditList = z.object({
  items: z.array(creditSchema.extend({ teacherName: z.string() })),
});

export const created = z.object({ id: z.string() });
export const reviewed = z.object({ id: z.string(), status: z.string() });
