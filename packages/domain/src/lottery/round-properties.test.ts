import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawRound } from "./draw-round.ts";
import type { Mechanism, PartialUnitRule, RoundOutcome, RoundSetup } from "./lottery-types.ts";
import { prng, randomRound, shuffled, TEST_ANNOUNCEMENT, testInputs } from "./test-rounds.ts";

const variants: [Mechanism, PartialUnitRule][] = [
  ["boston", "skip"],
  ["boston", "stop"],
  ["deferred-acceptance", "skip"],
  ["deferred-acceptance", "stop"],
];

function draw(setup: RoundSetup, seed: number) {
  const result = drawRound({ setup, announcement: TEST_ANNOUNCEMENT, inputs: testInputs(prng(seed)) });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function admittedAt(outcome: RoundOutcome): Map<string, string> {
  const at = new Map<string, string>();
  for (const school of outcome.schools) for (const number of school.admitted) at.set(number, school.school);
  return at;
}

describe.each(variants)("a round under %s / %s", (mechanism, partialUnit) => {
  const round = fc.integer().map((seed) => {
    const rand = prng(seed);
    return {
      seed,
      setup: randomRound(rand, {
        applicants: 1 + Math.floor(rand() * 40),
        schools: 1 + Math.floor(rand() * 5),
        maxChoices: 3,
        unitShare: 0.2,
        mechanism,
        partialUnit,
      }),
    };
  });

  it("is deterministic and independent of the order of entry", () => {
    fc.assert(
      fc.property(round, ({ seed, setup }) => {
        const rand = prng(seed ^ 0x5bd1e995);
        const reordered: RoundSetup = {
          ...setup,
          schools: shuffled(rand, setup.schools),
          applicants: shuffled(rand, setup.applicants),
          units: shuffled(rand, setup.units).map((u) => ({ ...u, members: shuffled(rand, u.members) })),
        };
        const first = draw(setup, seed);
        expect(draw(setup, seed)).toEqual(first);
        expect(draw(reordered, seed)).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });

  it("never exceeds a quota, places each applicant at most once, and keeps units together", () => {
    fc.assert(
      fc.property(round, ({ seed, setup }) => {
        const { outcome } = draw(setup, seed);
        const at = admittedAt(outcome);
        const placedCount = outcome.schools.reduce((sum, s) => sum + s.admitted.length, 0);
        expect(at.size).toBe(placedCount);
        expect(placedCount + outcome.unplaced.length).toBe(setup.applicants.length);
        for (const school of outcome.schools) {
          const quota = setup.schools.find((s) => s.code === school.school)?.quota ?? 0;
          expect(school.admitted.length).toBeLessThanOrEqual(quota);
          expect(school.waiting.some((n) => at.get(n) === school.school)).toBe(false);
        }
        for (const unit of setup.units) {
          expect(new Set(unit.members.map((m) => at.get(m) ?? "unplaced")).size).toBe(1);
        }
        const choicesOf = new Map(setup.applicants.map((a) => [a.number, a.choices]));
        for (const [number, school] of at) expect(choicesOf.get(number)).toContain(school);
      }),
      { numRuns: 100 },
    );
  });

  it("admits everyone who listed an undersubscribed school first", () => {
    fc.assert(
      fc.property(round, ({ seed, setup }) => {
        const { outcome } = draw(setup, seed);
        const at = admittedAt(outcome);
        for (const school of outcome.schools.filter((s) => !s.oversubscribed)) {
          for (const a of setup.applicants.filter((x) => x.choices[0] === school.school)) {
            expect(at.get(a.number)).toBe(school.school);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
