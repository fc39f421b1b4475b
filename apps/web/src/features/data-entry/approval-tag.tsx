import type { ApprovalStatus } from "@edubureau/domain/indicators";
import { Tag } from "antd";

const COLORS: Record<ApprovalStatus, string> = {
  draft: "default",
  submitted: "processing",
  district_approved: "cyan",
  city_confirmed: "success",
};

export function ApprovalTag({ status, label }: { status: ApprovalStatus; label: string }) {
  return (
    <Tag color={COLORS[status]} data-testid={`approval-status-${status}`}>
      {label}
    </Tag>
  );
}
