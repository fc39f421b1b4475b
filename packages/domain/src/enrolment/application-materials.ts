import type { HouseholdKind, ResidenceKind } from "./application-rules.ts";

/**
 * 资格审核材料: what a family brings to the district's review, by household and residence. The default list
 * follows what Chinese city bureaus commonly ask for in 义务教育招生入学 (户口簿, 出生医学证明, proof of the
 * home — 房屋产权证明 or a registered tenancy — and, for 随迁子女, 居住证 and proof of work). It is guidance
 * shown to parents, not a rule the server enforces: a district's own notice has the final word.
 */
export const COMMON_MATERIALS: readonly string[] = [
  "监护人和孩子的户口簿",
  "孩子的出生医学证明",
  "监护人身份证",
];

const BY_HOUSEHOLD: Record<HouseholdKind, readonly string[]> = {
  district: [],
  city: [],
  other: ["监护人在本市的居住证", "监护人在本市的务工或经商证明（劳动合同或营业执照）"],
};

const BY_RESIDENCE: Record<ResidenceKind, readonly string[]> = {
  owned: ["房屋产权证明（不动产权证书或购房合同及发票）"],
  rented: ["经房产部门登记备案的房屋租赁合同"],
  other: ["能证明实际居住的材料（如单位集体宿舍证明）"],
};

/** The materials to bring, common ones first; each listed once. */
export function applicationMaterials(household: HouseholdKind, residence: ResidenceKind): string[] {
  return [...new Set([...COMMON_MATERIALS, ...BY_HOUSEHOLD[household], ...BY_RESIDENCE[residence]])];
}
