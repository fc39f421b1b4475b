import {
  APPROVAL_STATUS_LABELS,
  isLocked,
  type ApprovalAction,
  type ApprovalStatus,
} from "@edubureau/domain/indicators";
import type { Actor } from "../../http/actor.ts";
import { problems, type AppError } from "../../http/problem.ts";
import { dataFormPolicy } from "../../policies/data-form.ts";
import type { DataApprovalRow } from "./indicators.tables.ts";

// How an approval state is shown to the actor and how each step changes the row.

export type Approval = Pick<
  DataApprovalRow,
  "status" | "submittedAt" | "districtApprovedAt" | "cityConfirmedAt" | "returnedReason"
>;

export const DRAFT: Approval = {
  status: "draft",
  submittedAt: null,
  districtApprovedAt: null,
  cityConfirmedAt: null,
  returnedReason: null,
};

export function approvalView(row: Approval) {
  return {
    status: row.status,
    statusLabel: APPROVAL_STATUS_LABELS[row.status],
    locked: isLocked(row.status),
    submittedAt: row.submittedAt,
    districtApprovedAt: row.districtApprovedAt,
    cityConfirmedAt: row.cityConfirmedAt,
    returnedReason: row.returnedReason,
  };
}

/** What the actor may do with a form in this state: the web shows exactly these buttons. */
export function allowedActions(actor: Actor, status: ApprovalStatus) {
  return dataFormPolicy.abilities(actor, { status });
}

export function approvalProblem(problem: "state" | "tier" | "reason", message: string): AppError {
  switch (problem) {
    case "state":
      return problems.conflict(message);
    case "tier":
      return problems.forbidden(message);
    case "reason":
      return problems.field("reason", message);
  }
}

export function transitionPatch(
  action: ApprovalAction,
  who: { userId: string; at: Date; reason: string | null },
): Partial<DataApprovalRow> {
  switch (action) {
    case "submit":
      return { submittedBy: who.userId, submittedAt: who.at, returnedReason: null, updatedAt: who.at };
    case "approve":
      return { districtApprovedBy: who.userId, districtApprovedAt: who.at, updatedAt: who.at };
    case "confirm":
      return { cityConfirmedBy: who.userId, cityConfirmedAt: who.at, updatedAt: who.at };
    case "reopen":
      // The history stays in the audit log; the form starts a new round with the reason shown.
      return {
        submittedBy: null,
        submittedAt: null,
        districtApprovedBy: null,
        districtApprovedAt: null,
        cityConfirmedBy: null,
        cityConfirmedAt: null,
        returnedReason: who.reason,
        updatedAt: who.at,
      };
  }
}
