import type { BundleRound } from "../lottery/index.ts";

/** One step of 递补: an applicant gave up a place, or moved up from a school's waiting list. */
export type WaitingListMove =
  | { kind: "declined"; school: string; number: string }
  | { kind: "promoted"; school: string; number: string; from: string | null };

export interface WaitingListState {
  /** School code → admitted numbers after the moves. */
  admitted: Map<string, string[]>;
  moves: WaitingListMove[];
}

/**
 * Replays declines (放弃录取) on a published round in the order they were recorded. A freed place
 * goes down that school's waiting list in lottery order to the first applicant who still prefers
 * the school to what they hold (a sibling unit only when the places fit all of it); an applicant
 * who moves frees their old place in turn, which is offered the same way.
 */
export function replayDeclines(round: BundleRound, declines: readonly string[]): WaitingListState {
  const quota = new Map(round.lists.map((l) => [l.school, l.quota]));
  const choiceOf = new Map<string, number>();
  for (const list of round.lists)
    for (const a of list.applicants) choiceOf.set(`${list.school}|${a.number}`, a.choice);
  const unitOf = new Map<string, readonly string[]>();
  for (const list of round.lists)
    for (const u of list.units) for (const m of u.members) unitOf.set(m, u.members);
  const admitted = new Map(round.outcome.schools.map((s) => [s.school, [...s.admitted]]));
  const waiting = new Map(round.outcome.schools.map((s) => [s.school, s.waiting]));
  const holding = new Map<string, string>();
  for (const [school, numbers] of admitted) for (const n of numbers) holding.set(n, school);
  const gone = new Set<string>();
  const moves: WaitingListMove[] = [];

  const prefers = (number: string, school: string): boolean => {
    const held = holding.get(number);
    if (held === undefined) return true;
    const wanted = choiceOf.get(`${school}|${number}`) ?? Infinity;
    return wanted < (choiceOf.get(`${held}|${number}`) ?? Infinity);
  };

  const fill = (school: string): void => {
    const queue = [school];
    while (queue.length > 0) {
      const code = queue.shift() ?? "";
      const list = admitted.get(code) ?? [];
      for (const number of waiting.get(code) ?? []) {
        const free = (quota.get(code) ?? 0) - list.length;
        if (free <= 0) break;
        if (gone.has(number) || list.includes(number) || !prefers(number, code)) continue;
        const group = unitOf.get(number) ?? [number];
        if (group.length > free || group.some((m) => gone.has(m))) continue;
        for (const member of group) {
          const from = holding.get(member) ?? null;
          if (from !== null) {
            admitted.set(
              from,
              (admitted.get(from) ?? []).filter((n) => n !== member),
            );
            if (!queue.includes(from)) queue.push(from);
          }
          list.push(member);
          holding.set(member, code);
          moves.push({ kind: "promoted", school: code, number: member, from });
        }
      }
      admitted.set(code, list);
    }
  };

  for (const number of declines) {
    const school = holding.get(number);
    gone.add(number);
    if (school === undefined) continue;
    holding.delete(number);
    admitted.set(
      school,
      (admitted.get(school) ?? []).filter((n) => n !== number),
    );
    moves.push({ kind: "declined", school, number });
    fill(school);
  }
  return { admitted, moves };
}
