import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import type { SeedInput } from "./lottery-types.ts";
import { checkAnnouncement, deriveSeed, seedText } from "./seed.ts";

const announcement = { digits: 6, labels: ["notary", "parent-1", "parent-2"] };
const inputs: SeedInput[] = [
  { label: "parent-2", value: "000123" },
  { label: "notary", value: "908172" },
  { label: "parent-1", value: "554433" },
];
const round = {
  label: "R1",
  mechanism: "deferred-acceptance" as const,
  partialUnit: "skip" as const,
  lists: [
    { school: "S02", digest: "b".repeat(64) },
    { school: "S01", digest: "a".repeat(64) },
  ],
};

describe("seed derivation", () => {
  it("hashes a canonical text of the lists and the sorted inputs", () => {
    const text = [
      "edubureau-lottery/1 seed",
      "round=R1",
      "mechanism=deferred-acceptance",
      "partial-unit=skip",
      `list=S01:${"a".repeat(64)}`,
      `list=S02:${"b".repeat(64)}`,
      "input=notary:908172",
      "input=parent-1:554433",
      "input=parent-2:000123",
    ].join("\n");
    const seed = deriveSeed({ ...round, announcement, inputs });
    expect(seed).toEqual({ ok: true, value: bytesToHex(sha256(utf8ToBytes(text))) });
    expect(seedText({ ...round, inputs: [...inputs].sort((a, b) => (a.label < b.label ? -1 : 1)) })).toBe(
      text,
    );
  });

  it("does not depend on the order the inputs were typed in", () => {
    const a = deriveSeed({ ...round, announcement, inputs });
    const b = deriveSeed({ ...round, announcement, inputs: [...inputs].reverse() });
    expect(a).toEqual(b);
  });

  it("changes with any input digit", () => {
    const a = deriveSeed({ ...round, announcement, inputs });
    const changed = inputs.map((i) => (i.label === "notary" ? { ...i, value: "908173" } : i));
    expect(deriveSeed({ ...round, announcement, inputs: changed })).not.toEqual(a);
  });

  it.each<[string, SeedInput[], string]>([
    ["too few digits", [...inputs.slice(1), { label: "parent-2", value: "12345" }], "应为6位数字"],
    ["a letter", [...inputs.slice(1), { label: "parent-2", value: "12345a" }], "应为6位数字"],
    ["full-width digits", [...inputs.slice(1), { label: "parent-2", value: "１２３４５６" }], "应为6位数字"],
    ["a missing input", inputs.slice(1), "缺少事先公告的随机数「parent-2」"],
    ["an unannounced input", [...inputs, { label: "mayor", value: "111111" }], "不在事先公告的名单中"],
    ["a repeated input", [...inputs, { label: "notary", value: "111111" }], "重复录入"],
  ])("refuses %s", (_, given, words) => {
    const result = deriveSeed({ ...round, announcement, inputs: given });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(words);
  });

  it("refuses announcements that cannot be followed", () => {
    expect(checkAnnouncement({ digits: 2, labels: ["a"] }).ok).toBe(false);
    expect(checkAnnouncement({ digits: 6, labels: [] }).ok).toBe(false);
    expect(checkAnnouncement({ digits: 6, labels: ["a", "a"] }).ok).toBe(false);
    expect(checkAnnouncement({ digits: 6, labels: ["公证员"] }).ok).toBe(false);
  });
});
