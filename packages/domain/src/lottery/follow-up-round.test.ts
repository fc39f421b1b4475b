import { describe, expect, it } from "vitest";
import { createBundle, drawRound } from "./draw-round.ts";
import { followUpSetup, remainingPlaces } from "./follow-up-round.ts";
import { freezeLists } from "./frozen-list.ts";
import type { BundleRound, RoundSetup } from "./lottery-types.ts";
import { deriveSeed } from "./seed.ts";
import { TEST_ANNOUNCEMENT } from "./test-rounds.ts";
import { verifyBundle } from "./verify-bundle.ts";

const inputs = [
  { label: "notary", value: "482913" },
  { label: "parent-1", value: "073311" },
  { label: "parent-2", value: "650042" },
];

const applicants = Array.from({ length: 14 }, (_, i) => `A${String(i + 1).padStart(2, "0")}`);
const firstSetup: RoundSetup = {
  label: "R1",
  mechanism: "boston",
  partialUnit: "skip",
  schools: [
    { code: "S01", quota: 4 },
    { code: "S02", quota: 3 },
    { code: "S03", quota: 2 },
  ],
  applicants: applicants.map((number, i) => ({ number, choices: i < 10 ? ["S01"] : ["S02"] })),
  units: [{ id: "U1", members: ["A01", "A02"] }],
};

function firstRound(): BundleRound {
  const round = drawRound({ setup: firstSetup, announcement: TEST_ANNOUNCEMENT, inputs });
  if (!round.ok) throw new Error(round.message);
  return round.value;
}

describe("second round (补录)", () => {
  it("offers the places left to the applicants left", () => {
    const previous = firstRound();
    expect(remainingPlaces(previous)).toEqual([
      { code: "S01", quota: 0 },
      { code: "S02", quota: 0 },
      { code: "S03", quota: 2 },
    ]);
    const choices = previous.outcome.unplaced.map((number) => ({ number, choices: ["S03"] }));
    const setup = followUpSetup({ previous, label: "R2", mechanism: "deferred-acceptance", choices });
    expect(setup.ok && setup.value.schools).toEqual([{ code: "S03", quota: 2 }]);
    if (!setup.ok) return;
    const second = drawRound({ setup: setup.value, announcement: TEST_ANNOUNCEMENT, inputs });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.value.outcome.schools[0]?.admitted).toHaveLength(2);
    expect(verifyBundle(createBundle([previous, second.value]))).toMatchObject({
      identical: true,
      counts: { rounds: 2 },
    });
  });

  it("refuses an applicant admitted in the first round and a school with no place left", () => {
    const previous = firstRound();
    const admitted = previous.outcome.schools[0]?.admitted[0] ?? "";
    const unplaced = previous.outcome.unplaced[0] ?? "";
    const again = followUpSetup({
      previous,
      label: "R2",
      mechanism: "boston",
      choices: [{ number: admitted, choices: ["S03"] }],
    });
    expect(!again.ok && again.message).toContain("不是上一轮未录取");
    const full = followUpSetup({
      previous,
      label: "R2",
      mechanism: "boston",
      choices: [{ number: unplaced, choices: ["S01"] }],
    });
    expect(!full.ok && full.message).toContain("已无剩余名额");
  });

  it("keeps a unit whole", () => {
    const setup: RoundSetup = {
      ...firstSetup,
      schools: [{ code: "S01", quota: 0 }, ...firstSetup.schools.slice(1)],
    };
    const drawn = drawRound({ setup, announcement: TEST_ANNOUNCEMENT, inputs });
    if (!drawn.ok) throw new Error(drawn.message);
    const previous = drawn.value;
    expect(previous.outcome.unplaced).toContain("A01");
    const split = followUpSetup({
      previous,
      label: "R2",
      mechanism: "boston",
      choices: [{ number: "A01", choices: ["S03"] }],
    });
    expect(!split.ok && split.message).toContain("一同参加");
    const whole = followUpSetup({
      previous,
      label: "R2",
      mechanism: "boston",
      choices: ["A01", "A02"].map((number) => ({ number, choices: ["S03"] })),
    });
    expect(whole.ok && whole.value.units).toEqual([{ id: "U1", members: ["A01", "A02"] }]);
  });

  it("lets verifyBundle catch a second round that invents places", () => {
    const previous = firstRound();
    const choices = previous.outcome.unplaced.map((number) => ({ number, choices: ["S03"] }));
    const setup: RoundSetup = {
      label: "R2",
      mechanism: "boston",
      partialUnit: "skip",
      schools: [{ code: "S03", quota: 5 }],
      applicants: choices,
      units: [],
    };
    const second = drawRound({ setup, announcement: TEST_ANNOUNCEMENT, inputs });
    if (!second.ok) throw new Error(second.message);
    const result = verifyBundle(createBundle([previous, second.value]));
    expect(!result.identical && result.difference.kind).toBe("follow-up");
    expect(freezeLists(setup)).toHaveLength(1);
    expect(deriveSeed({ ...second.value, announcement: TEST_ANNOUNCEMENT, inputs }).ok).toBe(true);
  });
});
