import type { SyntheticTeacher } from "../../../../tools/synthetic-city/teachers.ts";
import type {
  SyntheticCredit,
  SyntheticEnrolment,
  SyntheticProgramme,
} from "../../../../tools/synthetic-city/teachers-training.ts";
import type { SyntheticRound, SyntheticStudio } from "../../../../tools/synthetic-city/teachers-honours.ts";
import type { Column, TableSpec } from "../platform/bulk-insert.ts";

/** How the generated teacher rows map onto migration 0011. */
function col<T>(name: string, type: string, value: Column<T>["value"]): Column<T> {
  return { name, type, value };
}

export const TEACHERS: TableSpec<SyntheticTeacher> = {
  table: "teachers",
  columns: [
    col("id", "uuid", (t) => t.id),
    col("teacher_number", "text", (t) => t.teacherNumber),
    col("name", "text", (t) => t.name),
    col("sex", "text", (t) => t.sex),
    col("birth_date", "date", (t) => t.birthDate),
    col("id_number", "text", (t) => t.idNumber),
    col("institution_id", "uuid", (t) => t.institutionId),
    col("district_id", "uuid", (t) => t.districtId),
    col("post", "text", (t) => t.post),
    col("subject", "text", (t) => t.subject),
    col("stage", "text", (t) => t.stage),
    col("title", "text", (t) => t.title),
    col("employment", "text", (t) => t.employment),
    col("qualification_type", "text", (t) => t.qualificationType),
    col("qualification_subject", "text", (t) => t.subject),
    col("qualification_number", "text", (t) => t.qualificationNumber),
    col("first_registered_on", "date", (t) => t.firstRegisteredOn),
    col("registered_on", "date", (t) => t.registeredOn),
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
  columns: [
    col("teacher_id", "uuid", (r) => r.teacherId),
    col("year", "int", (r) => r.year),
    col("grade", "text", (r) => r.grade),
  ],
};

export const PROGRAMMES: TableSpec<SyntheticProgramme & { organiserId: string }> = {
  table: "training_programmes",
  columns: [
    col("id", "uuid", (p) => p.id),
    col("name", "text", (p) => p.name),
    col("level", "text", (p) => p.level),
    col("kind", "text", (p) => p.kind),
    col("hours", "float8", (p) => p.hours),
    col("starts_on", "date", (p) => p.startsOn),
    col("ends_on", "date", (p) => p.endsOn),
    col("capacity", "int", (p) => p.capacity),
    col("organiser_id", "uuid", (p) => p.organiserId),
  ],
  stamped: ["created_at"],
};

export const ENROLMENTS: TableSpec<SyntheticEnrolment> = {
  table: "training_enrolments",
  columns: [
    col("programme_id", "uuid", (e) => e.programmeId),
    col("teacher_id", "uuid", (e) => e.teacherId),
    col("district_id", "uuid", (e) => e.districtId),
    col("status", "text", (e) => e.status),
    col("attended_hours", "float8", (e) => e.attendedHours),
    col("assessment_passed", "boolean", (e) => (e.status === "completed" ? true : null)),
    col("completed_on", "date", (e) => e.completedOn),
  ],
  stamped: ["enrolled_at"],
};

export const CREDITS: TableSpec<SyntheticCredit> = {
  table: "training_credits",
  columns: [
    col("teacher_id", "uuid", (c) => c.teacherId),
    col("programme_id", "uuid", (c) => c.programmeId),
    col("level", "text", (c) => c.level),
    col("kind", "text", (c) => c.kind),
    col("title", "text", (c) => c.title),
    col("hours", "float8", (c) => c.hours),
    col("credited_on", "date", (c) => c.creditedOn),
  ],
  stamped: ["created_at"],
};

export const ROUNDS: TableSpec<SyntheticRound> = {
  table: "honour_rounds",
  columns: [
    col("id", "uuid", (r) => r.id),
    col("kind", "text", (r) => r.kind),
    col("year", "int", (r) => r.year),
    col("series_no", "int", (r) => r.seriesNo),
    col("window_from", "date", (r) => r.windowFrom),
    col("window_to", "date", (r) => r.windowTo),
    col("stage", "text", (r) => r.stage),
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
  columns: [
    col("round_id", "uuid", (n) => n.roundId),
    col("teacher_id", "uuid", (n) => n.teacherId),
    col("selected", "boolean", (n) => n.selected),
    col("awarded_on", "date", (n) => n.awardedOn),
  ],
};

export const STUDIOS: TableSpec<SyntheticStudio> = {
  table: "teacher_studios",
  columns: [
    col("id", "uuid", (s) => s.id),
    col("type", "text", (s) => s.type),
    col("name", "text", (s) => s.name),
    col("establishment", "text", (s) => s.establishment),
    col("year", "int", (s) => s.year),
    col("leader_id", "uuid", (s) => s.leaderId),
    col("institution_id", "uuid", (s) => s.institutionId),
  ],
  stamped: ["created_at"],
};

/** Every studio counts its leader among its members (as creating one in the app does). */
export const STUDIO_MEMBERS: TableSpec<{ studioId: string; teacherId: string }> = {
  table: "teacher_studio_members",
  columns: [col("studio_id", "uuid", (m) => m.studioId), col("teacher_id", "uuid", (m) => m.teacherId)],
};

export const INTAKES: TableSpec<{ districtId: string; year: number; programme: string; students: number }> = {
  table: "normal_student_intakes",
  columns: [
    col("district_id", "uuid", (i) => i.districtId),
    col("year", "int", (i) => i.year),
    col("programme", "text", (i) => i.programme),
    col("students", "int", (i) => i.students),
  ],
};
