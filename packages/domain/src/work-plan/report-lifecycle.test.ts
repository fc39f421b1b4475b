import { describe, expect, it } from "vitest";
import {
  canEditReport,
  canReviewReport,
  isReportEditable,
  REPORT_STATUSES,
  reportLockedReason,
  statusOnSubmit,
  type ReportStatus,
} from "./report-lifecycle.ts";

const report = (status: ReportStatus) => ({ reporterUnitId: "district", leadUnitId: "division", status });

describe("progress report life cycle", () => {
  it("keeps drafts and returned reports editable, and says why the others are locked", () => {
    expect(REPORT_STATUSES.filter(isReportEditable)).toEqual(["draft", "returned"]);
    expect(reportLockedReason("draft")).toBeNull();
    expect(reportLockedReason("returned")).toBeNull();
    expect(reportLockedReason("submitted")).toContain("等待牵头单位审核");
    expect(reportLockedReason("accepted")).toContain("审核通过");
  });

  it("accepts the lead unit's own report on submission and sends the others to review", () => {
    expect(statusOnSubmit(true)).toBe("accepted");
    expect(statusOnSubmit(false)).toBe("submitted");
  });

  it("lets only the reporting unit edit, and only while editable", () => {
    for (const status of REPORT_STATUSES) {
      expect(canEditReport("district", report(status))).toBe(isReportEditable(status));
      expect(canEditReport("division", report(status))).toBe(false);
    }
  });

  it("lets only the lead unit review, only a submitted report, never its own", () => {
    for (const status of REPORT_STATUSES) {
      expect(canReviewReport("division", report(status))).toBe(status === "submitted");
      expect(canReviewReport("district", report(status))).toBe(false);
    }
    const own = { reporterUnitId: "division", leadUnitId: "division", status: "submitted" as const };
    expect(canReviewReport("division", own)).toBe(false);
  });
});
