import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import { institutionFactsTable } from "../institutions/institutions.read-model.ts";

export interface StudentRecordRow {
  id: string;
  student_no: string;
  name: string;
  sex: "male" | "female";
  birth_date: string;
  id_number: string | null;
  institution_id: string;
  institution_name: string;
  district_id: string;
  unit_path: string;
  grade: number;
  class_name: string;
}

export interface StudentFilters {
  scopePath: string;
  q?: string | undefined;
  institutionId?: string | undefined;
  grade?: number | undefined;
}

function conditions(f: StudentFilters): SQL {
  const parts: SQL[] = [sql`s.unit_path like ${`${escapeLike(f.scopePath)}%`}`];
  if (f.institutionId) parts.push(sql`s.institution_id = ${f.institutionId}`);
  if (f.grade) parts.push(sql`s.grade = ${f.grade}`);
  // 学籍号 exactly, or the name typed in full: a partial name search would let masked lists be unmasked.
  if (f.q) parts.push(sql`(s.student_no = ${f.q.toUpperCase()} or s.name = ${f.q})`);
  return sql.join(parts, sql` and `);
}

const COLUMNS = sql`s.id, s.student_no, s.name, s.sex, s.birth_date::text as birth_date, s.id_number,
  s.institution_id, u.name as institution_name, s.district_id, s.unit_path, s.grade, s.class_name`;

export async function listStudents(db: Db, f: StudentFilters, page: number, pageSize: number) {
  const where = conditions(f);
  const [items, [total]] = await Promise.all([
    queryRows<StudentRecordRow>(
      db,
      sql`select ${COLUMNS} from students s join org_units u on u.id = s.institution_id where ${where}
          order by u.name, s.grade, s.class_name, s.student_no limit ${pageSize} offset ${(page - 1) * pageSize}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from students s where ${where}`),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function allStudents(db: Db, f: StudentFilters, limit: number) {
  return queryRows<StudentRecordRow>(
    db,
    sql`select ${COLUMNS} from students s join org_units u on u.id = s.institution_id where ${conditions(f)}
        order by u.name, s.grade, s.class_name, s.student_no limit ${limit}`,
  );
}

export async function studentInScope(db: Db, id: string, scopePath: string) {
  const [row] = await queryRows<StudentRecordRow>(
    db,
    sql`select ${COLUMNS} from students s join org_units u on u.id = s.institution_id
        where s.id = ${id} and s.unit_path like ${`${escapeLike(scopePath)}%`}`,
  );
  return row;
}

export interface SchoolRef {
  id: string;
  code: string;
  name: string;
  path: string;
  district_id: string;
}

/** Schools (org units with a registry row) in scope, by id or by 学校标识码. */
export async function schoolsInScope(db: Db, scopePath: string, by: { ids?: string[]; codes?: string[] }) {
  const filter = by.ids
    ? sql`u.id = any(${sql.param(by.ids)}::uuid[])`
    : sql`u.code = any(${sql.param(by.codes ?? [])}::text[])`;
  return queryRows<SchoolRef>(
    db,
    sql`select u.id, u.code, u.name, u.path, i.district_id from org_units u join ${institutionFactsTable} i on i.org_unit_id = u.id
        where ${filter} and u.path like ${`${escapeLike(scopePath)}%`}`,
  );
}

export async function existingNumbers(db: Db, numbers: readonly string[]) {
  if (numbers.length === 0) return new Map<string, { id: string; unit_path: string }>();
  const rows = await queryRows<{ id: string; student_no: string; unit_path: string }>(
    db,
    sql`select id, student_no, unit_path from students where student_no = any(${sql.param([...numbers])}::text[])`,
  );
  return new Map(rows.map((r) => [r.student_no, r]));
}
