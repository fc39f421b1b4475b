import type { TargetStatus } from "@edubureau/domain/work-plan";

/** One colour per status everywhere: antd Tag preset and the same hue in charts and progress bars. */
export const STATUS_COLORS: Record<TargetStatus, { tag: string; hex: string }> = {
  not_started: { tag: "default", hex: "#bfbfbf" },
  on_track: { tag: "blue", hex: "#1677ff" },
  lagging: { tag: "gold", hex: "#faad14" },
  seriously_lagging: { tag: "volcano", hex: "#fa541c" },
  completed: { tag: "green", hex: "#52c41a" },
  overdue: { tag: "red", hex: "#f5222d" },
};
