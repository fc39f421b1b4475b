import type { Column, TableSpec } from "../../seed/bulk-insert.ts";
import type { FitnessRecord } from "./fitness-check.ts";
import type { ScreeningRecord } from "./screening-check.ts";

/** Bulk-insert layouts (migration 0010) shared by the imports and the synthetic-city seeder. */
function col<T>(name: string, type: string, value: Column<T>["value"]): Column<T> {
  return { name, type, value };
}

export type StoredScreening = ScreeningRecord & { id: string; importId: string | null; counted: boolean };
export type StoredFitness = FitnessRecord & { id: string; importId: string | null };

export const SCREENING_SPEC: TableSpec<StoredScreening> = {
  table: "vision_screenings",
  columns: [
    col("id", "uuid", (r) => r.id),
    col("student_id", "uuid", (r) => r.studentId),
    col("institution_id", "uuid", (r) => r.institutionId),
    col("district_id", "uuid", (r) => r.districtId),
    col("unit_path", "text", (r) => r.unitPath),
    col("school_year", "text", (r) => r.schoolYear),
    col("grade", "int", (r) => r.grade),
    col("sex", "text", (r) => r.sex),
    col("screened_on", "date", (r) => r.screenedOn),
    col("acuity_right", "float8", (r) => r.acuityRight),
    col("acuity_left", "float8", (r) => r.acuityLeft),
    col("sphere_right", "float8", (r) => r.sphereRight),
    col("cylinder_right", "float8", (r) => r.cylinderRight),
    col("sphere_left", "float8", (r) => r.sphereLeft),
    col("cylinder_left", "float8", (r) => r.cylinderLeft),
    col("se_right", "float8", (r) => r.seRight),
    col("se_left", "float8", (r) => r.seLeft),
    col("correction", "text", (r) => r.correction),
    col("poor_vision", "boolean", (r) => r.poorVision),
    col("worse_class", "text", (r) => r.worseClass),
    col("myopia", "text", (r) => r.myopia),
    col("counted", "boolean", (r) => r.counted),
    col("import_id", "uuid", (r) => r.importId),
  ],
  stamped: ["created_at"],
};

export const FITNESS_SPEC: TableSpec<StoredFitness> = {
  table: "fitness_results",
  columns: [
    col("id", "uuid", (r) => r.id),
    col("student_id", "uuid", (r) => r.studentId),
    col("institution_id", "uuid", (r) => r.institutionId),
    col("district_id", "uuid", (r) => r.districtId),
    col("unit_path", "text", (r) => r.unitPath),
    col("school_year", "text", (r) => r.schoolYear),
    col("grade", "int", (r) => r.grade),
    col("sex", "text", (r) => r.sex),
    col("tested_on", "date", (r) => r.testedOn),
    col("height_cm", "float8", (r) => r.heightCm),
    col("weight_kg", "float8", (r) => r.weightKg),
    col("bmi", "float8", (r) => r.bmi),
    col("items", "jsonb", (r) => JSON.stringify(r.items)),
    col("weighted", "float8", (r) => r.weighted),
    col("bonus", "float8", (r) => r.bonus),
    col("total", "float8", (r) => r.total),
    col("band", "text", (r) => r.band),
    col("complete", "boolean", (r) => r.complete),
    col("weight_status", "text", (r) => r.weightStatus),
    col("import_id", "uuid", (r) => r.importId),
  ],
  stamped: ["created_at"],
};
