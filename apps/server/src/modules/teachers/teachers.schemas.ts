import { z } from "zod";
import {
  ANNUAL_REVIEW_GRADES,
  APPROVED_LEAVE_KINDS,
  EMPLOYMENT_KINDS,
  TEACHER_POSTS,
  TEACHER_TITLES,
  TEACHING_STAGES,
} from "@edubureau/domain/teachers";
import { listQueryOf } from "../../http/zod-types.ts";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");
export const idParams = z.object({ id: z.uuid() });
const optionalText = z.string().trim().max(100).nullish();

export const teacherBody = z.object({
  teacherNumber: z.string().trim().min(1, "请填写教师编号"),
  name: z.string().trim().min(1, "请填写姓名").max(50),
  idNumber: z.string().trim().min(1, "请填写身份证件号码"),
  institutionId: z.uuid("请选择任职学校"),
  post: z.enum(TEACHER_POSTS),
  subject: z.string().trim().min(1, "请填写任教学科").max(20),
  stage: z.enum(TEACHING_STAGES),
  title: z.enum(TEACHER_TITLES),
  employment: z.enum(EMPLOYMENT_KINDS),
  qualificationType: optionalText,
  qualificationSubject: optionalText,
  qualificationNumber: optionalText,
  firstRegisteredOn: isoDate.nullish(),
  registeredOn: isoDate.nullish(),
});
export type TeacherInput = z.infer<typeof teacherBody>;

/** Columns the 教师名录 sorts on (teachers.queries.ts maps each to its SQL). */
export const TEACHER_SORT_KEYS = [
  "teacherNumber",
  "name",
  "institution",
  "district",
  "subject",
  "title",
  "registeredOn",
] as const;
export type TeacherSortKey = (typeof TEACHER_SORT_KEYS)[number];

export const listQuery = z.object({
  q: z.string().trim().max(50).optional(),
  subject: z.string().trim().max(20).optional(),
  stage: z.enum(TEACHING_STAGES).optional(),
  title: z.enum(TEACHER_TITLES).optional(),
  post: z.enum(TEACHER_POSTS).optional(),
  employment: z.enum(EMPLOYMENT_KINDS).optional(),
  ...listQueryOf(TEACHER_SORT_KEYS, "teacherNumber"),
});

export const teacherSchema = z.object({
  id: z.string(),
  teacherNumber: z.string(),
  name: z.string(),
  sex: z.enum(["male", "female"]),
  birthDate: z.string(),
  /** Masked unless the reader asked for the full identity (audited). */
  idNumber: z.string(),
  institution: z.object({ id: z.string(), name: z.string() }),
  district: z.object({ id: z.string(), name: z.string() }),
  post: z.string(),
  subject: z.string(),
  stage: z.string(),
  title: z.string(),
  employment: z.string(),
  qualification: z.object({
    type: z.string().nullable(),
    subject: z.string().nullable(),
    number: z.string().nullable(),
    firstRegisteredOn: z.string().nullable(),
  }),
  registeredOn: z.string().nullable(),
  linkedAccount: z.boolean(),
});
export type TeacherView = z.infer<typeof teacherSchema>;

export const teacherList = z.object({ items: z.array(teacherSchema), total: z.number() });

export const postingSchema = z.object({
  id: z.string(),
  schoolName: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  rural: z.boolean(),
});
export const postingBody = z.object({
  schoolName: z.string().trim().min(1, "请填写任教学校").max(100),
  from: isoDate,
  to: isoDate.nullish(),
  rural: z.boolean(),
});

export const reviewBody = z.object({
  year: z.number().int().min(1990).max(2100),
  grade: z.enum(ANNUAL_REVIEW_GRADES),
  approvedLeave: z.enum(APPROVED_LEAVE_KINDS).nullish(),
});
export const reviewSchema = z.object({
  year: z.number(),
  grade: z.string(),
  approvedLeave: z.string().nullable(),
});

export const absenceBody = z.object({
  from: isoDate,
  to: isoDate,
  approvedLeave: z.enum(APPROVED_LEAVE_KINDS).nullish(),
  note: z.string().trim().max(200).nullish(),
});
export const absenceParams = z.object({ id: z.uuid(), absenceId: z.uuid() });

/** A certified 农村(薄弱)学校任教经历认定, or null. */
export const ruralCertificateSchema = z
  .object({ certificateNo: z.string(), certifiedOn: z.string(), totalMonths: z.number() })
  .nullable();

export const teacherDetail = teacherSchema.extend({
  postings: z.array(postingSchema),
  reviews: z.array(reviewSchema),
  ruralCertificate: ruralCertificateSchema,
});

export const identitySchema = z.object({ idNumber: z.string(), birthDate: z.string() });

// ── Responses: corrections, absences, the teacher's own record ──

export const correctionSchema = z.object({
  id: z.string(),
  teacherId: z.string(),
  teacherName: z.string(),
  teacherNumber: z.string(),
  field: z.string(),
  currentValue: z.string().nullable(),
  requestedValue: z.string(),
  reason: z.string(),
  status: z.string(),
  reviewNote: z.string().nullable(),
  createdAt: z.string(),
});
export const correctionList = z.object({ items: z.array(correctionSchema) });
export const ownRecord = teacherDetail.extend({ corrections: z.array(correctionSchema) });

export const created = z.object({ id: z.string() });
export const reviewed = z.object({ id: z.string(), status: z.string() });

const approvedLeave = z.enum(APPROVED_LEAVE_KINDS).nullable();
export const absenceList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      approvedLeave,
      note: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
});
export const absenceRecorded = z.object({ id: z.string(), from: z.string(), to: z.string(), approvedLeave });
