// Public API of the work-plan area: plan files, binding measures, target status and supervision rules.
export * from "./target-kinds.ts";
// IsoDate (a "YYYY-MM-DD" string) is not re-exported: teachers/ exports the same alias.
export { beijingDate, addDays, lastDayOfMonth, type IsoDate } from "./plan-dates.ts";
export * from "./binding-measures.ts";
export * from "./plan-file-schema.ts";
export type { PlanProblem } from "./plan-problems.ts";
export { validatePlanFile } from "./validate-plan-file.ts";
export type { PlanValidation } from "./validate-plan-file.ts";
export * from "./plan-yaml.ts";
export * from "./division-list.ts";
export * from "./target-status.ts";
export * from "./milestone-status.ts";
export * from "./status-rollup.ts";
export * from "./reporting-periods.ts";
export * from "./supervision.ts";
export * from "./attachment-rules.ts";
export * from "./report-lifecycle.ts";
export * from "./reported-value.ts";
export * from "./responsible-units.ts";
export * from "./plan-clock.ts";
