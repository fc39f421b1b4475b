import { isWithin, type Role } from "@edubureau/domain";
import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import type { Verdict } from "./policy.ts";

/**
 * Shared rules of the campus-safety policies: every record hangs off a school (or, for 舆情, a unit), and an
 * account sees it when the unit lies within its scope. Teachers and the public see none of it.
 * The list queries apply the same rule in SQL (`org_units.path like scopePath || '%'`) before any limit.
 */
const STAFF: ReadonlySet<Role> = new Set([
  "sys_admin",
  "city_leader",
  "city_division",
  "inspector",
  "district",
  "school",
]);

export interface ScopedRecord {
  /** The school (or unit) the record belongs to, and its org-tree path. */
  schoolId: string;
  schoolPath: string;
}

export const isSafetyStaff = (actor: Actor): boolean => STAFF.has(actor.role);

export function readInScope(what: string) {
  return (actor: Actor, r: ScopedRecord): Verdict =>
    isSafetyStaff(actor) && isWithin(r.schoolPath, actor.scopePath) ? true : () => problems.notFound(what);
}

/** The school itself. */
export const isOwnSchool = (actor: Actor, r: ScopedRecord): boolean =>
  actor.role === "school" && actor.orgUnitId === r.schoolId;

/** The district education bureau over the school. */
export const isSupervisingDistrict = (actor: Actor, r: ScopedRecord): boolean =>
  actor.role === "district" && isWithin(r.schoolPath, actor.scopePath);

/** The city's divisions (安全处 among them) act on any school. */
export const isCityDivision = (actor: Actor): boolean => actor.role === "city_division";

/** Lists and boards: staff only; the rows are then limited to the actor's scope in SQL. */
export function requireSafetyStaff(actor: Actor): void {
  if (!isSafetyStaff(actor)) throw problems.forbidden("校园安全信息仅限教育行政部门和学校账号查看。");
}
