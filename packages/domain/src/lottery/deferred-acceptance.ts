import type { AllocationProblem, Assignment } from "./allocation.ts";

/**
 * 平行志愿: student-proposing deferred acceptance where every school ranks by the same
 * lottery number. With one common ranking, DA's student-optimal stable matching is
 * exactly what serial dictatorship produces (按随机号从前到后依次检索志愿): each entity in
 * lottery order takes its most preferred school that still has room for all its
 * members. This form is the definition in docs/lottery.md because it stays well
 * defined with sibling units, where proposal-and-rejection rounds can strand places
 * (a unit displacing singles and then being displaced itself).
 * mechanisms.test.ts checks it against Gale–Shapley and brute force.
 *
 * Under "stop", a school where a unit found too few places admits nobody after it;
 * the unit goes on to its next choice either way.
 */
export function runDeferredAcceptance(problem: AllocationProblem): Assignment {
  const { quotas, sizes, choices, rule } = problem;
  const assignment = new Int32Array(sizes.length).fill(-1);
  const remaining = [...quotas];
  const closed = quotas.map(() => false);
  for (let e = 0; e < sizes.length; e++) {
    const size = sizes[e] ?? 1;
    for (const school of choices[e] ?? []) {
      if (closed[school]) continue;
      const left = remaining[school] ?? 0;
      if (size <= left) {
        assignment[e] = school;
        remaining[school] = left - size;
        break;
      }
      if (rule === "stop") closed[school] = true;
    }
  }
  return assignment;
}
