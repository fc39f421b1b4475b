import { definePolicy } from "./policy.ts";
import { roleRule } from "./role.ts";

/**
 * Teacher records (教师名录) and what hangs off them — postings, reviews, absences, corrections, exchanges.
 * Which teachers an account sees is its org scope, applied in SQL (teachers.queries.ts, `getVisible`).
 */
export const teacherPolicy = definePolicy<void, "read" | "write" | "readIdentity">({
  /** The directory in the account's scope: names, schools, posts, ID numbers masked. */
  read: roleRule("teachers.read"),
  /** Create, edit, record and review: the school or district that holds the teacher. */
  write: roleRule("teachers.write"),
  /** The full ID number and birth date (each look audited); exports carry them for the same roles. */
  readIdentity: roleRule("teachers.personal", "您无权查看教师完整个人信息。"),
});

/** 农村(薄弱)学校任教经历认定: the school or district applies for a teacher, the district certifies. */
export const ruralRecognitionPolicy = definePolicy<void, "apply" | "certify">({
  apply: roleRule("teachers.write"),
  certify: roleRule("ruralExperience.certify", "农村(薄弱)学校任教经历由区县教育局认定。"),
});

/** 定期注册: the district confirms the outcomes the rules give. */
export const registrationPolicy = definePolicy<void, "confirm">({
  confirm: roleRule("registration.confirm"),
});

/** 师德记录: confidential; listed and recorded only by the roles that handle them. */
export const ethicsRecordPolicy = definePolicy<void, "read" | "create">({
  read: roleRule("ethics.read", "师德记录仅限授权角色查看。"),
  create: roleRule("ethics.write", "师德记录仅限授权角色登记。"),
});
