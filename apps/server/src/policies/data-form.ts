import {
  approvalLevelOf,
  checkApprovalAction,
  isLocked,
  type ApprovalAction,
  type ApprovalStatus,
} from "@edubureau/domain/indicators";
import type { Actor } from "../http/actor.ts";
import { problems } from "../http/problem.ts";
import { definePolicy, type Verdict } from "./policy.ts";
import { roleRule } from "./role.ts";

/**
 * A unit's data form for one period (数据填报): 学校提交 → 区县审核 → 市局确认, or reopened to 草稿. Which units
 * an account may fill or review is its org scope (`orgUnits.getInScope`); the step rules are the domain's.
 */
export interface DataFormRecord {
  status: ApprovalStatus;
}

/** The role that may take each step at all. */
const stepRole = {
  submit: roleRule("data.submit"),
  approve: roleRule("data.approve"),
  confirm: roleRule("data.approve"),
  reopen: roleRule("data.approve"),
} satisfies Record<ApprovalAction, (actor: Actor) => Verdict>;

/** A step: the role, the actor's approval tier, and the life cycle's rule for the form's status. */
function step(action: ApprovalAction) {
  return (actor: Actor, form: DataFormRecord): Verdict => {
    const level = approvalLevelOf(actor.role);
    if (level === null || stepRole[action](actor) !== true) return () => problems.forbidden();
    const check = checkApprovalAction({ status: form.status, action, level, reason: "-" });
    return check.ok ? true : () => problems.forbidden(check.message);
  };
}

/** The web shows exactly the buttons `abilities` allows. */
export const dataFormPolicy = definePolicy<DataFormRecord, "edit" | ApprovalAction>({
  edit: (actor, form) =>
    stepRole.submit(actor) === true && !isLocked(form.status) ? true : () => problems.forbidden(),
  submit: step("submit"),
  approve: step("approve"),
  confirm: step("confirm"),
  reopen: step("reopen"),
});

/** Before the form is read: may the actor take this step at all (its role)? */
export const dataStepPolicy = definePolicy<void, ApprovalAction>(stepRole);
