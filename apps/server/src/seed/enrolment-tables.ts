import type {
  SyntheticApplicant,
  SyntheticApplication,
  SyntheticEnrolmentPlan,
  SyntheticEnrolmentRound,
} from "../../../../tools/synthetic-city/enrolment.ts";
import { col, fields, type TableSpec } from "../platform/bulk-insert.ts";

/** How generated enrolment rows map onto migration 0009. */
export const ENROLMENT_ROUNDS: TableSpec<SyntheticEnrolmentRound> = {
  table: "enrolment_rounds",
  columns: [
    ...fields("id:uuid year:int stage name code max_choices:int mechanism second_mechanism"),
    col("calendar", "jsonb", (r) => JSON.stringify(r.calendar)),
    col("seed_digits", "int", (r) => r.seedDigits),
    col("seed_labels", "jsonb", (r) => JSON.stringify(r.seedLabels)),
    col("next_number", "int", (r) => r.nextNumber),
  ],
  stamped: ["created_at", "updated_at"],
};

export const ENROLMENT_PLANS: TableSpec<SyntheticEnrolmentPlan> = {
  table: "enrolment_plans",
  columns: fields("round_id:uuid institution_id:uuid places:int in_lottery:boolean reserved_percent:int"),
  stamped: ["updated_at"],
};

export const ENROLMENT_APPLICATIONS: TableSpec<SyntheticApplication> = {
  table: "enrolment_applications",
  columns: [
    ...fields("id:uuid round_id:uuid number district_id:uuid household residence"),
    col("choices", "jsonb", (a) => JSON.stringify(a.choices)),
    col("status", "text", (a) => a.status),
    col("return_reason", "text", (a) => a.returnReason),
  ],
  stamped: ["created_at", "updated_at"],
};

export const ENROLMENT_APPLICANTS: TableSpec<SyntheticApplicant> = {
  table: "enrolment_applicants",
  columns: fields(`
      number application_id:uuid round_id:uuid name sex birth_date:date id_number resident_id active:boolean
    `),
};
