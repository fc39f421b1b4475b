import { definePolicy } from "./policy.ts";
import { roleRule } from "./role.ts";

/**
 * Pupils' personal data: masked by default; the full record (every look audited) and unmasked exports only
 * for the roles that need them. Which pupils an account sees is its org scope, applied in SQL.
 */
export const studentPolicy = definePolicy<void, "readPersonal">({
  readPersonal: roleRule("students.personal"),
});

/** Enrolment applications (招生报名): the full ID numbers, for checking against the household register. */
export const enrolmentApplicationPolicy = definePolicy<void, "readPersonal">({
  readPersonal: roleRule("students.personal", "您的角色无权查看完整证件号码。"),
});
