export * from "./enrolment-calendar.ts";
export * from "./enrolment-stages.ts";
export * from "./enrolment-plans.ts";
export * from "./application-rules.ts";
export * from "./application-number.ts";
export * from "./application-materials.ts";
