import { setupFromLists } from "./list-setup.ts";
import type { BundleRound, LedgerEvent, LotteryResult, RoundSetup } from "./lottery-types.ts";
import { lotteryFailure } from "./lottery-types.ts";
import { nextRoundProblem } from "./next-round.ts";

/** What the ledger is told; promotions are never input, they follow from these (docs/lottery.md §递补). */
export type LedgerInput = { kind: "round"; round: string } | { kind: "declined"; number: string; at: string };

interface JoinedRound {
  round: BundleRound;
  waiting: Map<string, readonly string[]>;
}

/**
 * 招生名额台账: one per enrolment round (year and stage), across 第一轮, 递补 and 第二轮. Every place
 * has at most one holder and every child at most one place at any moment: a place changes hands only
 * by a decline (放弃) or a promotion (递补), and a promotion moves the child out of the place they held.
 * Schools' capacities are the first round's quotas; a later round offers only places free when it joins.
 */
export class PlacementLedger {
  readonly capacity = new Map<string, number>();
  /** School → holders, in the order they took their places. */
  readonly held = new Map<string, string[]>();
  readonly holder = new Map<string, string>();
  /** The round (label) whose draw or waiting list gave each holder their place. */
  readonly via = new Map<string, string>();
  readonly declined = new Set<string>();
  /** Every child of every round so far with their choices: first-round choices, then new later ones. */
  readonly choices = new Map<string, readonly string[]>();
  readonly unitOf = new Map<string, readonly string[]>();
  readonly rounds: JoinedRound[] = [];
  readonly events: LedgerEvent[] = [];

  /** A round's published result joins the ledger. A later round must fit the ledger at that moment. */
  join(round: BundleRound, given?: RoundSetup): string | null {
    let setup = given;
    if (setup === undefined) {
      const fromLists = setupFromLists(round);
      if (!fromLists.ok) return fromLists.message;
      setup = fromLists.value;
    }
    if (this.rounds.length === 0) {
      for (const list of round.lists) {
        this.capacity.set(list.school, list.quota);
        this.held.set(list.school, []);
      }
    } else {
      const problem = nextRoundProblem(this, setup);
      if (problem !== null) return problem;
    }
    const first = this.rounds.length === 0;
    for (const { number, choices } of setup.applicants) {
      const earlier = first ? undefined : this.choices.get(number);
      this.choices.set(
        number,
        earlier === undefined ? choices : [...earlier, ...choices.filter((c) => !earlier.includes(c))],
      );
    }
    for (const unit of setup.units) for (const member of unit.members) this.unitOf.set(member, unit.members);
    this.events.push({ kind: "round", round: round.label });
    for (const school of round.outcome.schools) {
      for (const number of school.admitted) this.place(number, school.school, round.label);
    }
    this.rounds.push({ round, waiting: new Map(round.outcome.schools.map((s) => [s.school, s.waiting])) });
    return this.overfull();
  }

  /** 放弃录取: the child leaves for good; the place goes down the waiting lists. */
  decline(number: string, at: string): string | null {
    if (this.declined.has(number)) return `报名号「${number}」已放弃录取`;
    const school = this.holder.get(number);
    if (school === undefined) return `报名号「${number}」没有可放弃的录取名额`;
    this.release(number, school);
    this.declined.add(number);
    this.events.push({ kind: "declined", number, school, at });
    this.fill(school);
    return null;
  }

  free(school: string): number {
    return (this.capacity.get(school) ?? 0) - (this.held.get(school)?.length ?? 0);
  }

  /** Whether the child would move to the school: not gone, not there, and prefers it to what they hold. */
  wants(number: string, school: string): boolean {
    if (this.declined.has(number)) return false;
    const held = this.holder.get(number);
    if (held === school) return false;
    if (held === undefined) return true;
    const choices = this.choices.get(number) ?? [];
    const wanted = choices.indexOf(school);
    return wanted !== -1 && wanted < choices.indexOf(held);
  }

  /** The school's waiting lists, first round first, each in its lottery order, without repeats. */
  *waitingFor(school: string): Generator<{ number: string; round: BundleRound }> {
    const seen = new Set<string>();
    for (const { round, waiting } of this.rounds) {
      for (const number of waiting.get(school) ?? []) {
        if (seen.has(number)) continue;
        seen.add(number);
        yield { number, round };
      }
    }
  }

  /**
   * How many on the school's waiting lists would still move there: waitingFor() counted with plain loops,
   * since the public figures count every school's lists at once (100,000 applicants in the bench).
   */
  countWaiting(school: string): number {
    const lists = this.rounds.map((r) => r.waiting.get(school) ?? []);
    let count = 0;
    if (lists.length === 1) {
      for (const number of lists[0] ?? []) if (this.wants(number, school)) count += 1;
      return count;
    }
    const seen = new Set<string>();
    for (const list of lists) {
      for (const number of list) {
        if (seen.has(number)) continue;
        seen.add(number);
        if (this.wants(number, school)) count += 1;
      }
    }
    return count;
  }

  private place(number: string, school: string, via: string): void {
    this.held.get(school)?.push(number);
    this.holder.set(number, school);
    this.via.set(number, via);
  }

  private release(number: string, school: string): void {
    const list = this.held.get(school) ?? [];
    list.splice(list.indexOf(number), 1);
    this.holder.delete(number);
    this.via.delete(number);
  }

  /**
   * Offers a school's free places down its waiting lists; a child who moves frees their old place,
   * offered the same way. A sibling unit moves only when every member fits; under `stop` (of the
   * round whose list it is) a unit that does not fit ends the offer, so rank order is never jumped.
   */
  private fill(first: string): void {
    const queue = [first];
    while (queue.length > 0) {
      const school = queue.shift() ?? "";
      for (const { number, round } of this.waitingFor(school)) {
        const free = this.free(school);
        if (free <= 0) break;
        if (!this.wants(number, school)) continue;
        const group = this.unitOf.get(number) ?? [number];
        if (!group.every((m) => this.wants(m, school))) continue;
        if (group.length > free) {
          if (round.partialUnit === "stop") break;
          continue;
        }
        for (const member of group) {
          const from = this.holder.get(member) ?? null;
          if (from !== null) {
            this.release(member, from);
            if (!queue.includes(from)) queue.push(from);
          }
          this.place(member, school, round.label);
          this.events.push({ kind: "promoted", number: member, school, from, list: round.label });
        }
      }
    }
  }

  private overfull(): string | null {
    for (const [school, list] of this.held) {
      if (list.length > (this.capacity.get(school) ?? 0)) return `学校「${school}」录取人数超过名额`;
    }
    return null;
  }
}

/**
 * Replays a log on the published rounds. Each `round` input joins the next round in order; the first
 * input must be the first round. Returns the ledger, whose `events` hold every promotion as well.
 */
export function replayLedger(
  rounds: readonly BundleRound[],
  inputs: readonly LedgerInput[],
  setups: readonly RoundSetup[] = [],
): LotteryResult<PlacementLedger> {
  const ledger = new PlacementLedger();
  let next = 0;
  for (const [i, input] of inputs.entries()) {
    if (input.kind === "round") {
      const round = rounds[next];
      if (round?.label !== input.round) {
        return lotteryFailure(
          `台账第${i + 1}条：应为第「${round?.label ?? "（无）"}」轮加入，记录为「${input.round}」`,
        );
      }
      const problem = ledger.join(round, setups[next]);
      next += 1;
      if (problem !== null) return lotteryFailure(`第「${round.label}」轮与台账不衔接：${problem}`);
      continue;
    }
    if (next === 0) return lotteryFailure(`台账第${i + 1}条：第一轮之前不能放弃录取`);
    const problem = ledger.decline(input.number, input.at);
    if (problem !== null) return lotteryFailure(`台账第${i + 1}条：${problem}`);
  }
  if (next !== rounds.length) return lotteryFailure(`台账没有记录第「${rounds[next]?.label ?? ""}」轮加入`);
  return { ok: true, value: ledger };
}

/** The inputs of a recorded log: declines and round joins; promotions are recomputed, never trusted. */
export function ledgerInputs(events: readonly LedgerEvent[]): LedgerInput[] {
  const inputs: LedgerInput[] = [];
  for (const event of events) {
    if (event.kind === "round") inputs.push({ kind: "round", round: event.round });
    else if (event.kind === "declined") inputs.push({ kind: "declined", number: event.number, at: event.at });
  }
  return inputs;
}
