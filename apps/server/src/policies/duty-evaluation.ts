import { isWithin } from "@edubureau/domain";
import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import { definePolicy, firstDenial, type Verdict } from "./policy.ts";

/** What the policy needs of a district's 履职评价. */
export interface DutyEvaluationRecord {
  districtId: string;
  districtPath: string;
  status: "self_evaluating" | "submitted" | "verified";
}

/**
 * A district sees its own evaluation only; the city (督学, leaders, divisions) sees all. Lists apply the
 * same rule in SQL (`evaluationScope`: the district's path under the actor's scope) before their limit.
 */
function read(actor: Actor, r: DutyEvaluationRecord): Verdict {
  return isWithin(r.districtPath, actor.scopePath) ? true : () => problems.notFound("履职评价");
}

export const dutyEvaluationPolicy = definePolicy<DutyEvaluationRecord, "read" | "selfEvaluate" | "verify">({
  read,
  /** Self-scores, evidence and submission: the district itself, until it submits. */
  selfEvaluate: (actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        actor.role === "district" && actor.orgUnitId === r.districtId
          ? true
          : () => problems.forbidden("只有被评价的区县可以填写自评。"),
      () => (r.status === "self_evaluating" ? true : () => problems.conflict("自评已提交，不能再修改。")),
    ),
  /** Verification scores and the conclusion: a 督学, once the district has submitted. */
  verify: (actor, r) =>
    firstDenial(
      () => read(actor, r),
      () => (actor.role === "inspector" ? true : () => problems.forbidden("只有督学可以核查评分。")),
      () =>
        r.status === "submitted"
          ? true
          : () =>
              problems.conflict(
                r.status === "verified" ? "该评价已核定，不能再修改。" : "区县尚未提交自评，不能核查。",
              ),
    ),
});

export function evaluationScope(actor: Actor): { scopePath: string } {
  return { scopePath: actor.scopePath };
}
