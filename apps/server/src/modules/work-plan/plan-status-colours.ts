import type { MilestoneStatus, TargetStatus } from "@edubureau/domain/work-plan";

/** Cell shading per status in the exports, the usual Excel traffic-light fills (RGB hex). */
export const STATUS_FILL: Record<TargetStatus, string> = {
  not_started: "EDEDED",
  on_track: "DDEBF7",
  lagging: "FFEB9C",
  seriously_lagging: "F8CBAD",
  completed: "C6EFCE",
  overdue: "FFC7CE",
};

export const MILESTONE_FILL: Record<MilestoneStatus, string> = {
  done: "C6EFCE",
  late: "FFC7CE",
  pending: "EDEDED",
};
