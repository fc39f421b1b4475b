import type { MilestoneStatus, NoticeState, ReportState, TargetStatus } from "@edubureau/domain/work-plan";

// Shapes of /api/work-plan as apps/server/src/modules/work-plan/work-plan.schemas.ts declares them.

export type StatusCounts = Record<TargetStatus, number>;
export type ReportStatus = "draft" | "submitted" | "accepted" | "returned";

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  kind: string;
}

export interface PlanListItem {
  id: string;
  year: number;
  title: string;
  issuer: string;
  publishDate: string;
  reportingFrequency: "monthly" | "quarterly";
  evaluationDate: string | null;
}

export interface PlanHeader extends PlanListItem {
  sourceUrl: string | null;
  sourceNote: string;
  demoDataNote: string | null;
  today: string;
}

export interface Target {
  id: string;
  code: string;
  name: string;
  unit: string;
  baseline: number | null;
  targetValue: number;
  comparator: string;
  startDate: string;
  deadline: string;
  sourceQuote: string;
  bound: boolean;
  source: string;
  note: string | null;
  current: number | null;
  status: TargetStatus;
  progress: number;
  elapsed: number;
  task: { id: string; code: string; title: string };
  leadUnit: UnitRef;
  shares: {
    unit: UnitRef;
    targetValue: number;
    current: number | null;
    status: TargetStatus;
    progress: number;
  }[];
}

export interface FocusAreaRef {
  code: string;
  title: string;
}

export interface TaskRow {
  id: string;
  code: string;
  title: string;
  focusArea: FocusAreaRef;
  leadUnit: UnitRef;
  coUnits: UnitRef[];
  status: TargetStatus;
  progress: number;
  counts: StatusCounts;
  targetCount: number;
  milestoneCount: number;
}

export interface TaskFilters {
  focusArea: string;
  status: string;
  unitId: string;
  q: string;
  mine: boolean;
}

export interface Dashboard {
  plan: PlanHeader;
  summary: { status: TargetStatus; progress: number; counts: StatusCounts };
  targetCounts: StatusCounts;
  focusAreas: {
    id: string;
    code: string;
    seq: number;
    title: string;
    status: TargetStatus;
    progress: number;
    counts: StatusCounts;
    taskCount: number;
  }[];
  worstTargets: Target[];
  notices: { total: number; open: number; escalated: number };
  trend: {
    months: string[];
    series: { code: string; title: string; progress: (number | null)[] }[];
    overall: (number | null)[];
  };
}

export interface ReportingPeriod {
  key: string;
  label: string;
  start: string;
  end: string;
  dueDate: string;
}

export interface PeriodReportCounts {
  owed: number;
  submitted: number;
  awaitingReview: number;
  accepted: number;
  returned: number;
  notSubmitted: number;
  overdue: number;
}

/** 本期进展报告 from the server: city-wide (unitId null) or the signed-in unit's own. */
export interface PeriodReportProgress extends PeriodReportCounts {
  period: ReportingPeriod;
  unitId: string | null;
  previous: (PeriodReportCounts & { period: ReportingPeriod }) | null;
}

export interface Milestone {
  id: string;
  code: string;
  name: string;
  dueDate: string;
  completedOn: string | null;
  status: MilestoneStatus;
}

export interface PeriodReport {
  periodKey: string;
  periodLabel: string;
  dueDate: string;
  state: ReportState;
  reportId: string | null;
}

export interface TaskDetail extends TaskRow {
  plan: PlanHeader;
  text: string;
  responsibleUnits: UnitRef[];
  isMine: boolean;
  isLead: boolean;
  targets: Target[];
  milestones: Milestone[];
  reportStates: (PeriodReport & { unit: UnitRef })[];
  notices: {
    id: string;
    unitId: string;
    kind: string;
    reason: string;
    raisedOn: string;
    responseDeadline: string;
    respondedOn: string | null;
    response: string | null;
  }[];
}

export interface TargetDetail extends Target {
  focusArea: FocusAreaRef;
  plan: PlanHeader;
  history: { date: string; value: number | null; progress: number; status: string }[];
  reportedValues: {
    periodKey: string;
    unitName: string;
    value: number;
    status: string;
    submittedOn: string | null;
  }[];
  changes: { at: string; actor: string | null; action: string }[];
}

export interface MyTask extends TaskRow {
  role: "lead" | "co";
  reports: PeriodReport[];
}

export interface Report {
  id: string;
  task: { id: string; code: string; title: string };
  plan: { id: string; year: number };
  unit: { id: string; name: string };
  periodKey: string;
  periodLabel: string;
  dueDate: string | null;
  status: ReportStatus;
  narrative: string;
  manualTargets: { id: string; code: string; name: string; unit: string; value: number | null }[];
  milestones: {
    id: string;
    code: string;
    name: string;
    dueDate: string;
    completedOn: string | null;
    reportedOn: string | null;
  }[];
  attachments: { id: string; fileName: string; mediaType: string; sizeBytes: number; uploadedAt: string }[];
  submittedOn: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  returnReason: string | null;
  revision: number;
  /** What the signed-in user may do with this report, decided by the server's policy. */
  abilities: { update: boolean; review: boolean };
  history: { at: string; actor: string | null; action: string; after: unknown }[];
}

export interface ReportListItem {
  id: string;
  task: { id: string; code: string; title: string };
  unit: { id: string; name: string };
  periodKey: string;
  status: ReportStatus;
  submittedOn: string | null;
  returnReason: string | null;
  updatedAt: string;
}

export interface ReportUpdate {
  narrative?: string;
  values?: { targetId: string; value: number }[];
  milestones?: { milestoneId: string; completedOn: string }[];
}

export type NoticeView = "mine" | "leader" | "all";

export interface Notice {
  id: string;
  planId: string;
  task: { id: string; code: string; title: string };
  unit: { id: string; name: string };
  kind: string;
  kindLabel: string;
  reason: string;
  raisedOn: string;
  responseDeadline: string;
  escalatedOn: string | null;
  response: string | null;
  respondedOn: string | null;
  state: NoticeState;
  canRespond: boolean;
}

export interface PublicTarget {
  code: string;
  name: string;
  unit: string;
  targetValue: number;
  comparator: string;
  deadline: string;
  current: number | null;
  status: TargetStatus;
  progress: number;
}

export interface PublicPlan {
  plan: {
    year: number;
    title: string;
    issuer: string;
    publishDate: string;
    sourceUrl: string | null;
    today: string;
    demoDataNote: string | null;
  };
  summary: { status: TargetStatus; progress: number; counts: StatusCounts };
  focusAreas: {
    code: string;
    title: string;
    summary: string;
    status: TargetStatus;
    progress: number;
    tasks: {
      code: string;
      title: string;
      text: string;
      leadUnitName: string;
      status: TargetStatus;
      progress: number;
      targets: PublicTarget[];
      milestones: { name: string; dueDate: string; status: MilestoneStatus }[];
    }[];
  }[];
}
