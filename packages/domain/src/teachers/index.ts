// IsoDate (a "YYYY-MM-DD" string) stays internal: work-plan exports a type of the same name and meaning.
export type { DatePeriod } from "./date-periods.ts";
export * from "./teacher-profile.ts";
export * from "./training-credits.ts";
export * from "./training-enrolment.ts";
export * from "./annual-review.ts";
export * from "./registration-cycle.ts";
export * from "./first-registration.ts";
export * from "./re-registration-types.ts";
export * from "./re-registration.ts";
export * from "./rural-experience.ts";
export * from "./honour-round-series.ts";
export * from "./honour-rounds.ts";
export * from "./teacher-number.ts";
export * from "./teacher-sheet.ts";
export * from "./teacher-post.ts";
