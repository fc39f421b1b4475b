import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import { listOrder, pageWindow, type SortOrder } from "../../db/list-order.ts";
import { TEACHER_TITLES } from "@edubureau/domain/teachers";
import { institutionFactsTable } from "../institutions/institutions.read-model.ts";

/** One teacher as the registry stores it, dates as ISO text. */
export interface TeacherRow {
  id: string;
  teacherNumber: string;
  name: string;
  sex: "male" | "female";
  birthDate: string;
  idNumber: string;
  institutionId: string;
  institutionName: string;
  districtId: string;
  districtName: string;
  districtCode: string;
  post: string;
  subject: string;
  stage: string;
  title: string;
  employment: string;
  qualificationType: string | null;
  qualificationSubject: string | null;
  qualificationNumber: string | null;
  firstRegisteredOn: string | null;
  registeredOn: string | null;
  fitToTeach: boolean;
  userId: string | null;
}

const SELECT = sql`select t.id, t.teacher_number as "teacherNumber", t.name, t.sex, t.birth_date::text as "birthDate",
  t.id_number as "idNumber", t.institution_id as "institutionId", iu.name as "institutionName",
  t.district_id as "districtId", du.name as "districtName", du.code as "districtCode", t.post, t.subject,
  t.stage, t.title, t.employment, t.qualification_type as "qualificationType",
  t.qualification_subject as "qualificationSubject", t.qualification_number as "qualificationNumber",
  t.first_registered_on::text as "firstRegisteredOn", t.registered_on::text as "registeredOn",
  t.fit_to_teach as "fitToTeach", t.user_id as "userId"
  from teachers t
  join org_units iu on iu.id = t.institution_id
  join org_units du on du.id = t.district_id`;

/** A teacher is visible to an account whose scope contains the teacher's institution. */
export function inScope(scopePath: string): SQL {
  return sql`iu.path like ${`${escapeLike(scopePath)}%`}`;
}

export interface TeacherFilters {
  scopePath: string;
  q?: string | undefined;
  institutionId?: string | undefined;
  districtId?: string | undefined;
  subject?: string | undefined;
  stage?: string | undefined;
  title?: string | undefined;
  post?: string | undefined;
  employment?: string | undefined;
}

function where(filters: TeacherFilters): SQL {
  const conditions: SQL[] = [inScope(filters.scopePath)];
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    conditions.push(sql`(t.name like ${pattern} or t.teacher_number like ${pattern})`);
  }
  if (filters.institutionId) conditions.push(sql`t.institution_id = ${filters.institutionId}`);
  if (filters.districtId) conditions.push(sql`t.district_id = ${filters.districtId}`);
  if (filters.subject) conditions.push(sql`t.subject = ${filters.subject}`);
  if (filters.stage) conditions.push(sql`t.stage = ${filters.stage}`);
  if (filters.title) conditions.push(sql`t.title = ${filters.title}`);
  if (filters.post) conditions.push(sql`t.post = ${filters.post}`);
  if (filters.employment) conditions.push(sql`t.employment = ${filters.employment}`);
  return sql.join(conditions, sql` and `);
}

/** What the 教师名录 sorts on: 职称 by rank (未定级 … 正高级), a school or district by its code. */
const SORT_COLUMNS = {
  teacherNumber: sql`t.teacher_number`,
  name: sql`t.name`,
  institution: sql`iu.code`,
  district: sql`du.code`,
  subject: sql`t.subject`,
  title: sql`array_position(${sql.param([...TEACHER_TITLES])}::text[], t.title)`,
  registeredOn: sql`t.registered_on`,
};
/** Without a sort, teacher-number order. */
export type TeacherSort = { sort?: keyof typeof SORT_COLUMNS | undefined; order?: SortOrder | undefined };

/**
 * One page of the scope's teachers and the number of matches. The scope and every filter are in the `where`
 * before the sort and the limit, so a district or school filter outside the scope finds nothing.
 */
export async function listTeachers(
  db: Db,
  filters: TeacherFilters & TeacherSort & { page: number; pageSize: number },
) {
  const condition = where(filters);
  const order = listOrder(
    SORT_COLUMNS,
    filters.sort ?? "teacherNumber",
    filters.order ?? "asc",
    sql`t.teacher_number`,
  );
  const [items, totals] = await Promise.all([
    queryRows<TeacherRow>(db, sql`${SELECT} where ${condition} order by ${order} ${pageWindow(filters)}`),
    queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from teachers t join org_units iu on iu.id = t.institution_id where ${condition}`,
    ),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

/** Every teacher of a scope for the Excel export, in teacher-number order. */
export async function allTeachers(db: Db, filters: TeacherFilters): Promise<TeacherRow[]> {
  return queryRows<TeacherRow>(db, sql`${SELECT} where ${where(filters)} order by t.teacher_number`);
}

export async function findTeacher(db: Db, id: string, scopePath: string): Promise<TeacherRow | undefined> {
  const rows = await queryRows<TeacherRow>(db, sql`${SELECT} where t.id = ${id} and ${inScope(scopePath)}`);
  return rows[0];
}

export async function findTeacherOfUser(db: Db, userId: string): Promise<TeacherRow | undefined> {
  const rows = await queryRows<TeacherRow>(db, sql`${SELECT} where t.user_id = ${userId}`);
  return rows[0];
}

/** Existing rows holding any of these teacher numbers or ID numbers (for duplicate refusals). */
export async function findClashes(
  db: Db,
  numbers: readonly string[],
  idNumbers: readonly string[],
  exceptId: string | null = null,
): Promise<{ teacherNumber: string; idNumber: string; name: string }[]> {
  if (numbers.length === 0 && idNumbers.length === 0) return [];
  return queryRows(
    db,
    sql`select teacher_number as "teacherNumber", id_number as "idNumber", name from teachers
        where (teacher_number = any(${sql.param(numbers)}::text[]) or id_number = any(${sql.param(idNumbers)}::text[]))
        ${exceptId ? sql`and id <> ${exceptId}` : sql``}`,
  );
}

/** Teachers holding any of these numbers or ID numbers, with where they work (an import's key look-up). */
export async function findByNumbersOrIds(
  db: Db,
  numbers: readonly string[],
  idNumbers: readonly string[],
): Promise<{ id: string; teacherNumber: string; idNumber: string; name: string; unitPath: string }[]> {
  if (numbers.length === 0 && idNumbers.length === 0) return [];
  return queryRows(
    db,
    sql`select t.id, t.teacher_number as "teacherNumber", t.id_number as "idNumber", t.name, iu.path as "unitPath"
        from teachers t join org_units iu on iu.id = t.institution_id
        where t.teacher_number = any(${sql.param(numbers)}::text[]) or t.id_number = any(${sql.param(idNumbers)}::text[])`,
  );
}

export interface PostingRow {
  id: string;
  schoolName: string;
  from: string;
  to: string | null;
  rural: boolean;
}

export async function postingsOf(db: Db, teacherId: string): Promise<PostingRow[]> {
  return queryRows<PostingRow>(
    db,
    sql`select id, school_name as "schoolName", from_date::text as "from", to_date::text as "to", rural
        from teacher_postings where teacher_id = ${teacherId} order by from_date`,
  );
}

export async function reviewsOf(
  db: Db,
  teacherId: string,
): Promise<{ year: number; grade: string; approvedLeave: string | null }[]> {
  return queryRows(
    db,
    sql`select year, grade, approved_leave as "approvedLeave" from teacher_annual_reviews
        where teacher_id = ${teacherId} order by year`,
  );
}

/** A timestamp column as Beijing time text, whatever the database session's time zone. */
export function beijingText(column: string, format: "YYYY-MM-DD" | "YYYY-MM-DD HH24:MI" = "YYYY-MM-DD"): SQL {
  return sql.raw(`to_char((${column} at time zone 'UTC') + interval '8 hours', '${format}')`);
}

/** The teacher's certified 农村(薄弱)学校任教经历认定, if any. */
export async function ruralCertificateOf(
  db: Db,
  teacherId: string,
): Promise<{ certificateNo: string; certifiedOn: string; totalMonths: number } | null> {
  const rows = await queryRows<{ certificateNo: string; certifiedOn: string; totalMonths: number }>(
    db,
    sql`select certificate_no as "certificateNo", total_months as "totalMonths",
          ${beijingText("reviewed_at")} as "certifiedOn"
        from rural_experience_recognitions where teacher_id = ${teacherId} and status = 'certified'`,
  );
  return rows[0] ?? null;
}

/** The institution an account may place a teacher in, with its district. */
export async function findInstitutionInScope(
  db: Db,
  institutionId: string,
  scopePath: string,
): Promise<{ id: string; name: string; districtId: string; districtCode: string } | undefined> {
  const rows = await queryRows<{ id: string; name: string; districtId: string; districtCode: string }>(
    db,
    sql`select iu.id, iu.name, i.district_id as "districtId", du.code as "districtCode"
        from ${institutionFactsTable} i join org_units iu on iu.id = i.org_unit_id join org_units du on du.id = i.district_id
        where i.org_unit_id = ${institutionId} and ${inScope(scopePath)}`,
  );
  return rows[0];
}
