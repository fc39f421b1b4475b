import type { AllocationProblem, Assignment } from "./allocation.ts";
import { fillSeats } from "./allocation.ts";

/**
 * 志愿优先 (Boston mechanism). In step k each school considers, in lottery order, the
 * entities still unplaced whose k-th choice it is, and admits them while places last.
 * Admission is final: an applicant drawn at the first choice never enters the second.
 * Under "stop" a school where a unit did not fit admits nobody in any later step.
 */
export function runBoston(problem: AllocationProblem): Assignment {
  const { quotas, sizes, choices, rule } = problem;
  const assignment = new Int32Array(sizes.length).fill(-1);
  const remaining = [...quotas];
  const closed = quotas.map(() => false);
  const steps = choices.reduce((max, list) => Math.max(max, list.length), 0);
  for (let k = 0; k < steps; k++) {
    // Built by ascending entity index, so each bucket is already in lottery order.
    const buckets: number[][] = quotas.map(() => []);
    for (let e = 0; e < sizes.length; e++) {
      const school = choices[e]?.[k];
      if (assignment[e] === -1 && school !== undefined) buckets[school]?.push(e);
    }
    buckets.forEach((bucket, school) => {
      if (bucket.length === 0 || closed[school]) return;
      const fill = fillSeats(bucket, sizes, remaining[school] ?? 0, rule);
      for (const e of fill.accepted) {
        assignment[e] = school;
        remaining[school] = (remaining[school] ?? 0) - (sizes[e] ?? 1);
      }
      if (fill.stopped) closed[school] = true;
    });
  }
  return assignment;
}
