import { APPROVED_STATUSES, type ApprovalStatus } from "./data-approval.ts";

/**
 * Which reported data a figure counts — the one rule every indicator, plan target and export follows.
 * A unit's figures (a school's class list, a district's form) count once 区县审核 or 市局确认 has
 * passed them. The reporting unit itself may also look at its own unapproved figures, labelled so;
 * nobody else ever sees another unit's draft or submission in a figure.
 */
export type DataBasis = { kind: "approved" } | { kind: "approved_and_own"; ownUnitId: string };

export const APPROVED_ONLY: DataBasis = { kind: "approved" };

export const DATA_BASIS_LABELS: Record<DataBasis["kind"], string> = {
  approved: "仅计已审核数据",
  approved_and_own: "含本单位未审核数据",
};

/** The basis a view asks for: approved only, unless the actor asks to see its own unit's unapproved figures. */
export function dataBasisFor(actor: { orgUnitId: string }, includeOwnUnapproved: boolean): DataBasis {
  return includeOwnUnapproved ? { kind: "approved_and_own", ownUnitId: actor.orgUnitId } : APPROVED_ONLY;
}

export function isApproved(status: ApprovalStatus | null): boolean {
  return status !== null && APPROVED_STATUSES.includes(status);
}

/** Whether one unit's figures for a period count under `basis`; `status` null: never submitted. */
export function countsInFigures(
  row: { orgUnitId: string; status: ApprovalStatus | null },
  basis: DataBasis,
): boolean {
  if (isApproved(row.status)) return true;
  switch (basis.kind) {
    case "approved":
      return false;
    case "approved_and_own":
      return row.orgUnitId === basis.ownUnitId;
  }
}
