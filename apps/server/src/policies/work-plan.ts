import { definePolicy } from "./policy.ts";
import { roleRule } from "./role.ts";

/**
 * The work plan itself (focus areas, tasks, targets): staff who follow the plan read it. Progress reports
 * have their own policy (plan-report.ts).
 */
export const workPlanPolicy = definePolicy<void, "read">({
  read: roleRule("plan.read"),
});
