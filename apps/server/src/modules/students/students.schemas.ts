import { z } from "zod";

export const sexEnum = z.enum(["male", "female"]);

export const listQuery = z.object({
  q: z.string().trim().max(40).optional(),
  institutionId: z.uuid().optional(),
  grade: z.coerce.number().int().min(1).max(12).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

export const studentView = z.object({
  id: z.uuid(),
  studentNo: z.string(),
  name: z.string(),
  sex: sexEnum,
  birthDate: z.string(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  grade: z.number().int(),
  gradeLabel: z.string(),
  className: z.string(),
  masked: z.boolean(),
});
export type StudentView = z.infer<typeof studentView>;

export const studentList = z.object({ items: z.array(studentView), total: z.number().int() });

export const personalView = z.object({
  id: z.uuid(),
  studentNo: z.string(),
  name: z.string(),
  birthDate: z.string(),
  idNumber: z.string().nullable(),
});

export const idParams = z.object({ id: z.uuid() });

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 2019-10-12");

export const createBody = z.object({
  studentNo: z.string().trim().min(1, "请填写学籍号").max(19),
  name: z.string().trim().min(1, "请填写姓名").max(40),
  sex: sexEnum.optional(),
  birthDate: date.optional(),
  institutionId: z.uuid(),
  grade: z.number().int().min(1, "年级应为 1–12").max(12, "年级应为 1–12"),
  className: z.string().trim().min(1, "请填写班级").max(40),
});
export type CreateBody = z.infer<typeof createBody>;

export const updateBody = z.object({
  name: z.string().trim().min(1).max(40).optional(),
  grade: z.number().int().min(1).max(12).optional(),
  className: z.string().trim().min(1).max(40).optional(),
});
export type UpdateBody = z.infer<typeof updateBody>;

export const exportQuery = z.object({
  institutionId: z.uuid().optional(),
  grade: z.coerce.number().int().min(1).max(12).optional(),
  full: z.enum(["true", "false"]).optional(),
});
