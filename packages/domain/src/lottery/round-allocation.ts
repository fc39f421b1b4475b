import type { AllocationProblem, Assignment } from "./allocation.ts";
import { runBoston } from "./boston.ts";
import { runDeferredAcceptance } from "./deferred-acceptance.ts";
import { compareText } from "./lottery-text.ts";
import type { Mechanism, RoundOutcome, RoundSetup, SchoolOutcome } from "./lottery-types.ts";
import type { RankedEntity } from "./ranking.ts";
import { rankEntities } from "./ranking.ts";

/** Runs a validated round with a derived seed. Pure: the same setup and seed give the same outcome. */
export function allocateRound(setup: RoundSetup, seedHex: string): RoundOutcome {
  const entities = rankEntities(setup, seedHex);
  const schools = [...setup.schools].sort((a, b) => compareText(a.code, b.code));
  const indexOf = new Map(schools.map((s, i) => [s.code, i]));
  const problem: AllocationProblem = {
    quotas: schools.map((s) => s.quota),
    sizes: entities.map((e) => e.members.length),
    choices: entities.map((e) => {
      const indices: number[] = [];
      for (const code of e.choices) indices.push(indexOf.get(code) ?? -1);
      return indices;
    }),
    rule: setup.partialUnit,
  };
  const assignment = runMechanism(setup.mechanism, problem);
  return describeOutcome(
    schools.map((s) => s.code),
    problem,
    entities,
    assignment,
  );
}

export function runMechanism(mechanism: Mechanism, problem: AllocationProblem): Assignment {
  switch (mechanism) {
    case "boston":
      return runBoston(problem);
    case "deferred-acceptance":
      return runDeferredAcceptance(problem);
  }
}

/**
 * Turns an assignment into published lists. Waiting lists hold, in lottery order, those
 * who listed a school and were placed nowhere or only at a school they ranked lower.
 */
function describeOutcome(
  codes: readonly string[],
  problem: AllocationProblem,
  entities: readonly RankedEntity[],
  assignment: Assignment,
): RoundOutcome {
  const admitted: string[][] = codes.map(() => []);
  const waiting: string[][] = codes.map(() => []);
  const demand = codes.map(() => 0);
  const unplaced: string[] = [];
  entities.forEach((entity, e) => {
    const placed = assignment[e] ?? -1;
    let preferred = true; // still before the school the entity holds
    for (const school of problem.choices[e] ?? []) {
      demand[school] = (demand[school] ?? 0) + entity.members.length;
      if (school === placed) preferred = false;
      else if (preferred) pushAll(waiting[school], entity.members);
    }
    pushAll(placed === -1 ? unplaced : admitted[placed], entity.members);
  });
  const schools: SchoolOutcome[] = codes.map((school, s) => ({
    school,
    oversubscribed: (demand[s] ?? 0) > (problem.quotas[s] ?? 0),
    admitted: admitted[s] ?? [],
    waiting: waiting[s] ?? [],
  }));
  return { schools, unplaced };
}

function pushAll(target: string[] | undefined, items: readonly string[]): void {
  for (const item of items) target?.push(item);
}
