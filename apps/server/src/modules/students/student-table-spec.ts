import type { Column, TableSpec } from "../../seed/bulk-insert.ts";

/** Bulk-insert layout of the students table (migration 0010), shared by the roster import and the seeder. */
function col<T>(name: string, type: string, value: Column<T>["value"]): Column<T> {
  return { name, type, value };
}

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
  columns: [
    col("id", "uuid", (r) => r.id),
    col("student_no", "text", (r) => r.studentNo),
    col("name", "text", (r) => r.name),
    col("sex", "text", (r) => r.sex),
    col("birth_date", "date", (r) => r.birthDate),
    col("id_number", "text", (r) => r.idNumber),
    col("institution_id", "uuid", (r) => r.institutionId),
    col("district_id", "uuid", (r) => r.districtId),
    col("unit_path", "text", (r) => r.unitPath),
    col("grade", "int", (r) => r.grade),
    col("grade_year", "text", (r) => r.gradeYear),
    col("class_name", "text", (r) => r.className),
  ],
  stamped: ["created_at", "updated_at"],
};
