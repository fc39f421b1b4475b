import type { Role } from "./roles.ts";
import type { OrgUnitKind } from "../org-units/org-unit-kinds.ts";

/** What a role may do. The server checks these on every route; the web only uses them to hide menus. */
export const PERMISSIONS = [
  "orgUnits.read",
  "orgUnits.write",
  "users.read",
  "users.write",
  "audit.read",
  "registry.read",
  "institutions.write",
  "designations.write",
  "projects.write",
  "classes.write",
  "data.submit",
  "data.approve",
  "indicators.read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  sys_admin: [
    "orgUnits.read",
    "orgUnits.write",
    "users.read",
    "users.write",
    "audit.read",
    "registry.read",
    "institutions.write",
    "designations.write",
    "projects.write",
    "classes.write",
    "data.approve",
    "indicators.read",
  ],
  city_leader: ["orgUnits.read", "users.read", "registry.read", "indicators.read"],
  // Divisions award designations and confirm reported data city-wide (市局确认).
  city_division: [
    "orgUnits.read",
    "registry.read",
    "designations.write",
    "projects.write",
    "data.approve",
    "indicators.read",
  ],
  // Districts run their institutions and projects and review their schools' reports (区县审核).
  district: [
    "orgUnits.read",
    "orgUnits.write",
    "users.read",
    "users.write",
    "registry.read",
    "institutions.write",
    "projects.write",
    "classes.write",
    "data.submit",
    "data.approve",
    "indicators.read",
  ],
  // Schools report their own classes and data (学校提交).
  school: ["orgUnits.read", "registry.read", "classes.write", "data.submit", "indicators.read"],
  inspector: ["orgUnits.read", "registry.read", "indicators.read"],
  teacher: [],
  public: [],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/**
 * Roles an account holder may hand out. Only a 系统管理员 creates city-level accounts;
 * a 区县教育局 account manages the accounts of its own schools and teachers.
 */
const ASSIGNABLE: Record<Role, readonly Role[]> = {
  sys_admin: [
    "sys_admin",
    "city_leader",
    "city_division",
    "district",
    "school",
    "inspector",
    "teacher",
    "public",
  ],
  district: ["district", "school", "teacher"],
  city_leader: [],
  city_division: [],
  school: [],
  inspector: [],
  teacher: [],
  public: [],
};

export function canAssignRole(actor: Role, target: Role): boolean {
  return ASSIGNABLE[actor].includes(target);
}

/** The kind of org unit an account of each role sits on. */
const ROLE_ORG_UNIT_KINDS: Record<Role, readonly OrgUnitKind[]> = {
  sys_admin: ["city"],
  city_leader: ["city"],
  city_division: ["division"],
  inspector: ["city", "division", "district"],
  district: ["district"],
  school: ["institution"],
  teacher: ["institution"],
  public: ["city"],
};

export function roleFitsOrgUnit(role: Role, kind: OrgUnitKind): boolean {
  return ROLE_ORG_UNIT_KINDS[role].includes(kind);
}

export const PERMISSION_LABELS: Record<Permission, string> = {
  "orgUnits.read": "查看组织机构",
  "orgUnits.write": "维护组织机构",
  "users.read": "查看用户",
  "users.write": "管理用户",
  "audit.read": "查看审计日志",
  "registry.read": "查看学校名录",
  "institutions.write": "维护学校名录",
  "designations.write": "认定称号与试点",
  "projects.write": "管理建设项目",
  "classes.write": "填报班级与学生数",
  "data.submit": "填报数据",
  "data.approve": "审核数据",
  "indicators.read": "查看指标",
};
