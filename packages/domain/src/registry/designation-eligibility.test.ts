import { describe, expect, it } from "vitest";
import { checkDesignationEligibility } from "./designation-eligibility.ts";
import { DESIGNATION_TYPES } from "./designation-types.ts";
import { INSTITUTION_TYPES } from "./institution-types.ts";

describe("designation eligibility", () => {
  const publicPrimary = { type: "primary", ownership: "public" } as const;

  it("lets any school hold the school-wide designations", () => {
    expect(checkDesignationEligibility("civilised_campus", publicPrimary)).toEqual({ ok: true });
    expect(checkDesignationEligibility("smart_campus_pilot_school", publicPrimary)).toEqual({ ok: true });
  });

  it("keeps 普惠性民办幼儿园 to private kindergartens", () => {
    expect(checkDesignationEligibility("inclusive_private_kindergarten", publicPrimary)).toEqual({
      ok: false,
      message: "“普惠性民办幼儿园”只授予民办幼儿园",
    });
    expect(
      checkDesignationEligibility("inclusive_private_kindergarten", {
        type: "kindergarten",
        ownership: "private",
      }).ok,
    ).toBe(true);
  });

  it("keeps 义务教育标准化学校 to compulsory schools and 示范性社区学习中心 to learning centres", () => {
    expect(
      checkDesignationEligibility("standardized_compulsory_school", { type: "senior", ownership: "public" })
        .ok,
    ).toBe(false);
    expect(
      checkDesignationEligibility("demonstration_community_learning_centre", {
        type: "community_learning_centre",
        ownership: "public",
      }).ok,
    ).toBe(true);
  });

  it("answers for every type and institution kind", () => {
    for (const { code } of DESIGNATION_TYPES)
      for (const type of INSTITUTION_TYPES)
        for (const ownership of ["public", "private"] as const)
          expect(typeof checkDesignationEligibility(code, { type, ownership }).ok).toBe("boolean");
  });
});
