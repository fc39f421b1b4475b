import { fields, type TableSpec } from "../../platform/bulk-insert.ts";

/** A student as the roster import and the seeders bulk-insert it (migration 0010). */
export interface StoredStudent {
  id: string;
  studentNo: string;
  name: string;
  sex: "male" | "female";
  birthDate: string;
  idNumber: string | null;
  institutionId: string;
  districtId: string;
  unitPath: string;
  grade: number;
  gradeYear: string;
  className: string;
}

export const STUDENT_SPEC: TableSpec<StoredStudent> = {
  table: "students",
  columns: fields(`
      id:uuid student_no name sex birth_date:date id_number institution_id:uuid district_id:uuid unit_path
      grade:int grade_year class_name
    `),
  stamped: ["created_at", "updated_at"],
};
