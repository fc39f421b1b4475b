import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";

/*
 * What the pupil roll (学籍) publishes for other modules — the health screening import and the parents'
 * look-up of a 电子健康档案 — so they never name its tables.
 */

/** A pupil's facts a screening row is checked against. */
export interface RollFacts {
  id: string;
  studentNo: string;
  institutionId: string;
  districtId: string;
  unitPath: string;
  grade: number;
  /** The school year `grade` refers to. */
  gradeYear: string;
  sex: "male" | "female";
  birthDate: string;
}

/** Pupils by 学籍号 within a scope; numbers outside it are simply absent. */
export async function rollFactsByNumber(
  db: Db,
  scopePath: string,
  studentNos: readonly string[],
): Promise<RollFacts[]> {
  if (studentNos.length === 0) return [];
  return queryRows<RollFacts>(
    db,
    sql`select id, student_no as "studentNo", institution_id as "institutionId", district_id as "districtId",
          unit_path as "unitPath", grade, grade_year as "gradeYear", sex, birth_date::text as "birthDate"
        from students where student_no = any(${sql.param([...studentNos])}::text[])
          and unit_path like ${`${escapeLike(scopePath)}%`}`,
  );
}

/** The one pupil whose ID number, name and birth date all match (unmasked: the caller masks). */
export async function pupilByIdentity(
  db: Db,
  identity: { idNumber: string; name: string; birthDate: string },
): Promise<
  | {
      id: string;
      name: string;
      sex: "male" | "female";
      grade: number;
      className: string;
      institutionName: string;
    }
  | undefined
> {
  const [row] = await queryRows<{
    id: string;
    name: string;
    sex: "male" | "female";
    grade: number;
    className: string;
    institutionName: string;
  }>(
    db,
    sql`select s.id, s.name, s.sex, s.grade, s.class_name as "className", u.name as "institutionName"
        from students s join org_units u on u.id = s.institution_id
        where s.id_number = ${identity.idNumber} and s.name = ${identity.name} and s.birth_date = ${identity.birthDate}::date`,
  );
  return row;
}
