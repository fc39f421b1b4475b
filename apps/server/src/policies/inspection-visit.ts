import { isWithin } from "@edubureau/domain";
import { isVisitRevealed } from "@edubureau/domain/inspectorate";
import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import { definePolicy, firstDenial, type Verdict } from "./policy.ts";

/** What the policy needs of one visit of a special inspection (专项督导). */
export interface InspectionVisitRecord {
  schoolPath: string;
  visitDate: string;
  unannounced: boolean;
  /** 督学 named on the plan. */
  planInspectorIds: ReadonlySet<string>;
  status: "scheduled" | "recorded";
  /** Beijing date today. */
  today: string;
}

const isPlanInspector = (actor: Actor, r: InspectionVisitRecord) =>
  actor.role === "inspector" && r.planInspectorIds.has(actor.userId);

/**
 * An unannounced (暗访) visit is sealed until its date: before then only the plan's own 督学 see it —
 * not the school, not its district, not other city accounts. SQL mirror: `visitReadScope`.
 */
function read(actor: Actor, r: InspectionVisitRecord): Verdict {
  if (isPlanInspector(actor, r)) return true;
  if (r.unannounced && !isVisitRevealed(r.visitDate, r.today)) return () => problems.notFound("督导访视");
  return isWithin(r.schoolPath, actor.scopePath) ? true : () => problems.notFound("督导访视");
}

export const inspectionVisitPolicy = definePolicy<InspectionVisitRecord, "read" | "record">({
  read,
  record: (actor, r) =>
    firstDenial(
      () =>
        isPlanInspector(actor, r) ? true : () => problems.forbidden("您不是该督导计划的督学，不能记录访视。"),
      () =>
        r.today >= r.visitDate
          ? true
          : () => problems.conflict(`访视日期为 ${r.visitDate}，当天起才能记录。`),
      () => (r.status === "scheduled" ? true : () => problems.conflict("该访视已记录。")),
    ),
});

/** The read rule as data for a list: plan membership, the seal date and the scope. */
export function visitReadScope(actor: Actor, today: string) {
  return { userId: actor.role === "inspector" ? actor.userId : null, scopePath: actor.scopePath, today };
}
