import { describe, expect, it } from "vitest";
import { createBundle, drawRound } from "./draw-round.ts";
import { listDigest } from "./frozen-list.ts";
import type { BundleRound, LotteryBundle } from "./lottery-types.ts";
import { deriveSeed } from "./seed.ts";
import { prng, randomRound, TEST_ANNOUNCEMENT, testInputs } from "./test-rounds.ts";
import { verifyBundle } from "./verify-bundle.ts";

function sampleBundle(): LotteryBundle {
  const rand = prng(2024);
  const setup = randomRound(rand, {
    applicants: 40,
    schools: 3,
    maxChoices: 3,
    unitShare: 0.15,
    maxQuota: 10,
  });
  const round = drawRound({ setup, announcement: TEST_ANNOUNCEMENT, inputs: testInputs(rand) });
  if (!round.ok) throw new Error(round.message);
  return createBundle([round.value]);
}

/** A deep copy as a verifier would read it from a file. */
function copy(bundle: LotteryBundle): LotteryBundle {
  return JSON.parse(JSON.stringify(bundle)) as LotteryBundle;
}

function firstRound(bundle: LotteryBundle): BundleRound {
  const round = bundle.rounds[0];
  if (round === undefined) throw new Error("no round");
  return round;
}

/** Replaces one applicant number in the first list, optionally fixing the digest and the seed as a forger would. */
function forge(fix: "nothing" | "digest" | "digest and seed"): LotteryBundle {
  const bundle = copy(sampleBundle());
  const round = firstRound(bundle);
  const [list, ...others] = round.lists;
  if (list === undefined) throw new Error("no list");
  // An applicant who chose only this school and has no twin, so the lists stay consistent.
  const elsewhere = new Set(others.flatMap((l) => l.applicants.map((a) => a.number)));
  const twins = new Set(list.units.flatMap((u) => u.members));
  const victim = list.applicants.find((a) => !elsewhere.has(a.number) && !twins.has(a.number));
  if (victim === undefined) throw new Error("no single-choice applicant");
  const applicants = list.applicants.map((a) => (a === victim ? { ...a, number: "Z9999" } : a));
  let forged = { ...list, applicants };
  if (fix !== "nothing") forged = { ...forged, digest: listDigest(forged) };
  let seed = round.seed;
  if (fix === "digest and seed") {
    const derived = deriveSeed({
      ...round,
      lists: [forged, ...others],
      announcement: round.seedAnnouncement,
      inputs: round.seedInputs,
    });
    if (!derived.ok) throw new Error(derived.message);
    seed = derived.value;
  }
  return { ...bundle, rounds: [{ ...round, lists: [forged, ...others], seed }] };
}

describe("verifyBundle", () => {
  it("finds a freshly drawn bundle identical, also after a JSON round trip", () => {
    const bundle = sampleBundle();
    const result = verifyBundle(copy(bundle));
    expect(result).toMatchObject({
      identical: true,
      counts: { rounds: 1, schools: 3, applicants: 40, admitted: expect.any(Number) as number },
    });
    expect(verifyBundle(bundle)).toEqual(result);
  });

  it("reports a changed applicant as a digest mismatch", () => {
    const result = verifyBundle(forge("nothing"));
    expect(result.identical).toBe(false);
    expect(!result.identical && result.difference).toMatchObject({ kind: "digest", school: "S01" });
    expect(!result.identical && result.difference.message).toContain("摘要不一致");
  });

  it("reports a changed applicant with a recomputed digest as a seed mismatch", () => {
    const result = verifyBundle(forge("digest"));
    expect(!result.identical && result.difference.kind).toBe("seed");
  });

  it("reports a changed applicant with digest and seed recomputed as a result difference", () => {
    const result = verifyBundle(forge("digest and seed"));
    expect(!result.identical && result.difference).toMatchObject({ kind: "result", round: "R1" });
  });

  it("reports lists that disagree with each other even with fresh digests", () => {
    const bundle = copy(sampleBundle());
    const round = firstRound(bundle);
    const lists = round.lists.map((list, i) => {
      if (i !== 0) return list;
      const changed = {
        ...list,
        applicants: list.applicants.map((a, n) => (n === 0 ? { ...a, choice: 9 } : a)),
      };
      return { ...changed, digest: listDigest(changed) };
    });
    const result = verifyBundle({ ...bundle, rounds: [{ ...round, lists }] });
    expect(!result.identical && result.difference).toMatchObject({ kind: "list", round: "R1" });
    expect(!result.identical && result.difference.message).toContain("志愿序号");
  });

  it("names the school, list and position of a swapped result", () => {
    const bundle = copy(sampleBundle());
    const round = firstRound(bundle);
    const schools = round.outcome.schools.map((s) => {
      const [a, b, ...rest] = s.admitted;
      return s.school === "S02" && a !== undefined && b !== undefined
        ? { ...s, admitted: [b, a, ...rest] }
        : s;
    });
    const tampered = { ...bundle, rounds: [{ ...round, outcome: { ...round.outcome, schools } }] };
    const result = verifyBundle(tampered);
    const original = round.outcome.schools.find((s) => s.school === "S02")?.admitted ?? [];
    expect(!result.identical && result.difference).toMatchObject({
      kind: "result",
      school: "S02",
      list: "admitted",
      position: 1,
      expected: original[0],
      found: original[1],
    });
  });

  it("reports a missing last entry with nothing found", () => {
    const bundle = copy(sampleBundle());
    const round = firstRound(bundle);
    const unplaced = round.outcome.unplaced.slice(0, -1);
    const result = verifyBundle({
      ...bundle,
      rounds: [{ ...round, outcome: { ...round.outcome, unplaced } }],
    });
    expect(!result.identical && result.difference).toMatchObject({
      kind: "result",
      list: "unplaced",
      found: null,
    });
  });

  it("reports seed inputs that differ from the record or from the announced format", () => {
    const bundle = copy(sampleBundle());
    const round = firstRound(bundle);
    const changed = round.seedInputs.map((i, n) =>
      n === 0 ? { ...i, value: i.value === "000000" ? "000001" : "000000" } : i,
    );
    const seedResult = verifyBundle({ ...bundle, rounds: [{ ...round, seedInputs: changed }] });
    expect(!seedResult.identical && seedResult.difference.kind).toBe("seed");
    const malformed = round.seedInputs.map((i, n) => (n === 0 ? { ...i, value: "12" } : i));
    const formatResult = verifyBundle({ ...bundle, rounds: [{ ...round, seedInputs: malformed }] });
    expect(!formatResult.identical && formatResult.difference.kind).toBe("seed-inputs");
  });

  it("refuses another algorithm version and malformed JSON", () => {
    const versioned = verifyBundle({ ...sampleBundle(), algorithmVersion: "edubureau-lottery/0" });
    expect(!versioned.identical && versioned.difference.kind).toBe("version");
    const malformed = verifyBundle({ algorithmVersion: "edubureau-lottery/1", rounds: [{ label: "R1" }] });
    expect(!malformed.identical && malformed.difference).toMatchObject({ kind: "format" });
    expect(!malformed.identical && malformed.difference.message).toContain("rounds.0");
    expect(verifyBundle(null).identical).toBe(false);
  });
});
