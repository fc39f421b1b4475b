import { isWithin } from "@edubureau/domain";
import type { CrisisDuty } from "@edubureau/domain/campus-safety";
import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import type { ScopedRecord } from "./campus-safety-scope.ts";
import { definePolicy, type Verdict } from "./policy.ts";

/**
 * 心理危机个案 are seen in full only by accounts named as crisis officers (safety_crisis_officers):
 * - a 学校心理教师 (`school_psychologist`, a school account) — the cases of that school;
 * - a 区县心理危机干预负责人 (`district_officer`, a district account) — the cases of the district's schools.
 * No other account, city leaders and administrators included, sees a name or a summary: they get counts and
 * masked rows (see crisis.service.ts). Every full view is audited (SAFETY_CRISIS_CASE_VIEWED).
 */
export interface CrisisActor {
  actor: Actor;
  duty: CrisisDuty | null;
}

export function crisisCaseAccess(who: CrisisActor, r: ScopedRecord): Verdict {
  const { actor, duty } = who;
  if (duty === "school_psychologist" && actor.role === "school" && actor.orgUnitId === r.schoolId)
    return true;
  if (duty === "district_officer" && actor.role === "district" && isWithin(r.schoolPath, actor.scopePath))
    return true;
  return () => problems.forbidden("心理危机个案仅限指定的学校心理教师或区县心理危机干预负责人查看和填写。");
}

export const safetyCrisisCasePolicy = definePolicy<ScopedRecord & { who: CrisisActor }, "read" | "write">({
  read: (_actor, r) => crisisCaseAccess(r.who, r),
  write: (_actor, r) => crisisCaseAccess(r.who, r),
});

/** Naming crisis officers: a district names them for its schools and itself. */
export function authorizeNamingOfficer(actor: Actor, target: { unitPath: string }): void {
  if (actor.role !== "district" || !isWithin(target.unitPath, actor.scopePath))
    throw problems.forbidden("只有区县教育局可以指定本区的心理危机个案负责人。");
}
