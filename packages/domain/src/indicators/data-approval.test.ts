import { describe, expect, it } from "vitest";
import { ROLES } from "../access/roles.ts";
import { can } from "../access/permissions.ts";
import {
  APPROVAL_ACTIONS,
  APPROVAL_STATUSES,
  approvalLevelOf,
  checkApprovalAction,
  isLocked,
  lockedMessage,
  type ApprovalLevel,
} from "./data-approval.ts";

describe("approval workflow 学校提交 → 区县审核 → 市局确认", () => {
  it("walks the happy path", () => {
    expect(checkApprovalAction({ status: "draft", action: "submit", level: "school" })).toEqual({
      ok: true,
      next: "submitted",
    });
    expect(checkApprovalAction({ status: "submitted", action: "approve", level: "district" })).toEqual({
      ok: true,
      next: "district_approved",
    });
    expect(checkApprovalAction({ status: "district_approved", action: "confirm", level: "city" })).toEqual({
      ok: true,
      next: "city_confirmed",
    });
  });

  it("keeps each step to its tier", () => {
    expect(checkApprovalAction({ status: "submitted", action: "approve", level: "school" })).toEqual({
      ok: false,
      problem: "tier",
      message: "“已提交”的数据只能由区县教育局或市局区县审核",
    });
    expect(
      checkApprovalAction({ status: "district_approved", action: "confirm", level: "district" }).ok,
    ).toBe(false);
    expect(
      checkApprovalAction({ status: "city_confirmed", action: "reopen", level: "district", reason: "x" }).ok,
    ).toBe(false);
  });

  it("refuses steps out of order", () => {
    expect(checkApprovalAction({ status: "draft", action: "confirm", level: "city" })).toEqual({
      ok: false,
      problem: "state",
      message: "当前状态为“草稿”，不能市局确认",
    });
    expect(checkApprovalAction({ status: "submitted", action: "submit", level: "school" }).ok).toBe(false);
  });

  it("reopens to 草稿 only with a reason", () => {
    expect(checkApprovalAction({ status: "district_approved", action: "reopen", level: "district" })).toEqual(
      {
        ok: false,
        problem: "reason",
        message: "退回修改须说明原因",
      },
    );
    expect(
      checkApprovalAction({ status: "city_confirmed", action: "reopen", level: "city", reason: "数据有误" }),
    ).toEqual({ ok: true, next: "draft" });
  });

  it("never lets a school move its data past 已提交, whatever the state", () => {
    for (const status of APPROVAL_STATUSES) {
      for (const action of APPROVAL_ACTIONS) {
        const check = checkApprovalAction({ status, action, level: "school", reason: "r" });
        if (check.ok) expect([status, action, check.next]).toEqual(["draft", "submit", "submitted"]);
      }
    }
  });

  it("locks everything past 草稿 and names the state and who reopens", () => {
    expect(APPROVAL_STATUSES.filter(isLocked)).toEqual(["submitted", "district_approved", "city_confirmed"]);
    expect(lockedMessage("city_confirmed", "示范小学 2019-2020学年")).toBe(
      "示范小学 2019-2020学年的数据市局已确认，已锁定，不能修改；如需修改，请由市局退回后再改。",
    );
  });

  it("gives an approval tier exactly to the roles that may approve or submit", () => {
    for (const role of ROLES) {
      const level: ApprovalLevel | null = approvalLevelOf(role);
      expect(level !== null).toBe(can(role, "data.submit") || can(role, "data.approve"));
    }
  });
});
