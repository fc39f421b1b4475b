/**
 * The life cycle of a progress report (进展报告): a unit drafts it, submits it, and the task's lead unit
 * accepts it or returns it with a reason; a returned report is edited and submitted again.
 */
export const REPORT_STATUSES = ["draft", "submitted", "accepted", "returned"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Statuses in which the reporting unit may still change the report. */
export const EDITABLE_REPORT_STATUSES: readonly ReportStatus[] = ["draft", "returned"];

export function isReportEditable(status: ReportStatus): boolean {
  return EDITABLE_REPORT_STATUSES.includes(status);
}

/** Why a report that is no longer editable cannot be changed; null while it is editable. */
export function reportLockedReason(status: ReportStatus): string | null {
  switch (status) {
    case "draft":
    case "returned":
      return null;
    case "submitted":
      return "报告已提交，正在等待牵头单位审核，不能修改。";
    case "accepted":
      return "报告已审核通过，不能修改。";
  }
}

/** The lead unit's own report needs no second look and is accepted at once; others await review. */
export function statusOnSubmit(byLeadUnit: boolean): "accepted" | "submitted" {
  return byLeadUnit ? "accepted" : "submitted";
}

export interface ReportParties {
  /** The unit that writes the report. */
  reporterUnitId: string;
  /** The task's lead unit, which reviews the others' reports. */
  leadUnitId: string;
  status: ReportStatus;
}

/** Only the reporting unit edits, and only while the report is a draft or was returned. */
export function canEditReport(unitId: string, report: ReportParties): boolean {
  return unitId === report.reporterUnitId && isReportEditable(report.status);
}

/** The lead unit reviews a submitted report of another unit (its own is accepted on submission). */
export function canReviewReport(unitId: string, report: ReportParties): boolean {
  return unitId === report.leadUnitId && report.status === "submitted" && unitId !== report.reporterUnitId;
}
