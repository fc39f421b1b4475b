import { describe, expect, it } from "vitest";
import { checkAnnouncement, checkSeedInputs } from "./seed.ts";
import { commitmentDigest, commitmentText } from "./seed-commitment.ts";
import type { SeedAnnouncement } from "./lottery-types.ts";

const NONCE = "a1B2c3D4e5F6g7H8";
const recipe: SeedAnnouncement = {
  digits: 6,
  labels: ["notary", "parent-1"],
  commitments: [{ label: "notary", digest: commitmentDigest("notary", "402917", NONCE) }],
};

describe("on-site number commitments", () => {
  it("hashes one line anyone can recompute with sha256sum", () => {
    expect(commitmentText("notary", "402917", NONCE)).toBe(`notary:402917:${NONCE}`);
    // printf '%s' 'notary:402917:a1B2c3D4e5F6g7H8' | sha256sum
    expect(commitmentDigest("notary", "402917", NONCE)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("accepts the revealed value and nonce; an uncommitted label needs no nonce", () => {
    const inputs = [
      { label: "notary", value: "402917", nonce: NONCE },
      { label: "parent-1", value: "118305" },
    ];
    expect(checkSeedInputs(recipe, inputs).ok).toBe(true);
  });

  it.each([
    ["another value", { value: "402918", nonce: NONCE }, "承诺不符"],
    ["another nonce", { value: "402917", nonce: "zzzzzzzzzzzzzzzz" }, "承诺不符"],
    ["no nonce", { value: "402917" }, "口令"],
    ["a short nonce", { value: "402917", nonce: "abc" }, "口令"],
  ])("refuses %s", (_, notary, message) => {
    const result = checkSeedInputs(recipe, [
      { label: "notary", ...notary },
      { label: "parent-1", value: "118305" },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it.each([
    ["an unknown label", [{ label: "parent-9", digest: "0".repeat(64) }], "不是公告的现场随机数"],
    [
      "a label twice",
      [
        { label: "notary", digest: "0".repeat(64) },
        { label: "notary", digest: "1".repeat(64) },
      ],
      "重复",
    ],
    ["a digest that is not SHA-256 hex", [{ label: "notary", digest: "ABC" }], "64 位十六进制"],
  ])("refuses an announcement with %s", (_, commitments, message) => {
    const result = checkAnnouncement({ ...recipe, commitments });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
