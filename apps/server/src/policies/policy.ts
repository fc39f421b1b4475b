import type { Actor } from "../http/actor.ts";
import type { AppError } from "../http/problem.ts";

/** A rule's answer: allowed, or the error that tells the actor why not (built only when thrown). */
export type Verdict = true | (() => AppError);

export type Rule<R> = (actor: Actor, record: R) => Verdict;

/**
 * One entity's policy (Outline style): each action names the rule that decides it. Services call
 * `authorize(actor, action, record)`; responses carry `abilities(actor, record)` so the web hides buttons
 * by the same rule.
 */
export interface Policy<R, A extends string> {
  allow(actor: Actor, action: A, record: R): boolean;
  authorize(actor: Actor, action: A, record: R): void;
  abilities(actor: Actor, record: R): Record<A, boolean>;
}

export function definePolicy<R, A extends string>(rules: Record<A, Rule<R>>): Policy<R, A> {
  const actions = Object.keys(rules) as A[];
  const allow = (actor: Actor, action: A, record: R) => rules[action](actor, record) === true;
  return {
    allow,
    authorize(actor, action, record) {
      const verdict = rules[action](actor, record);
      if (verdict !== true) throw verdict();
    },
    abilities(actor, record) {
      return Object.fromEntries(actions.map((action) => [action, allow(actor, action, record)])) as Record<
        A,
        boolean
      >;
    },
  };
}

/** Runs the checks in order and answers with the first denial. */
export function firstDenial(...verdicts: (() => Verdict)[]): Verdict {
  for (const verdict of verdicts) {
    const answer = verdict();
    if (answer !== true) return answer;
  }
  return true;
}
