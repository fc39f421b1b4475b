import { labelledCodes } from "../labelled-codes.ts";

/**
 * 整改 life cycle: 下达 (ordered) → 整改方案已报 (plan_submitted) → 整改材料已报 (evidence_submitted) →
 * 验收通过 (accepted) or 退回 (returned, back to the unit for more evidence) → 销号 (closed).
 * The responsible unit writes the plan and the evidence; the inspector accepts, returns and closes.
 */
export const { codes: RECTIFICATION_STATES, labels: RECTIFICATION_STATE_LABELS } = labelledCodes({
  ordered: "已下达",
  plan_submitted: "整改方案已报",
  evidence_submitted: "整改材料待验收",
  returned: "已退回",
  accepted: "验收通过",
  closed: "已销号",
});
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export type RectificationAction = "submit_plan" | "submit_evidence" | "accept" | "return" | "close";

export const RECTIFICATION_ACTION_LABELS: Record<RectificationAction, string> = {
  submit_plan: "报送整改方案",
  submit_evidence: "报送整改材料",
  accept: "验收通过",
  return: "退回",
  close: "销号",
};

/** Who acts: the responsible unit (整改单位) or the inspector (督学). */
export const ACTION_ACTOR: Record<RectificationAction, "unit" | "inspector"> = {
  submit_plan: "unit",
  submit_evidence: "unit",
  accept: "inspector",
  return: "inspector",
  close: "inspector",
};

const FROM: Record<RectificationAction, readonly RectificationState[]> = {
  submit_plan: ["ordered", "plan_submitted"],
  submit_evidence: ["plan_submitted", "returned"],
  accept: ["evidence_submitted"],
  return: ["evidence_submitted"],
  close: ["accepted"],
};

const TO: Record<RectificationAction, RectificationState> = {
  submit_plan: "plan_submitted",
  submit_evidence: "evidence_submitted",
  accept: "accepted",
  return: "returned",
  close: "closed",
};

export interface TransitionInput {
  state: RectificationState;
  action: RectificationAction;
  /** Evidence files attached so far. */
  evidenceCount: number;
  /** The plan text, the evidence note or the reason for a return. */
  text: string;
}

export type TransitionResult = { ok: true; next: RectificationState } | { ok: false; message: string };

export const MIN_TEXT = 5;

export function rectificationTransition(input: TransitionInput): TransitionResult {
  const { state, action, evidenceCount } = input;
  const text = input.text.trim();
  if (!FROM[action].includes(state))
    return {
      ok: false,
      message: `整改单当前为“${RECTIFICATION_STATE_LABELS[state]}”，不能${RECTIFICATION_ACTION_LABELS[action]}`,
    };
  switch (action) {
    case "submit_plan":
      if (text.length < MIN_TEXT) return { ok: false, message: `请填写整改方案（至少 ${MIN_TEXT} 个字）` };
      break;
    case "submit_evidence":
      if (evidenceCount < 1) return { ok: false, message: "请先上传整改佐证材料，再报送" };
      if (text.length < MIN_TEXT)
        return { ok: false, message: `请填写整改情况说明（至少 ${MIN_TEXT} 个字）` };
      break;
    case "return":
      if (text.length < MIN_TEXT) return { ok: false, message: `请写明退回原因（至少 ${MIN_TEXT} 个字）` };
      break;
    case "accept":
    case "close":
      if (evidenceCount < 1) return { ok: false, message: "没有整改佐证材料，不能验收或销号" };
      break;
  }
  return { ok: true, next: TO[action] };
}

export function isRectificationOpen(state: RectificationState): boolean {
  return state !== "accepted" && state !== "closed";
}

/** Open past its deadline (the deadline day counts in full). */
export function isRectificationOverdue(state: RectificationState, deadline: string, today: string): boolean {
  return isRectificationOpen(state) && today > deadline;
}

/** The states that count as done (验收通过, 已销号): what a closure rate counts over all orders. */
export const CLOSED_RECTIFICATION_STATES: readonly RectificationState[] = RECTIFICATION_STATES.filter(
  (s) => !isRectificationOpen(s),
);

/** Share of orders accepted or closed; null with no orders (shown as 无数据, not 0 %). */
export function closureRate(states: readonly RectificationState[]): number | null {
  return closureRateOf(states.filter((s) => !isRectificationOpen(s)).length, states.length);
}

/** The same share from counts made elsewhere (a grouped query). */
export function closureRateOf(closed: number, total: number): number | null {
  return total === 0 ? null : (closed / total) * 100;
}
