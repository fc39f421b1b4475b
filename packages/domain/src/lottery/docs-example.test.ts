import { describe, expect, it } from "vitest";
import { drawRound } from "./draw-round.ts";
import { listText } from "./frozen-list.ts";
import { lotteryNumber } from "./lottery-keys.ts";
import type { RoundSetup } from "./lottery-types.ts";
import { seedText } from "./seed.ts";

/**
 * The worked example of docs/lottery.md §13 (算例), as known-answer values: a reimplementation
 * that reproduces these hex strings hashes, seeds and ranks exactly as this one does.
 * If this test has to change, the algorithm version has to change too.
 */
const setup: RoundSetup = {
  label: "R1",
  mechanism: "boston",
  partialUnit: "skip",
  schools: [{ code: "S01", quota: 2 }],
  applicants: ["2025001", "2025002", "2025003", "2025004", "2025005", "2025006"].map((number) => ({
    number,
    choices: ["S01"],
  })),
  units: [{ id: "U01", members: ["2025002", "2025006"] }],
};
const announcement = { digits: 6, labels: ["notary", "parent-1", "parent-2"] };
const inputs = [
  { label: "parent-1", value: "118305" },
  { label: "notary", value: "402917" },
  { label: "parent-2", value: "977244" },
];

const DIGEST = "64deaa23d7f20a7445df41cef13e2966e61fae03e45e5842fd751adf44a8eee3";
const SEED = "d8a413709e2154e7a0e41b753082a5fe0f2d150198aa659f41e2cd5f10468578";
const NUMBERS: Record<string, string> = {
  "2025001": "9d161eaf111b634a975fa8b47187ccd4b4733de0cf4acda6e975095f771171a5",
  "2025002": "f4376f4aa1364de182e1502b8457c23816ac99f1e7a475c4dead50deaf8f8761",
  "2025003": "5748976764e73aed21ec44f0db967a12debf1b443b8ca834f28813c995a0378a",
  "2025004": "7ce2c84b7c3837c6ba5fd52f4c81db0ed93edb843c2405a27c34f365a1723c89",
  "2025005": "ef0ed594014e14ed0101d03149ca709d740ffbdd73c3e73715f058c4cc777b29",
  "2025006": "5bd8b59883c72a1cc4726683040904ea59c5e9a0d37a3886c221f2b14b9c171f",
};

describe("docs/lottery.md worked example", () => {
  const drawn = drawRound({ setup, announcement, inputs });
  if (!drawn.ok) throw new Error(drawn.message);
  const round = drawn.value;
  const [list] = round.lists;

  it("has the documented list text and digest", () => {
    expect(list === undefined ? "" : listText(list)).toBe(
      [
        "edubureau-lottery/1 list",
        "school=S01",
        "quota=2",
        ...["2025001", "2025002", "2025003", "2025004", "2025005", "2025006"].map((n) => `applicant=${n},1`),
        "unit=U01:2025002,2025006",
      ].join("\n"),
    );
    expect(list?.digest).toBe(DIGEST);
  });

  it("has the documented seed text and seed", () => {
    expect(seedText({ ...round, inputs: round.seedInputs })).toBe(
      [
        "edubureau-lottery/1 seed",
        "round=R1",
        "mechanism=boston",
        "partial-unit=skip",
        `list=S01:${DIGEST}`,
        "input=notary:402917",
        "input=parent-1:118305",
        "input=parent-2:977244",
      ].join("\n"),
    );
    expect(round.seed).toBe(SEED);
  });

  it("has the documented lottery numbers and result", () => {
    for (const [number, hex] of Object.entries(NUMBERS)) expect(lotteryNumber(SEED, number)).toBe(hex);
    expect(round.outcome).toEqual({
      schools: [
        {
          school: "S01",
          oversubscribed: true,
          admitted: ["2025003", "2025004"],
          waiting: ["2025002", "2025006", "2025001", "2025005"],
        },
      ],
      unplaced: ["2025002", "2025006", "2025001", "2025005"],
    });
  });
});
