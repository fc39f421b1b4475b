import { describe, expect, it } from "vitest";
import { applicationMaterials, COMMON_MATERIALS } from "./application-materials.ts";

describe("资格审核材料", () => {
  it("lists the common materials and the proof of the home for a local family", () => {
    expect(applicationMaterials("district", "owned")).toEqual([
      ...COMMON_MATERIALS,
      "房屋产权证明（不动产权证书或购房合同及发票）",
    ]);
  });

  it("adds 居住证 and proof of work for 随迁子女, and a registered tenancy for a rented home", () => {
    const list = applicationMaterials("other", "rented");
    expect(list).toContain("监护人在本市的居住证");
    expect(list).toContain("经房产部门登记备案的房屋租赁合同");
    expect(new Set(list).size).toBe(list.length);
  });
});
