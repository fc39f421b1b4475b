import type {
  SyntheticApplicant,
  SyntheticApplication,
  SyntheticEnrolmentPlan,
  SyntheticEnrolmentRound,
} from "../../../../tools/synthetic-city/enrolment.ts";
import type { Column, TableSpec } from "../platform/bulk-insert.ts";

/** How generated enrolment rows map onto migration 0009. */
function col<T>(name: string, type: string, value: Column<T>["value"]): Column<T> {
  return { name, type, value };
}

export const ENROLMENT_ROUNDS: TableSpec<SyntheticEnrolmentRound> = {
  table: "enrolment_rounds",
  columns: [
    col("id", "uuid", (r) => r.id),
    col("year", "int", (r) => r.year),
    col("stage", "text", (r) => r.stage),
    col("name", "text", (r) => r.name),
    col("code", "text", (r) => r.code),
    col("max_choices", "int", (r) => r.maxChoices),
    col("mechanism", "text", (r) => r.mechanism),
    col("second_mechanism", "text", (r) => r.secondMechanism),
    col("calendar", "jsonb", (r) => JSON.stringify(r.calendar)),
    col("seed_digits", "int", (r) => r.seedDigits),
    col("seed_labels", "jsonb", (r) => JSON.stringify(r.seedLabels)),
    col("next_number", "int", (r) => r.nextNumber),
  ],
  stamped: ["created_at", "updated_at"],
};

export const ENROLMENT_PLANS: TableSpec<SyntheticEnrolmentPlan> = {
  table: "enrolment_plans",
  columns: [
    col("round_id", "uuid", (p) => p.roundId),
    col("institution_id", "uuid", (p) => p.institutionId),
    col("places", "int", (p) => p.places),
    col("in_lottery", "boolean", (p) => p.inLottery),
    col("reserved_percent", "int", (p) => p.reservedPercent),
  ],
  stamped: ["updated_at"],
};

export const ENROLMENT_APPLICATIONS: TableSpec<SyntheticApplication> = {
  table: "enrolment_applications",
  columns: [
    col("id", "uuid", (a) => a.id),
    col("round_id", "uuid", (a) => a.roundId),
    col("number", "text", (a) => a.number),
    col("district_id", "uuid", (a) => a.districtId),
    col("household", "text", (a) => a.household),
    col("residence", "text", (a) => a.residence),
    col("choices", "jsonb", (a) => JSON.stringify(a.choices)),
    col("status", "text", (a) => a.status),
    col("return_reason", "text", (a) => a.returnReason),
  ],
  stamped: ["created_at", "updated_at"],
};

export const ENROLMENT_APPLICANTS: TableSpec<SyntheticApplicant> = {
  table: "enrolment_applicants",
  columns: [
    col("number", "text", (a) => a.number),
    col("application_id", "uuid", (a) => a.applicationId),
    col("round_id", "uuid", (a) => a.roundId),
    col("name", "text", (a) => a.name),
    col("sex", "text", (a) => a.sex),
    col("birth_date", "date", (a) => a.birthDate),
    col("id_number", "text", (a) => a.idNumber),
    col("resident_id", "text", (a) => a.residentId),
    col("active", "boolean", (a) => a.active),
  ],
};
