import { describe, expect, it } from "vitest";
import { cityOfDistrict, isCityCode, isDistrictCode } from "./admin-division-code.ts";
import { ancestorIds, childPath, commonAncestorPath, isWithin, rootPath } from "./org-unit-path.ts";
import { canContain } from "./org-unit-kinds.ts";

describe("GB/T 2260 codes", () => {
  it("tells cities from districts", () => {
    expect(isCityCode("430100")).toBe(true);
    expect(isCityCode("430000")).toBe(false);
    expect(isDistrictCode("430102")).toBe(true);
    expect(isDistrictCode("430100")).toBe(false);
    expect(isDistrictCode("43010")).toBe(false);
    expect(cityOfDistrict("430181")).toBe("430100");
  });
});

describe("materialised paths", () => {
  it("contain their descendants and not their siblings", () => {
    const city = rootPath("c");
    const a = childPath(city, "a");
    const ab = childPath(a, "b");
    const a2 = childPath(city, "a2");
    expect(isWithin(ab, a)).toBe(true);
    expect(isWithin(a2, a)).toBe(false);
    expect(ancestorIds(ab)).toEqual(["c", "a", "b"]);
  });

  it("nests kinds in the bureau's order", () => {
    expect(canContain("city", "district")).toBe(true);
    expect(canContain("district", "city")).toBe(false);
    expect(canContain("institution", "institution")).toBe(false);
  });
});

describe("common ancestor of paths", () => {
  it("is the deepest unit holding them all", () => {
    expect(commonAncestorPath(["/c/d1/", "/c/d2/s1/"])).toBe("/c/");
    expect(commonAncestorPath(["/c/d1/s1/", "/c/d1/s2/"])).toBe("/c/d1/");
    expect(commonAncestorPath(["/c/d1/"])).toBe("/c/d1/");
    expect(commonAncestorPath(["/c/d1/", "/c/d1/s1/"])).toBe("/c/d1/");
  });
  it("is the root of everything when nothing is shared or nothing is given", () => {
    expect(commonAncestorPath(["/a/", "/b/"])).toBe("/");
    expect(commonAncestorPath([])).toBe("/");
  });
});
