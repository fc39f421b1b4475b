import { labelledCodes } from "../labelled-codes.ts";

/** Construction projects (新建/改建/扩建) and the rule that keeps 毒跑道、毒教室 out of use. */
export const { codes: PROJECT_KINDS, labels: PROJECT_KIND_LABELS } = labelledCodes({
  new: "新建",
  rebuild: "改建",
  expand: "扩建",
});
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const { codes: SCHOOL_LEVELS, labels: SCHOOL_LEVEL_LABELS } = labelledCodes({
  preschool: "学前",
  compulsory: "义务教育",
  senior: "高中",
  special: "特教",
});
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const { codes: PROJECT_STATUSES, labels: PROJECT_STATUS_LABELS } = labelledCodes({
  planned: "规划",
  under_construction: "在建",
  completed: "竣工",
  in_use: "投入使用",
});
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const { codes: TEST_RESULTS, labels: TEST_RESULT_LABELS } = labelledCodes({
  pending: "未检测",
  passed: "合格",
  failed: "不合格",
});
export type TestResult = (typeof TEST_RESULTS)[number];

export interface EnvironmentalAcceptance {
  /** 室内空气质量检测 (GB/T 18883 / GB 50325). */
  indoorAir: TestResult;
  /** 合成材料面层运动场地 materials test (GB 36246-2018). */
  syntheticTrack: TestResult;
}

const ORDER: readonly ProjectStatus[] = PROJECT_STATUSES;

export type TransitionCheck = { ok: true } | { ok: false; message: string };

/**
 * Projects move forward one step at a time (a correction may step back); 投入使用 needs both
 * environmental tests recorded as passed — the plan's "严格把好新建学校环保关，杜绝‘毒跑道、毒教室’".
 */
export function checkProjectTransition(
  from: ProjectStatus,
  to: ProjectStatus,
  acceptance: EnvironmentalAcceptance,
): TransitionCheck {
  const step = ORDER.indexOf(to) - ORDER.indexOf(from);
  if (step === 0) return { ok: true };
  if (step > 1) {
    return {
      ok: false,
      message: `项目须逐步推进：不能从“${PROJECT_STATUS_LABELS[from]}”直接变为“${PROJECT_STATUS_LABELS[to]}”`,
    };
  }
  if (to !== "in_use") return { ok: true };
  const failed = [
    acceptance.indoorAir === "failed" ? "室内空气质量检测不合格" : null,
    acceptance.syntheticTrack === "failed" ? "塑胶跑道材料检测不合格" : null,
  ].filter((m): m is string => m !== null);
  if (failed.length > 0) return { ok: false, message: `${failed.join("、")}，项目不得投入使用` };
  const pending = [
    acceptance.indoorAir === "pending" ? "室内空气质量检测" : null,
    acceptance.syntheticTrack === "pending" ? "塑胶跑道材料检测" : null,
  ].filter((m): m is string => m !== null);
  if (pending.length > 0)
    return { ok: false, message: `尚未录入${pending.join("、")}合格结果，项目不得投入使用` };
  return { ok: true };
}
