import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AllocationProblem } from "./allocation.ts";
import { runDeferredAcceptance } from "./deferred-acceptance.ts";
import { prng, shuffled } from "./test-rounds.ts";

/** Small random instances: entity index = lottery order, at most 5 entities and 3 schools. */
function randomProblem(seed: number, withUnits: boolean): AllocationProblem {
  const rand = prng(seed);
  const schools = 1 + Math.floor(rand() * 3);
  const entities = 1 + Math.floor(rand() * 5);
  const all = Array.from({ length: schools }, (_, s) => s);
  return {
    quotas: all.map(() => Math.floor(rand() * 3)),
    sizes: Array.from({ length: entities }, () => (withUnits && rand() < 0.3 ? 2 : 1)),
    choices: Array.from({ length: entities }, () =>
      shuffled(rand, all).slice(0, 1 + Math.floor(rand() * schools)),
    ),
    rule: "skip",
  };
}

/** Position of a school in an entity's list; unplaced or unlisted ranks last. */
function rankOf(p: AllocationProblem, e: number, school: number): number {
  const i = p.choices[e]?.indexOf(school) ?? -1;
  return i === -1 ? Number.POSITIVE_INFINITY : i;
}

/** Every assignment of entities to a listed school or nowhere that respects quotas. */
function feasibleAssignments(p: AllocationProblem): number[][] {
  const out: number[][] = [];
  const walk = (e: number, current: number[], used: number[]): void => {
    if (e === p.sizes.length) {
      out.push([...current]);
      return;
    }
    const size = p.sizes[e] ?? 1;
    for (const school of [-1, ...(p.choices[e] ?? [])]) {
      if (school !== -1 && (used[school] ?? 0) + size > (p.quotas[school] ?? 0)) continue;
      if (school !== -1) used[school] = (used[school] ?? 0) + size;
      current.push(school);
      walk(e + 1, current, used);
      current.pop();
      if (school !== -1) used[school] = (used[school] ?? 0) - size;
    }
  };
  walk(
    0,
    [],
    p.quotas.map(() => 0),
  );
  return out;
}

/**
 * Stable: no entity prefers a school that could seat it by turning away only entities
 * with worse numbers (with single applicants: a free place or a worse-ranked holder).
 */
function isStable(p: AllocationProblem, assignment: readonly number[]): boolean {
  return assignment.every((placed, e) =>
    (p.choices[e] ?? []).every((school) => {
      if (rankOf(p, e, school) >= rankOf(p, e, placed)) return true;
      let betterUse = 0;
      assignment.forEach((other, o) => {
        if (other === school && o < e) betterUse += p.sizes[o] ?? 1;
      });
      return betterUse + (p.sizes[e] ?? 1) > (p.quotas[school] ?? 0);
    }),
  );
}

/** Textbook Gale–Shapley, one proposal at a time, for single applicants. */
function galeShapley(p: AllocationProblem): number[] {
  const next = p.sizes.map(() => 0);
  const held: number[][] = p.quotas.map(() => []);
  const free = p.sizes.map((_, e) => e);
  for (let e = free.pop(); e !== undefined; e = free.pop()) {
    const school = p.choices[e]?.[next[e] ?? 0];
    if (school === undefined) continue;
    next[e] = (next[e] ?? 0) + 1;
    const holding = [...(held[school] ?? []), e].sort((a, b) => a - b);
    const quota = p.quotas[school] ?? 0;
    held[school] = holding.slice(0, quota);
    free.push(...holding.slice(quota));
  }
  const assignment = p.sizes.map(() => -1);
  held.forEach((list, school) => list.forEach((e) => (assignment[e] = school)));
  return assignment;
}

describe("平行志愿 (deferred acceptance)", () => {
  it("is stable and student-optimal among all stable matchings (brute force)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const p = randomProblem(seed, false);
        const da = [...runDeferredAcceptance(p)];
        expect(isStable(p, da)).toBe(true);
        for (const other of feasibleAssignments(p).filter((a) => isStable(p, a))) {
          other.forEach((school, e) =>
            expect(rankOf(p, e, da[e] ?? -1)).toBeLessThanOrEqual(rankOf(p, e, school)),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it("equals textbook Gale–Shapley with a common lottery ranking", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const p = randomProblem(seed, false);
        expect([...runDeferredAcceptance(p)]).toEqual(galeShapley(p));
      }),
      { numRuns: 400 },
    );
  });

  it("leaves no blocking pair and never exceeds a quota with sibling units", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const p = randomProblem(seed, true);
        const da = [...runDeferredAcceptance(p)];
        expect(isStable(p, da)).toBe(true);
        p.quotas.forEach((quota, school) => {
          const used = da.reduce((sum, s, e) => sum + (s === school ? (p.sizes[e] ?? 1) : 0), 0);
          expect(used).toBeLessThanOrEqual(quota);
        });
      }),
      { numRuns: 400 },
    );
  });
});
