import { describe, expect, it } from "vitest";
import type { AllocationProblem } from "./allocation.ts";
import { runBoston } from "./boston.ts";
import { runDeferredAcceptance } from "./deferred-acceptance.ts";
import type { PartialUnitRule } from "./lottery-types.ts";

/** Hand-made cases: entities are listed in lottery order (index 0 drew the best number). */
const X = 0;
const Y = 1;

function problem(
  quotas: number[],
  entities: { choices: number[]; size?: number }[],
  rule: PartialUnitRule = "skip",
): AllocationProblem {
  return { quotas, sizes: entities.map((e) => e.size ?? 1), choices: entities.map((e) => e.choices), rule };
}

const both = (p: AllocationProblem) => ({ boston: [...runBoston(p)], da: [...runDeferredAcceptance(p)] });

describe("志愿优先 and 平行志愿 on hand-made cases", () => {
  it("lets a first choice beat a better number under Boston but not under DA", () => {
    // A and B both put X first; C puts Y first. B loses X to A.
    const result = both(problem([1, 1], [{ choices: [X, Y] }, { choices: [X, Y] }, { choices: [Y] }]));
    // Boston: Y went to C in step 1, so B finds it full in step 2.
    expect(result.boston).toEqual([X, -1, Y]);
    // DA: B's better number displaces C at Y.
    expect(result.da).toEqual([X, Y, -1]);
  });

  it("fills places left after step 1 with second choices (Boston)", () => {
    const p = problem([2, 1], [{ choices: [Y, X] }, { choices: [Y, X] }, { choices: [X] }]);
    expect([...runBoston(p)]).toEqual([Y, X, X]);
  });

  it("never enters an applicant admitted at the first choice into the second", () => {
    const p = problem([1, 1], [{ choices: [X, Y] }, { choices: [Y] }]);
    expect([...runBoston(p)]).toEqual([X, Y]);
  });

  it("skips a unit that does not fit and continues with smaller entities", () => {
    const entities = [{ choices: [X] }, { choices: [X], size: 3 }, { choices: [X] }, { choices: [Y, X] }];
    expect(both(problem([3, 0], entities, "skip"))).toEqual({ boston: [X, -1, X, X], da: [X, -1, X, X] });
  });

  it("closes the school at a unit that does not fit (stop)", () => {
    const entities = [{ choices: [X] }, { choices: [X], size: 3 }, { choices: [X] }, { choices: [Y, X] }];
    // Boston: X closes in step 1, so the later second choice is refused too.
    // DA: X keeps A only; D's proposal ranks behind the unit, so it is refused as well.
    expect(both(problem([3, 0], entities, "stop"))).toEqual({ boston: [X, -1, -1, -1], da: [X, -1, -1, -1] });
  });

  it("gives a unit its highest choice with room for all members (DA)", () => {
    // The unit (2) finds one place left at Y and moves on to X; the single D still takes Y.
    const entities = [{ choices: [Y] }, { choices: [Y, X], size: 2 }, { choices: [X] }, { choices: [Y] }];
    expect([...runDeferredAcceptance(problem([2, 2], entities))]).toEqual([Y, X, -1, Y]);
  });

  it("agrees with Boston when no second choice is contested, and differs when one is", () => {
    // A takes Y, B takes X: C's only choice is gone under both mechanisms.
    const entities = [{ choices: [Y, X] }, { choices: [X, Y] }, { choices: [Y] }];
    expect(both(problem([1, 1], entities))).toEqual({ boston: [Y, X, -1], da: [Y, X, -1] });
    const crowded = [{ choices: [X, Y] }, { choices: [X, Y] }, { choices: [Y, X] }];
    // B's second choice Y is C's first: Boston gives it to C, DA to B's better number.
    expect(both(problem([1, 1], crowded))).toEqual({ boston: [X, -1, Y], da: [X, Y, -1] });
  });

  it("handles a school with no places", () => {
    expect(both(problem([0, 1], [{ choices: [X, Y] }, { choices: [X] }]))).toEqual({
      boston: [Y, -1],
      da: [Y, -1],
    });
  });
});
