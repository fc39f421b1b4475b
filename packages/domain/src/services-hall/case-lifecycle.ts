import { labelledCodes } from "../labelled-codes.ts";

/**
 * The life cycle of a service case (办件): 待受理 → 受理 / 不予受理 (reason) / 补正 (一次性告知: every missing
 * item at once; the applicant resubmits and it is 待受理 again) → 审核 (the item's steps, in order) → 办结
 * (准予 or 不予, with reason) → 送达 (the electronic result). The clock starts at 受理.
 */
export const { codes: CASE_STATUSES, labels: CASE_STATUS_LABELS } = labelledCodes({
  submitted: "待受理",
  correction: "待补正",
  notAccepted: "不予受理",
  reviewing: "审核中",
  concluded: "已办结",
  delivered: "已送达",
});
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type CaseOutcome = "approved" | "refused";
export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = { approved: "准予办理", refused: "不予办理" };

/** A review step of an item, by the role that acts on it inside the handling unit. */
export interface ReviewStep {
  name: string;
  role: string;
}

export type CaseAction =
  | { kind: "accept" }
  | { kind: "notAccept"; reason: string }
  | { kind: "requestCorrection"; items: readonly string[] }
  | { kind: "resubmit" }
  | { kind: "review"; decision: "pass" }
  | { kind: "review"; decision: "refuse"; reason: string }
  | { kind: "deliver" };

export interface CaseState {
  status: CaseStatus;
  /** Index of the current review step while reviewing. */
  stepIndex: number;
  outcome: CaseOutcome | null;
}

export interface CaseActor {
  accountId: string;
  orgUnitId: string;
  role: string;
}

export interface CaseParties {
  /** Null for a counter case (no online account). */
  applicantId: string | null;
  handlingUnitId: string;
  steps: readonly ReviewStep[];
}

export type Transition = { ok: true; state: CaseState; note: string } | { ok: false; reason: string };

const refuse = (reason: string): Transition => ({ ok: false, reason });

function wrongState(state: CaseState, expected: CaseStatus[]): Transition | null {
  if (expected.includes(state.status)) return null;
  return refuse(
    `办件当前为“${CASE_STATUS_LABELS[state.status]}”，不能进行此操作（应为“${expected.map((s) => CASE_STATUS_LABELS[s]).join("”或“")}”）。`,
  );
}

/** Who acts on the case for an action: the applicant resubmits; the handling unit does the rest. */
export function actorMayAct(
  actor: CaseActor,
  parties: CaseParties,
  state: CaseState,
  kind: CaseAction["kind"],
): string | null {
  if (kind === "resubmit")
    return actor.accountId === parties.applicantId ? null : "只有申请人可以补正后重新提交。";
  if (actor.orgUnitId !== parties.handlingUnitId) return "本单位不是该事项的办理单位，不能办理此办件。";
  if (kind === "review") {
    const step = parties.steps[state.stepIndex];
    if (step && step.role !== actor.role) return `当前环节“${step.name}”由其他岗位办理。`;
  }
  return null;
}

const blank = (text: string) => text.trim().length === 0;

/** The next state of a case, or the Chinese reason why the action is refused. Pure: the service writes it. */
export function transition(state: CaseState, action: CaseAction, steps: readonly ReviewStep[]): Transition {
  switch (action.kind) {
    case "accept":
      return (
        wrongState(state, ["submitted"]) ?? {
          ok: true,
          state:
            steps.length === 0
              ? { status: "concluded", stepIndex: 0, outcome: "approved" }
              : { status: "reviewing", stepIndex: 0, outcome: null },
          note: "受理",
        }
      );
    case "notAccept":
      if (blank(action.reason)) return refuse("不予受理必须说明理由。");
      return (
        wrongState(state, ["submitted"]) ?? {
          ok: true,
          state: { status: "notAccepted", stepIndex: 0, outcome: null },
          note: `不予受理：${action.reason.trim()}`,
        }
      );
    case "requestCorrection": {
      const items = action.items.map((i) => i.trim()).filter((i) => i.length > 0);
      if (items.length === 0) return refuse("补正告知必须一次性列明需要补正的全部材料或内容。");
      return (
        wrongState(state, ["submitted"]) ?? {
          ok: true,
          state: { status: "correction", stepIndex: 0, outcome: null },
          note: `一次性告知补正：${items.join("；")}`,
        }
      );
    }
    case "resubmit":
      return (
        wrongState(state, ["correction"]) ?? {
          ok: true,
          state: { status: "submitted", stepIndex: 0, outcome: null },
          note: "补正后重新提交",
        }
      );
    case "review": {
      const wrong = wrongState(state, ["reviewing"]);
      if (wrong) return wrong;
      const step = steps[state.stepIndex];
      const name = step?.name ?? "审核";
      if (action.decision === "refuse") {
        if (blank(action.reason)) return refuse("不予办理必须说明理由。");
        return {
          ok: true,
          state: { status: "concluded", stepIndex: state.stepIndex, outcome: "refused" },
          note: `${name}：不予办理，${action.reason.trim()}`,
        };
      }
      const last = state.stepIndex >= steps.length - 1;
      return {
        ok: true,
        state: last
          ? { status: "concluded", stepIndex: state.stepIndex, outcome: "approved" }
          : { status: "reviewing", stepIndex: state.stepIndex + 1, outcome: null },
        note: last ? `${name}：通过，准予办理` : `${name}：通过`,
      };
    }
    case "deliver":
      return (
        wrongState(state, ["concluded"]) ?? {
          ok: true,
          state: { ...state, status: "delivered" },
          note: "电子结果已送达",
        }
      );
  }
}

/** Where the case is and who holds it, in the applicant's words. */
export function whoHolds(state: CaseState, steps: readonly ReviewStep[], unitName: string): string {
  switch (state.status) {
    case "submitted":
      return `${unitName}（待受理）`;
    case "correction":
      return "申请人（待补正）";
    case "reviewing":
      return `${unitName}（${steps[state.stepIndex]?.name ?? "审核"}）`;
    case "concluded":
      return `${unitName}（待送达）`;
    case "notAccepted":
    case "delivered":
      return "已结束";
  }
}

/** The applicant rates after 办结 (concluded or delivered), once. */
export function mayRate(status: CaseStatus): boolean {
  return status === "concluded" || status === "delivered";
}

export function isOpen(status: CaseStatus): boolean {
  return status === "submitted" || status === "correction" || status === "reviewing";
}
