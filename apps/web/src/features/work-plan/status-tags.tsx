import {
  MILESTONE_STATUS_LABELS,
  NOTICE_STATE_LABELS,
  REPORT_STATE_LABELS,
  TARGET_STATUS_LABELS,
  type MilestoneStatus,
  type NoticeState,
  type ReportState,
  type TargetStatus,
} from "@edubureau/domain/work-plan";
import { Tag } from "antd";
import { t } from "../../app/locale/index.ts";
import { STATUS_COLORS } from "./status-colors.ts";
import type { ReportStatus } from "./work-plan.api.ts";

export function StatusTag({ status, testId }: { status: TargetStatus; testId?: string }) {
  return (
    <Tag color={STATUS_COLORS[status].tag} data-testid={testId} data-status={status}>
      {TARGET_STATUS_LABELS[status]}
    </Tag>
  );
}

const MILESTONE_COLORS: Record<MilestoneStatus, string> = { done: "green", late: "red", pending: "default" };

export function MilestoneTag({ status }: { status: MilestoneStatus }) {
  return <Tag color={MILESTONE_COLORS[status]}>{MILESTONE_STATUS_LABELS[status]}</Tag>;
}

const REPORT_STATE_COLORS: Record<ReportState, string> = {
  not_due: "default",
  due: "blue",
  overdue: "red",
  submitted: "green",
  submitted_late: "orange",
};

/** Whether the period's report came in (and on time): what the schedule cares about. */
export function ReportStateTag({ state, testId }: { state: ReportState; testId?: string }) {
  return (
    <Tag color={REPORT_STATE_COLORS[state]} data-testid={testId} data-state={state}>
      {REPORT_STATE_LABELS[state]}
    </Tag>
  );
}

const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  draft: "default",
  submitted: "processing",
  accepted: "success",
  returned: "error",
};

/** Where the report is in its review: draft → submitted → accepted or returned. */
export function ReportStatusTag({ status, testId }: { status: ReportStatus; testId?: string }) {
  return (
    <Tag color={REPORT_STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t.workPlan.reportStatus[status] ?? status}
    </Tag>
  );
}

const NOTICE_COLORS: Record<NoticeState, string> = {
  awaiting_response: "orange",
  escalated: "red",
  responded: "green",
  responded_late: "gold",
  not_required: "default",
};

export function NoticeStateTag({ state }: { state: NoticeState }) {
  return (
    <Tag color={NOTICE_COLORS[state]} data-state={state}>
      {NOTICE_STATE_LABELS[state]}
    </Tag>
  );
}
