import type { SyntheticTeacher } from "../../../../tools/synthetic-city/teachers.ts";
import type {
  SyntheticCredit,
  SyntheticEnrolment,
  SyntheticProgramme,
} from "../../../../tools/synthetic-city/teachers-training.ts";
import type { SyntheticRound, SyntheticStudio } from "../../../../tools/synthetic-city/teachers-honours.ts";
import { col, fields, type TableSpec } from "../platform/bulk-insert.ts";

/** How the generated teacher rows map onto migration 0011. */
export const TEACHERS: TableSpec<SyntheticTeacher> = {
  table: "teachers",
  columns: [
    ...fields(`
      id:uuid teacher_number name sex birth_date:date id_number institution_id:uuid district_id:uuid post
      subject stage title employment qualification_type
    `),
    col("qualification_subject", "text", (t) => t.subject),
    ...fields("qualification_number first_registered_on:date registered_on:date"),
  ],
  stamped: ["created_at", "updated_at"],
};

export const TEACHER_POSTINGS: TableSpec<SyntheticTeacher & { schoolName: string }> = {
  table: "teacher_postings",
  columns: [
    col("teacher_id", "uuid", (t) => t.id),
    col("school_name", "text", (t) => t.schoolName),
    col("from_date", "date", (t) => t.firstRegisteredOn),
    col("rural", "boolean", (t) => t.rural),
  ],
};

export const ANNUAL_REVIEWS: TableSpec<{ teacherId: string; year: number; grade: string }> = {
  table: "teacher_annual_reviews",
  columns: fields("teacher_id:uuid year:int grade"),
};

export const PROGRAMMES: TableSpec<SyntheticProgramme & { organiserId: string }> = {
  table: "training_programmes",
  columns: fields(`
      id:uuid name level kind hours:float8 starts_on:date ends_on:date capacity:int organiser_id:uuid
    `),
  stamped: ["created_at"],
};

export const ENROLMENTS: TableSpec<SyntheticEnrolment> = {
  table: "training_enrolments",
  columns: [
    ...fields("programme_id:uuid teacher_id:uuid district_id:uuid status attended_hours:float8"),
    col("assessment_passed", "boolean", (e) => (e.status === "completed" ? true : null)),
    col("completed_on", "date", (e) => e.completedOn),
  ],
  stamped: ["enrolled_at"],
};

export const CREDITS: TableSpec<SyntheticCredit> = {
  table: "training_credits",
  columns: fields("teacher_id:uuid programme_id:uuid level kind title hours:float8 credited_on:date"),
  stamped: ["created_at"],
};

export const ROUNDS: TableSpec<SyntheticRound> = {
  table: "honour_rounds",
  columns: [
    ...fields("id:uuid kind year:int series_no:int window_from:date window_to:date stage"),
    col("history", "jsonb", (r) => JSON.stringify(r.history)),
  ],
  stamped: ["created_at"],
};

export const NOMINATIONS: TableSpec<{
  roundId: string;
  teacherId: string;
  selected: boolean;
  awardedOn: string | null;
}> = {
  table: "honour_nominations",
  columns: fields("round_id:uuid teacher_id:uuid selected:boolean awarded_on:date"),
};

export const STUDIOS: TableSpec<SyntheticStudio> = {
  table: "teacher_studios",
  columns: fields("id:uuid type name establishment year:int leader_id:uuid institution_id:uuid"),
  stamped: ["created_at"],
};

/** Every studio counts its leader among its members (as creating one in the app does). */
export const STUDIO_MEMBERS: TableSpec<{ studioId: string; teacherId: string }> = {
  table: "teacher_studio_members",
  columns: [col("studio_id", "uuid", (m) => m.studioId), col("teacher_id", "uuid", (m) => m.teacherId)],
};

export const INTAKES: TableSpec<{ districtId: string; year: number; programme: string; students: number }> = {
  table: "normal_student_intakes",
  columns: fields("district_id:uuid year:int programme students:int"),
};
