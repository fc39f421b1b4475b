import { can, isWithin } from "@edubureau/domain";
import {
  actorMayAct,
  mayRate,
  transition,
  type CaseAction,
  type CaseStatus,
  type ReviewStep,
} from "@edubureau/domain/services-hall";
import type { Actor } from "../http/actor.ts";
import { AppError, problems } from "../http/problem.ts";
import { definePolicy, firstDenial, type Verdict } from "./policy.ts";

/** What the policy needs of a service case (办件). */
export interface ServiceCaseRecord {
  /** Null for a counter case: no online account acts on it. */
  applicantId: string | null;
  handlingUnitId: string;
  handlingUnitPath: string;
  status: CaseStatus;
  stepIndex: number;
  steps: readonly ReviewStep[];
  rated: boolean;
  badRatingOpen: boolean;
}

/**
 * Who sees a case: its applicant, and staff who handle cases or read the hall's figures with the handling
 * unit in their scope (a district never sees another district's cases). Lists apply the same rule in SQL
 * before their limit (service-cases.queries.ts, `listCases` with `caseScope`).
 */
function read(actor: Actor, c: ServiceCaseRecord): Verdict {
  if (actor.userId === c.applicantId) return true;
  const staff = can(actor.role, "services.handle") || can(actor.role, "services.stats");
  return staff && isWithin(c.handlingUnitPath, actor.scopePath) ? true : () => problems.notFound("办件");
}

const kindOf = (c: ServiceCaseRecord) => ({
  applicantId: c.applicantId,
  handlingUnitId: c.handlingUnitId,
  steps: c.steps,
});
const state = (c: ServiceCaseRecord) => ({ status: c.status, stepIndex: c.stepIndex, outcome: null });

/** A unit's action on the case: the handling unit's staff, the step's role, a state the action fits. */
function act(kind: CaseAction["kind"]) {
  return (actor: Actor, c: ServiceCaseRecord): Verdict =>
    firstDenial(
      () => read(actor, c),
      () => (kind === "resubmit" || can(actor.role, "services.handle") ? true : () => problems.forbidden()),
      () => {
        const denied = actorMayAct(
          { accountId: actor.userId, orgUnitId: actor.orgUnitId, role: actor.role },
          kindOf(c),
          state(c),
          kind,
        );
        return denied === null ? true : () => problems.forbidden(denied);
      },
      () => {
        const probe = PROBES[kind];
        const next = transition(state(c), probe, c.steps);
        return next.ok || !next.reason.startsWith("办件当前为")
          ? true
          : () => new AppError("conflict", "办件状态已变化", next.reason);
      },
    );
}

/** An action of each kind with valid content, to ask the life cycle whether the state allows it. */
const PROBES: Record<CaseAction["kind"], CaseAction> = {
  accept: { kind: "accept" },
  notAccept: { kind: "notAccept", reason: "—" },
  requestCorrection: { kind: "requestCorrection", items: ["—"] },
  resubmit: { kind: "resubmit" },
  review: { kind: "review", decision: "pass" },
  deliver: { kind: "deliver" },
};

export const serviceCasePolicy = definePolicy<
  ServiceCaseRecord,
  | "read"
  | "readMaterials"
  | "accept"
  | "notAccept"
  | "requestCorrection"
  | "resubmit"
  | "review"
  | "deliver"
  | "rate"
  | "answerRating"
>({
  read,
  /** Materials are private to the applicant and the handling unit. */
  readMaterials: (actor, c) =>
    actor.userId === c.applicantId ||
    (actor.orgUnitId === c.handlingUnitId && can(actor.role, "services.handle"))
      ? true
      : () => problems.notFound("办件材料"),
  accept: act("accept"),
  notAccept: act("notAccept"),
  requestCorrection: act("requestCorrection"),
  resubmit: act("resubmit"),
  review: act("review"),
  deliver: act("deliver"),
  /** 好差评: the applicant, once, after 办结. */
  rate: (actor, c) =>
    firstDenial(
      () => (actor.userId === c.applicantId ? true : () => problems.forbidden("只有申请人可以评价。")),
      () => (mayRate(c.status) ? true : () => problems.conflict("办件办结后才能评价。")),
      () => (!c.rated ? true : () => problems.conflict("该办件已评价，不能重复评价。")),
    ),
  /** A bad rating's follow-up: the handling unit answers. */
  answerRating: (actor, c) =>
    firstDenial(
      () =>
        actor.orgUnitId === c.handlingUnitId && can(actor.role, "services.handle")
          ? true
          : () => problems.forbidden("只有办理单位可以答复差评。"),
      () => (c.badRatingOpen ? true : () => problems.conflict("该办件没有待答复的差评。")),
    ),
});

/** The read rule as data for a list query. */
export function caseScope(actor: Actor): { userId: string; handles: boolean; scopePath: string } {
  return {
    userId: actor.userId,
    handles: can(actor.role, "services.handle") || can(actor.role, "services.stats"),
    scopePath: actor.scopePath,
  };
}
