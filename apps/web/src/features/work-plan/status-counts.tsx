import { TARGET_STATUSES, TARGET_STATUS_LABELS } from "@edubureau/domain/work-plan";
import { Space, Tag } from "antd";
import { STATUS_COLORS } from "./status-colors.ts";
import type { StatusCounts as Counts } from "./work-plan.api.ts";

/** "正常推进 3 · 滞后 1 …": only the statuses that occur, in the fixed order. */
export function StatusCounts({ counts, testId }: { counts: Counts; testId?: string }) {
  return (
    <Space size={[0, 4]} wrap data-testid={testId}>
      {TARGET_STATUSES.filter((s) => counts[s] > 0).map((s) => (
        <Tag key={s} color={STATUS_COLORS[s].tag} data-status={s} data-count={counts[s]}>
          {TARGET_STATUS_LABELS[s]} {counts[s]}
        </Tag>
      ))}
    </Space>
  );
}
