import { definePolicy } from "./policy.ts";
import { roleRule } from "./role.ts";

/**
 * 名师名校长评选 and 工作室: the division manages rounds and studios; schools, districts and the division
 * nominate their own teachers (which teachers is the org scope, checked on the teacher). The 公费师范生
 * intake is kept by the training office.
 */
export const honoursPolicy = definePolicy<void, "manage" | "nominate" | "setIntake">({
  manage: roleRule("honours.manage"),
  nominate: roleRule(["honours.manage", "teachers.write"]),
  setIntake: roleRule("training.manage"),
});
