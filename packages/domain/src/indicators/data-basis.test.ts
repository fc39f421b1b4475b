import { describe, expect, it } from "vitest";
import { APPROVAL_STATUSES } from "./data-approval.ts";
import { APPROVED_ONLY, countsInFigures, dataBasisFor } from "./data-basis.ts";

describe("which reported data a figure counts", () => {
  it("counts a unit's figures only after 区县审核 or 市局确认 by default", () => {
    const counted = APPROVAL_STATUSES.filter((status) =>
      countsInFigures({ orgUnitId: "furong", status }, APPROVED_ONLY),
    );
    expect(counted).toEqual(["district_approved", "city_confirmed"]);
    expect(countsInFigures({ orgUnitId: "furong", status: null }, APPROVED_ONLY)).toBe(false);
  });

  it("shows a unit its own draft and submission, but never another unit's", () => {
    const basis = dataBasisFor({ orgUnitId: "furong" }, true);
    expect(basis).toEqual({ kind: "approved_and_own", ownUnitId: "furong" });
    expect(countsInFigures({ orgUnitId: "furong", status: "draft" }, basis)).toBe(true);
    expect(countsInFigures({ orgUnitId: "furong", status: "submitted" }, basis)).toBe(true);
    expect(countsInFigures({ orgUnitId: "yuelu", status: "draft" }, basis)).toBe(false);
    expect(countsInFigures({ orgUnitId: "yuelu", status: "city_confirmed" }, basis)).toBe(true);
  });

  it("asks for approved data unless the actor asks for its own unapproved figures", () => {
    expect(dataBasisFor({ orgUnitId: "furong" }, false)).toBe(APPROVED_ONLY);
  });
});
