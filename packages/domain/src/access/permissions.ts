import type { Role } from "./roles.ts";
import type { OrgUnitKind } from "../org-units/org-unit-kinds.ts";

/** What a role may do. The server checks these on every route; the web only uses them to hide menus. */
export const PERMISSIONS = [
  "orgUnits.read",
  "orgUnits.write",
  "users.read",
  "users.write",
  "audit.read",
  // 短信发件箱: messages the default SMS sender kept (verification codes), for the system administrator only.
  "sms.read",
  "registry.read",
  "institutions.write",
  "designations.write",
  "projects.write",
  "classes.write",
  "data.submit",
  "data.approve",
  "indicators.read",
  // Work plan (工作计划): read the plan and progress; report on one's own tasks; review as lead unit; manage plans.
  "plan.read",
  "plan.report",
  "plan.manage",
  // Enrolment (招生入学): staff view, city set-up and draws, district review, a parent's own applications.
  "enrolment.read",
  "enrolment.manage",
  "enrolment.review",
  "enrolment.apply",
  // Student health (学生体质健康): students and their screenings/fitness results; full personal data.
  "students.read",
  "students.write",
  "students.personal",
  "health.read",
  "health.write",
  // Teachers (教师发展): registry, training, re-registration, honours; ethics records are confidential.
  "teachers.read",
  "teachers.write",
  "teachers.personal",
  "training.manage",
  "registration.confirm",
  "honours.manage",
  "ethics.read",
  "ethics.write",
  "teachers.self",
  // 农村(薄弱)学校任教经历认定: the 区县教育局 (or the city's division) certifies or rejects applications.
  "ruralExperience.certify",
  // 校园安全 (campus safety): read the command board and records in scope; a school reports incidents.
  "safety.read",
  "safety.report",
  // 一网通办: apply for a service (citizens, schools, teachers); handle cases of one's unit; keep the item
  // catalogue; read the hall's statistics.
  "services.apply",
  "services.handle",
  "services.manage",
  "services.stats",
  // Education supervision (教育督导): read its records in scope; inspect (督学); answer rectification orders.
  "inspectorate.read",
  "inspectorate.inspect",
  "inspectorate.rectify",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  sys_admin: [
    "orgUnits.read",
    "orgUnits.write",
    "users.read",
    "users.write",
    "audit.read",
    "sms.read",
    "registry.read",
    "institutions.write",
    "designations.write",
    "projects.write",
    "classes.write",
    "data.approve",
    "indicators.read",
    "plan.read",
    "plan.manage",
    "enrolment.read",
    "enrolment.manage",
    "students.read",
    "students.personal",
    "health.read",
    "teachers.read",
    "teachers.personal",
    "training.manage",
    "honours.manage",
    "ethics.read",
    "safety.read",
    "services.manage",
    "services.stats",
    "inspectorate.read",
  ],
  city_leader: [
    "orgUnits.read",
    "users.read",
    "registry.read",
    "indicators.read",
    "plan.read",
    "enrolment.read",
    "students.read",
    "health.read",
    "teachers.read",
    "safety.read",
    "services.stats",
    "inspectorate.read",
  ],
  // Divisions award designations and confirm reported data city-wide (市局确认).
  city_division: [
    "orgUnits.read",
    "registry.read",
    "designations.write",
    "projects.write",
    "data.approve",
    "indicators.read",
    "plan.read",
    "plan.report",
    "enrolment.read",
    "enrolment.manage",
    "students.read",
    "health.read",
    "teachers.read",
    "training.manage",
    "honours.manage",
    "ethics.read",
    "ethics.write",
    "ruralExperience.certify",
    "safety.read",
    "services.handle",
    "services.manage",
    "services.stats",
    "inspectorate.read",
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
    "plan.read",
    "plan.report",
    "enrolment.read",
    "enrolment.review",
    "students.read",
    "students.write",
    "students.personal",
    "health.read",
    "health.write",
    "teachers.read",
    "teachers.write",
    "teachers.personal",
    "training.manage",
    "registration.confirm",
    "ethics.read",
    "ethics.write",
    "ruralExperience.certify",
    "safety.read",
    "services.handle",
    "services.manage",
    "services.stats",
    "inspectorate.read",
    "inspectorate.rectify",
  ],
  // Schools report their own classes and data (学校提交).
  school: [
    "orgUnits.read",
    "registry.read",
    "classes.write",
    "data.submit",
    "indicators.read",
    "enrolment.read",
    "students.read",
    "students.write",
    "students.personal",
    "health.read",
    "health.write",
    "teachers.read",
    "teachers.write",
    "teachers.personal",
    "safety.read",
    "safety.report",
    "services.apply",
    "inspectorate.read",
    "inspectorate.rectify",
  ],
  // 督学 read the plan and its supervision notices; they neither report nor review. They register the 师德
  // record a substantiated complaint leads to, without reading others' records.
  inspector: [
    "orgUnits.read",
    "registry.read",
    "indicators.read",
    "plan.read",
    "health.read",
    "safety.read",
    "ethics.write",
    "inspectorate.read",
    "inspectorate.inspect",
  ],
  teacher: ["teachers.self", "services.apply"],
  public: ["enrolment.apply", "services.apply"],
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
  "sms.read": "查看短信发件箱",
  "registry.read": "查看学校名录",
  "institutions.write": "维护学校名录",
  "designations.write": "认定称号与试点",
  "projects.write": "管理建设项目",
  "classes.write": "填报班级与学生数",
  "data.submit": "填报数据",
  "data.approve": "审核数据",
  "indicators.read": "查看指标",
  "plan.read": "查看工作计划",
  "plan.report": "填报计划进展",
  "plan.manage": "管理工作计划",
  "enrolment.read": "查看招生入学",
  "enrolment.manage": "管理招生与派位",
  "enrolment.review": "审核入学申请",
  "enrolment.apply": "提交入学申请",
  "students.read": "查看学生",
  "students.write": "维护学生",
  "students.personal": "查看学生完整个人信息",
  "health.read": "查看体质健康",
  "health.write": "录入体检与体测",
  "teachers.read": "查看教师",
  "teachers.write": "维护教师",
  "teachers.personal": "查看教师完整个人信息",
  "training.manage": "管理培训项目",
  "registration.confirm": "确认定期注册",
  "honours.manage": "管理评选与工作室",
  "ethics.read": "查看师德记录",
  "ethics.write": "登记师德记录",
  "teachers.self": "查看本人教师档案",
  "ruralExperience.certify": "认定农村(薄弱)学校任教经历",
  "safety.read": "查看校园安全信息",
  "safety.report": "报告校园安全事件",
  "services.apply": "网上办事",
  "services.handle": "办理政务服务办件",
  "services.manage": "管理政务服务事项清单",
  "services.stats": "查看政务服务统计",
  "inspectorate.read": "查看教育督导",
  "inspectorate.inspect": "开展督导评估与验收整改",
  "inspectorate.rectify": "落实督导整改",
};
