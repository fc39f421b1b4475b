import { labelledCodes } from "../labelled-codes.ts";

/** Roles of EduBureau accounts. Each account has exactly one role and one org unit. */
export const { codes: ROLES, labels: ROLE_LABELS } = labelledCodes({
  sys_admin: "系统管理员",
  city_leader: "市局领导",
  city_division: "市局处室",
  district: "区县教育局",
  school: "学校",
  inspector: "督学",
  teacher: "教师",
  public: "公众",
});
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Roles whose data scope is the whole city even though their account sits on a
 * division (处室) or the city unit: leaders read all, divisions supervise all districts.
 */
const CITY_WIDE_ROLES: ReadonlySet<Role> = new Set([
  "sys_admin",
  "city_leader",
  "city_division",
  "inspector",
]);

export function hasCityWideScope(role: Role): boolean {
  return CITY_WIDE_ROLES.has(role);
}
