import { z } from "zod";
import { CLASS_SIZE_BANDS } from "@edubureau/domain/class-size";
import { INSTITUTION_TYPES, isSchoolYear } from "@edubureau/domain/registry";
import { isoDateTime } from "../../http/zod-types.ts";

const schoolYear = z.string().trim().refine(isSchoolYear, "学年格式应为“2019-2020”，且后一年比前一年大 1");
const band = z.enum(CLASS_SIZE_BANDS);

export const institutionSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: z.enum(INSTITUTION_TYPES),
  typeLabel: z.string(),
  places: z.number().int(),
  district: z.object({ id: z.uuid(), name: z.string() }),
  grades: z.array(z.number().int()),
});

export const institutionList = z.object({ items: z.array(institutionSchema) });

export const classSchema = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  schoolYear: z.string(),
  grade: z.number().int(),
  gradeLabel: z.string(),
  name: z.string(),
  students: z.number().int(),
  band: band.nullable(),
  bandLabel: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

const count = z.number().int();

export const summarySchema = z.object({
  classes: count,
  students: count,
  places: count,
  placesRecorded: z.boolean(),
  measuredClasses: count,
  byBand: z.object({ standard: count, oversized: count, large: count, superLarge: count }),
  largeShare: z.number().nullable(),
  superLargeShare: z.number().nullable(),
  byGrade: z.array(
    z.object({
      grade: count,
      gradeLabel: z.string(),
      classes: count,
      students: count,
      large: count,
      superLarge: count,
    }),
  ),
});

export const yearClassesSchema = z.object({
  institution: institutionSchema,
  schoolYear: z.string(),
  items: z.array(classSchema),
  summary: summarySchema,
});

export const scopeSummarySchema = z.object({
  schoolYear: z.string(),
  items: z.array(z.object({ institution: institutionSchema, summary: summarySchema })),
});

export const yearList = z.object({ items: z.array(z.object({ schoolYear: z.string(), classes: count })) });

export const institutionsQuery = z.object({ q: z.string().trim().max(64).optional() });
export const scopeSummaryQuery = z.object({
  schoolYear,
  districtId: z.uuid("区县编号格式不正确").optional(),
});
export const yearParams = z.object({ institutionId: z.uuid("学校编号格式不正确"), schoolYear });
export const idParams = z.object({ id: z.uuid("班级编号格式不正确") });
export const institutionParams = z.object({ institutionId: z.uuid("学校编号格式不正确") });

// Ranges beyond the type are checked by the service with the domain rule, so every refusal names the row.
const grade = z.number("请选择年级").int("年级须为整数");
const name = z.string("请输入班级名称");
const students = z.number("请输入学生数").int("学生数须为整数");

export const createBody = z.object({
  institutionId: z.uuid("学校编号格式不正确"),
  schoolYear,
  grade,
  name,
  students,
});

export const updateBody = z.object({
  grade: grade.optional(),
  name: name.optional(),
  students: students.optional(),
});

export const replaceBody = z.object({
  classes: z
    .array(z.object({ grade, name, students }), "请提供班级列表")
    .max(500, "一所学校一个学年最多登记 500 个班"),
});
