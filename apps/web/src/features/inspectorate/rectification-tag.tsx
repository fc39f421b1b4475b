import { Space, Tag } from "antd";
import { t } from "../../app/locale/index.ts";
import type { Rectification } from "./inspectorate.api.ts";

const COLOURS: Record<Rectification["state"], string> = {
  ordered: "blue",
  plan_submitted: "geekblue",
  evidence_submitted: "gold",
  returned: "volcano",
  accepted: "green",
  closed: "default",
};

/** An order's state, with 已逾期 / 已督办 when it applies. */
export function RectificationTag({
  r,
}: {
  r: Pick<Rectification, "state" | "stateLabel" | "overdue" | "escalatedOn">;
}) {
  return (
    <Space size={4} wrap>
      <Tag color={COLOURS[r.state]}>{r.stateLabel}</Tag>
      {r.overdue && <Tag color="red">{t.inspectorate.rectifications.overdue}</Tag>}
      {r.escalatedOn && <Tag color="magenta">{t.inspectorate.rectifications.escalated(r.escalatedOn)}</Tag>}
    </Space>
  );
}
