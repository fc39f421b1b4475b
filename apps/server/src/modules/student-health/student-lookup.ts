import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../org-units/org-units.queries.ts";
import type { StudentFacts } from "./screening-check.ts";

interface FactsRow {
  id: string;
  student_no: string;
  institution_id: string;
  district_id: string;
  unit_path: string;
  grade: number;
  grade_year: string;
  sex: "male" | "female";
  birth_date: string;
}

/** Students by 学籍号 within a scope; numbers outside it are simply absent. */
export async function lookupStudents(
  db: Db,
  scopePath: string,
  studentNos: readonly string[],
): Promise<Map<string, StudentFacts>> {
  const wanted = [...new Set(studentNos.filter((n) => n !== ""))];
  if (wanted.length === 0) return new Map();
  const rows = await queryRows<FactsRow>(
    db,
    sql`select id, student_no, institution_id, district_id, unit_path, grade, grade_year, sex, birth_date::text as birth_date
        from students where student_no = any(${sql.param(wanted)}::text[]) and unit_path like ${`${escapeLike(scopePath)}%`}`,
  );
  return new Map(
    rows.map((r) => [
      r.student_no,
      {
        id: r.id,
        institutionId: r.institution_id,
        districtId: r.district_id,
        unitPath: r.unit_path,
        grade: r.grade,
        gradeYear: r.grade_year,
        sex: r.sex,
        birthDate: r.birth_date,
      },
    ]),
  );
}
