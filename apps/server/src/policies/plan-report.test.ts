import { describe, expect, it } from "vitest";
import type { ReportStatus } from "@edubureau/domain/work-plan";
import type { Actor } from "../http/actor.ts";
import { AppError } from "../http/problem.ts";
import { planReportPolicy, taskReportingPolicy } from "./plan-report.ts";

const actor = (orgUnitId: string, scopePath: string): Actor => ({
  userId: "u",
  username: "u",
  displayName: "u",
  role: "district",
  orgUnitId,
  orgUnitPath: scopePath,
  orgUnit: { id: orgUnitId, code: "u", name: "u", kind: "district" },
  scopePath,
  sessionId: "s",
  csrfToken: "c",
  mustChangePassword: false,
  ip: "127.0.0.1",
});

const city = actor("city", "/city/");
const division = actor("division", "/city/division/");
const districtA = actor("a", "/city/a/");
const districtB = actor("b", "/city/b/");
const report = (status: ReportStatus) => ({
  orgUnitId: "a",
  unitPath: "/city/a/",
  leadUnitId: "division",
  status,
});

function denial(run: () => void): { status: number; detail: string | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, detail: error.detail };
    throw error;
  }
  return { status: 200, detail: undefined };
}

describe("progress report policy", () => {
  it("shows a report to its unit, the lead unit and anyone whose scope holds the unit, and hides it from others", () => {
    expect(planReportPolicy.allow(districtA, "read", report("draft"))).toBe(true);
    expect(planReportPolicy.allow(division, "read", report("draft"))).toBe(true);
    expect(planReportPolicy.allow(city, "read", report("draft"))).toBe(true);
    expect(denial(() => planReportPolicy.authorize(districtB, "read", report("draft"))).status).toBe(404);
  });

  it("lets the reporting unit change a draft or returned report, refusing others with the reason", () => {
    expect(planReportPolicy.abilities(districtA, report("returned"))).toEqual({
      read: true,
      update: true,
      review: false,
    });
    expect(denial(() => planReportPolicy.authorize(division, "update", report("draft"))).status).toBe(403);
    expect(denial(() => planReportPolicy.authorize(districtA, "update", report("submitted")))).toEqual({
      status: 409,
      detail: "报告已提交，正在等待牵头单位审核，不能修改。",
    });
  });

  it("lets the lead unit review a submitted report only", () => {
    expect(planReportPolicy.abilities(division, report("submitted"))).toEqual({
      read: true,
      update: false,
      review: true,
    });
    expect(denial(() => planReportPolicy.authorize(city, "review", report("submitted"))).status).toBe(403);
    expect(denial(() => planReportPolicy.authorize(division, "review", report("accepted"))).status).toBe(409);
  });

  it("lets only units answering for a task open a report on it", () => {
    const task = { responsibleUnitIds: new Set(["division", "a"]) };
    expect(taskReportingPolicy.allow(districtA, "report", task)).toBe(true);
    expect(denial(() => taskReportingPolicy.authorize(districtB, "report", task)).status).toBe(403);
  });
});
