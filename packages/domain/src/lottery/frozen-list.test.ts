import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { freezeLists, listDigest, listText } from "./frozen-list.ts";
import type { RoundSetup } from "./lottery-types.ts";
import { validateRoundSetup } from "./round-setup.ts";

const setup: RoundSetup = {
  label: "R1",
  mechanism: "boston",
  partialUnit: "skip",
  schools: [
    { code: "S02", quota: 1 },
    { code: "S01", quota: 2 },
  ],
  applicants: [
    { number: "A03", choices: ["S01", "S02"] },
    { number: "A01", choices: ["S02"] },
    { number: "A05", choices: ["S01"] },
    { number: "A04", choices: ["S01"] },
  ],
  units: [{ id: "U1", members: ["A05", "A04"] }],
};

describe("frozen lists", () => {
  it("serialises a school's list canonically", () => {
    const [s01] = freezeLists(setup);
    expect(s01 === undefined ? "" : listText(s01)).toBe(
      [
        "edubureau-lottery/1 list",
        "school=S01",
        "quota=2",
        "applicant=A03,1",
        "applicant=A04,1",
        "applicant=A05,1",
        "unit=U1:A04,A05",
      ].join("\n"),
    );
    expect(s01?.digest).toBe(bytesToHex(sha256(utf8ToBytes(s01 === undefined ? "" : listText(s01)))));
  });

  it("records the choice number at each school", () => {
    const [, s02] = freezeLists(setup);
    expect(s02?.applicants).toEqual([
      { number: "A01", choice: 1 },
      { number: "A03", choice: 2 },
    ]);
  });

  it("gives the same digests whatever the order of entry", () => {
    const reordered: RoundSetup = {
      ...setup,
      schools: [...setup.schools].reverse(),
      applicants: [...setup.applicants].reverse(),
      units: [{ id: "U1", members: ["A04", "A05"] }],
    };
    expect(freezeLists(reordered)).toEqual(freezeLists(setup));
    const [s01] = freezeLists(setup);
    if (s01 === undefined) throw new Error("no list");
    expect(listDigest({ ...s01, applicants: [...s01.applicants].reverse() })).toBe(s01.digest);
  });

  it("changes the digest when one applicant changes", () => {
    const [s01] = freezeLists(setup);
    if (s01 === undefined) throw new Error("no list");
    const changed = {
      ...s01,
      applicants: s01.applicants.map((a) => (a.number === "A03" ? { ...a, number: "A06" } : a)),
    };
    expect(listDigest(changed)).not.toBe(s01.digest);
  });
});

describe("round validation", () => {
  it.each<[string, Partial<RoundSetup>, string]>([
    ["a bad applicant number", { applicants: [{ number: "A 1", choices: ["S01"] }] }, "报名号「A 1」"],
    [
      "a duplicate applicant",
      {
        applicants: [
          { number: "A1", choices: ["S01"] },
          { number: "A1", choices: ["S02"] },
        ],
      },
      "重复",
    ],
    ["no choices", { applicants: [{ number: "A1", choices: [] }] }, "没有填报志愿"],
    ["an unknown school", { applicants: [{ number: "A1", choices: ["S09"] }] }, "S09"],
    ["the same school twice", { applicants: [{ number: "A1", choices: ["S01", "S01"] }] }, "同一所学校"],
    ["a negative quota", { schools: [{ code: "S01", quota: -1 }] }, "非负整数"],
    ["a unit of one", { units: [{ id: "U1", members: ["A05"] }] }, "至少应有2名"],
    ["a unit member who did not apply", { units: [{ id: "U1", members: ["A05", "A09"] }] }, "不是本轮报名者"],
    ["a unit with different choices", { units: [{ id: "U1", members: ["A03", "A04"] }] }, "志愿不一致"],
    [
      "two units sharing a member",
      {
        units: [
          { id: "U1", members: ["A04", "A05"] },
          { id: "U2", members: ["A05", "A03"] },
        ],
      },
      "多个多胞胎组",
    ],
  ])("refuses %s with a Chinese message", (_, change, words) => {
    const result = validateRoundSetup({ ...setup, ...change });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(words);
  });

  it("accepts the example", () => {
    expect(validateRoundSetup(setup).ok).toBe(true);
  });
});
