import { col, fields, type TableSpec } from "../../platform/bulk-insert.ts";
import type { FitnessRecord } from "./fitness-check.ts";
import type { ScreeningRecord } from "./screening-check.ts";

/** Bulk-insert layouts (migration 0010) shared by the imports and the synthetic-city seeder. */
export type StoredScreening = ScreeningRecord & { id: string; importId: string | null; counted: boolean };
export type StoredFitness = FitnessRecord & { id: string; importId: string | null };

export const SCREENING_SPEC: TableSpec<StoredScreening> = {
  table: "vision_screenings",
  columns: fields(`
      id:uuid student_id:uuid institution_id:uuid district_id:uuid unit_path school_year grade:int sex
      screened_on:date acuity_right:float8 acuity_left:float8 sphere_right:float8 cylinder_right:float8
      sphere_left:float8 cylinder_left:float8 se_right:float8 se_left:float8 correction poor_vision:boolean
      worse_class myopia counted:boolean import_id:uuid
    `),
  stamped: ["created_at"],
};

export const FITNESS_SPEC: TableSpec<StoredFitness> = {
  table: "fitness_results",
  columns: [
    ...fields(`
      id:uuid student_id:uuid institution_id:uuid district_id:uuid unit_path school_year grade:int sex
      tested_on:date height_cm:float8 weight_kg:float8 bmi:float8
    `),
    col("items", "jsonb", (r) => JSON.stringify(r.items)),
    ...fields("weighted:float8 bonus:float8 total:float8 band complete:boolean weight_status import_id:uuid"),
  ],
  stamped: ["created_at"],
};
