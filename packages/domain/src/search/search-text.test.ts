import { describe, expect, it } from "vitest";
import { searchableText } from "./search-text.ts";

describe("searchableText", () => {
  it("takes one Chinese character, or two latin letters or digits", () => {
    expect(searchableText("芙")).toBe("芙");
    expect(searchableText(" 芙蓉 ")).toBe("芙蓉");
    expect(searchableText("ab")).toBe("ab");
    expect(searchableText("T2")).toBe("T2");
  });

  it("refuses empty text and single latin characters", () => {
    expect(searchableText("")).toBeNull();
    expect(searchableText("   ")).toBeNull();
    expect(searchableText("a")).toBeNull();
    expect(searchableText(" 7 ")).toBeNull();
  });
});
