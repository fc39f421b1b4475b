import { isWithin } from "@edubureau/domain";
import { ACTION_ACTOR, type RectificationAction } from "@edubureau/domain/inspectorate";
import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import { definePolicy, type Verdict } from "./policy.ts";

/** What the policy needs of a rectification order (整改单). */
export interface RectificationRecord {
  unitId: string;
  unitPath: string;
}

/** The responsible unit and everyone whose scope holds it (its district, the city). SQL: unit path in scope. */
function read(actor: Actor, r: RectificationRecord): Verdict {
  return isWithin(r.unitPath, actor.scopePath) ? true : () => problems.notFound("整改单");
}

function act(actor: Actor, r: RectificationRecord, who: "unit" | "inspector"): Verdict {
  const denied = read(actor, r);
  if (denied !== true) return denied;
  if (who === "unit")
    return actor.orgUnitId === r.unitId && (actor.role === "district" || actor.role === "school")
      ? true
      : () => problems.forbidden("只有整改责任单位可以报送整改方案和材料。");
  return actor.role === "inspector" ? true : () => problems.forbidden("只有督学可以验收、退回或销号。");
}

export const rectificationPolicy = definePolicy<RectificationRecord, "read" | RectificationAction>({
  read,
  submit_plan: (actor, r) => act(actor, r, ACTION_ACTOR.submit_plan),
  submit_evidence: (actor, r) => act(actor, r, ACTION_ACTOR.submit_evidence),
  accept: (actor, r) => act(actor, r, ACTION_ACTOR.accept),
  return: (actor, r) => act(actor, r, ACTION_ACTOR.return),
  close: (actor, r) => act(actor, r, ACTION_ACTOR.close),
});
