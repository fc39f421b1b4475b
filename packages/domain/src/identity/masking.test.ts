import { describe, expect, it } from "vitest";
import { createMasker, maskIdNumber, maskMobile, maskName } from "./masking.ts";

describe("masking", () => {
  it.each([
    ["张", "张"],
    ["张三", "张*"],
    ["张三明", "张*明"],
    ["欧阳小明", "欧**明"],
    ["𠮷野家", "𠮷*家"],
    ["", ""],
  ])("masks the name %s as %s", (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it("keeps the first 6 and last 4 of an ID number by default", () => {
    expect(maskIdNumber("430102201203151234")).toBe("430102********1234");
  });

  it("keeps 3 + 4 of a mobile number by default", () => {
    expect(maskMobile("13812345678")).toBe("138****5678");
  });

  it("masks a value too short for the rule entirely", () => {
    expect(maskIdNumber("1234567890")).toBe("**********");
    expect(maskMobile("1381234")).toBe("*******");
  });

  it("follows a configured rule", () => {
    const masker = createMasker({
      idNumber: { keepFirst: 3, keepLast: 0 },
      name: { maskChar: "某" },
      mobile: { maskChar: "#" },
    });
    expect(masker.idNumber("430102201203151234")).toBe("430***************");
    expect(masker.name("张三明")).toBe("张某明");
    expect(masker.mobile("13812345678")).toBe("138####5678");
    expect(maskName("欧阳小明", { keepFirst: 2, keepLast: 0 })).toBe("欧阳**");
  });
});
