import type { TargetStatus } from "@edubureau/domain/work-plan";
import { Progress } from "antd";
import { STATUS_COLORS } from "./status-colors.ts";

/** Progress (0–1) in the colour of its status; the percentage is floored so 99.6% never shows as 100%. */
export function ProgressBar({
  progress,
  status,
  size = "small",
  testId,
}: {
  progress: number;
  status: TargetStatus;
  size?: "small" | "default";
  testId?: string;
}) {
  const percent = Math.floor(progress * 1000) / 10;
  return (
    <Progress
      percent={percent}
      size={size}
      strokeColor={STATUS_COLORS[status].hex}
      status="normal"
      format={(p) => `${p ?? 0}%`}
      data-testid={testId}
    />
  );
}
