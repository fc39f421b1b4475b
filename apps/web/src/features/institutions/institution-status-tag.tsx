import { INSTITUTION_STATUS_LABELS, type InstitutionStatus } from "@edubureau/domain/registry";
import { Tag } from "antd";

const COLORS: Record<InstitutionStatus, string> = {
  operating: "green",
  preparing: "blue",
  closed: "default",
};

export function InstitutionStatusTag({ status }: { status: InstitutionStatus }) {
  return <Tag color={COLORS[status]}>{INSTITUTION_STATUS_LABELS[status]}</Tag>;
}
