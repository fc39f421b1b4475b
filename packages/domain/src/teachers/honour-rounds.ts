import { compareDates, toDayNumber } from "./calendar-date.ts";
import type { IsoDate } from "./calendar-date.ts";
import { containsDate, isValidPeriod } from "./date-periods.ts";
import type { DatePeriod } from "./date-periods.ts";
import { honourRoundTitle } from "./honour-round-series.ts";
import type { HonourRoundSeries } from "./honour-round-series.ts";
import { labelledCodes } from "../labelled-codes.ts";

/** 提名 → 评审 → 公示 → 授予; a round may be stopped (终止) before it is awarded. */
export const { codes: HONOUR_ROUND_STAGES, labels: HONOUR_ROUND_STAGE_LABELS } = labelledCodes({
  nomination: "提名",
  review: "评审",
  publicity: "公示",
  awarded: "授予",
  cancelled: "已终止",
});
export type HonourRoundStage = (typeof HONOUR_ROUND_STAGES)[number];

/** Publicity may send a round back to review when an objection (异议) is upheld. */
const NEXT_STAGES: Record<HonourRoundStage, readonly HonourRoundStage[]> = {
  nomination: ["review", "cancelled"],
  review: ["publicity", "cancelled"],
  publicity: ["awarded", "review", "cancelled"],
  awarded: [],
  cancelled: [],
};

export function canAdvance(from: HonourRoundStage, to: HonourRoundStage): boolean {
  return NEXT_STAGES[from].includes(to);
}

export interface HonourRoundPolicy {
  /**
   * Days publicity must run before the award. Publicity of honours is usually 不少于5个工作日; with no
   * holiday calendar in the domain, 7 calendar days stand for them. The city's choice, configurable.
   */
  minPublicityDays: number;
}

export const DEFAULT_HONOUR_ROUND_POLICY: HonourRoundPolicy = { minPublicityDays: 7 };

export interface HonourRound {
  id: string;
  series: HonourRoundSeries;
  /** Nothing in a round — nomination, any step, the award — may be dated outside this window. */
  window: DatePeriod;
  stage: HonourRoundStage;
  history: { stage: HonourRoundStage; on: IsoDate; note?: string }[];
  nominees: string[];
  /** Chosen by the review; published, then awarded. */
  selected: string[];
  awarded: string[];
}

export type RoundResult = { ok: true; round: HonourRound } | { ok: false; message: string };

const refuse = (message: string): RoundResult => ({ ok: false, message });

/** Refuses a date outside the round's window: honours outside a round's window are not granted. */
export function checkRoundDate(round: Pick<HonourRound, "series" | "window">, on: IsoDate): string | null {
  if (containsDate(round.window, on)) return null;
  const { from, to } = round.window;
  return `${on} 不在${honourRoundTitle(round.series)}的办理时间（${from} 至 ${to}）内，不予办理`;
}

export function openHonourRound(options: {
  id: string;
  series: HonourRoundSeries;
  window: DatePeriod;
  on: IsoDate;
}): RoundResult {
  if (!isValidPeriod(options.window)) return refuse("评选时间的结束日期早于开始日期");
  const outside = checkRoundDate(options, options.on);
  if (outside) return refuse(outside);
  return {
    ok: true,
    round: {
      id: options.id,
      series: options.series,
      window: options.window,
      stage: "nomination",
      history: [{ stage: "nomination", on: options.on }],
      nominees: [],
      selected: [],
      awarded: [],
    },
  };
}

function lastStepOn(round: HonourRound): IsoDate | undefined {
  return round.history.at(-1)?.on;
}

function checkStepDate(round: HonourRound, on: IsoDate): string | null {
  const outside = checkRoundDate(round, on);
  if (outside) return outside;
  const last = lastStepOn(round);
  if (last !== undefined && compareDates(on, last) < 0) return `${on} 早于上一环节的日期 ${last}`;
  return null;
}

export function nominate(round: HonourRound, nomination: { nomineeId: string; on: IsoDate }): RoundResult {
  if (round.stage !== "nomination") {
    return refuse(`本轮已进入“${HONOUR_ROUND_STAGE_LABELS[round.stage]}”环节，不再接受提名`);
  }
  const badDate = checkStepDate(round, nomination.on);
  if (badDate) return refuse(badDate);
  if (round.nominees.includes(nomination.nomineeId)) return refuse("该人选已被提名，不能重复提名");
  return { ok: true, round: { ...round, nominees: [...round.nominees, nomination.nomineeId] } };
}

export interface AdvanceStep {
  to: HonourRoundStage;
  on: IsoDate;
  /** For publicity: the nominees the review chose. */
  selected?: readonly string[];
  /** Required when sending a round back to review or stopping it. */
  note?: string;
}

export function advanceHonourRound(
  round: HonourRound,
  step: AdvanceStep,
  policy: HonourRoundPolicy = DEFAULT_HONOUR_ROUND_POLICY,
): RoundResult {
  const from = round.stage;
  if (!canAdvance(from, step.to)) {
    const allowed = NEXT_STAGES[from].map((s) => `“${HONOUR_ROUND_STAGE_LABELS[s]}”`).join("、");
    return refuse(
      `不能从“${HONOUR_ROUND_STAGE_LABELS[from]}”转到“${HONOUR_ROUND_STAGE_LABELS[step.to]}”` +
        (allowed ? `，只能转到${allowed}` : "，本轮已结束"),
    );
  }
  const badDate = checkStepDate(round, step.on);
  if (badDate) return refuse(badDate);
  const entry = { stage: step.to, on: step.on, ...(step.note ? { note: step.note } : {}) };
  const moved = { ...round, stage: step.to, history: [...round.history, entry] };
  switch (step.to) {
    case "nomination":
      return refuse("评选不能退回提名环节");
    case "review":
      if (from === "publicity" && !step.note) return refuse("公示后退回评审须说明异议及理由");
      if (round.nominees.length === 0) return refuse("尚无提名人选，不能进入评审");
      return { ok: true, round: { ...moved, selected: [] } };
    case "publicity": {
      const selected = step.selected ?? [];
      if (selected.length === 0) return refuse("公示名单不能为空");
      const unknown = selected.filter((id) => !round.nominees.includes(id));
      if (unknown.length > 0) return refuse(`公示名单中有未经提名的人选：${unknown.join("、")}`);
      return { ok: true, round: { ...moved, selected: [...new Set(selected)] } };
    }
    case "awarded": {
      const started = publicityStartedOn(round);
      const days = started === undefined ? 0 : toDayNumber(step.on) - toDayNumber(started);
      if (days < policy.minPublicityDays) {
        return refuse(`公示自 ${started ?? "—"} 起仅 ${days} 天，须满 ${policy.minPublicityDays} 天方可授予`);
      }
      return { ok: true, round: { ...moved, awarded: [...round.selected] } };
    }
    case "cancelled":
      if (!step.note) return refuse("终止评选须说明理由");
      return { ok: true, round: moved };
  }
}

function publicityStartedOn(round: HonourRound): IsoDate | undefined {
  return round.history.findLast((entry) => entry.stage === "publicity")?.on;
}
