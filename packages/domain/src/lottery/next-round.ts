import { compareText } from "./lottery-text.ts";
import type {
  ApplicantChoices,
  BundleRound,
  LotteryResult,
  Mechanism,
  PartialUnitRule,
  RoundSetup,
  SchoolQuota,
  SiblingUnit,
} from "./lottery-types.ts";
import { lotteryFailure } from "./lottery-types.ts";
import { validateRoundSetup } from "./round-setup.ts";

/** What a next round reads of the placement ledger: its state, structurally, so the two files need not import each other. */
export interface LedgerState {
  readonly capacity: ReadonlyMap<string, number>;
  readonly held: ReadonlyMap<string, readonly string[]>;
  readonly holder: ReadonlyMap<string, string>;
  readonly declined: ReadonlySet<string>;
  readonly choices: ReadonlyMap<string, readonly string[]>;
  readonly unitOf: ReadonlyMap<string, readonly string[]>;
  readonly rounds: readonly { round: BundleRound }[];
  free(school: string): number;
}

/** Places free in the ledger now, by school: what a later round may offer (schools with none take no part). */
export function openPlaces(ledger: LedgerState): SchoolQuota[] {
  return [...ledger.capacity.keys()]
    .sort(compareText)
    .map((code) => ({ code, quota: ledger.free(code) }))
    .filter((s) => s.quota > 0);
}

/** Who may take part in a later round: children of the ledger who hold no place and have not declined. */
export function mayApplyAgain(ledger: LedgerState, number: string): boolean {
  return ledger.choices.has(number) && !ledger.holder.has(number) && !ledger.declined.has(number);
}

export interface NextRoundOptions {
  ledger: LedgerState;
  label: string;
  mechanism: Mechanism;
  partialUnit: PartialUnitRule;
  choices: readonly ApplicantChoices[];
}

/**
 * 第二轮 (补录) from the ledger: the places free now and the children holding none. Sibling-unit ids
 * hold across rounds; a unit applies again as a whole or not at all.
 */
export function nextRoundSetup(options: NextRoundOptions): LotteryResult<RoundSetup> {
  const { ledger } = options;
  const units: SiblingUnit[] = [];
  const applying = new Set(options.choices.map((c) => c.number));
  const seen = new Set<string>();
  for (const number of [...applying].sort(compareText)) {
    const members = ledger.unitOf.get(number);
    if (members === undefined || seen.has(members.join(","))) continue;
    seen.add(members.join(","));
    if (!members.every((m) => applying.has(m)))
      return lotteryFailure(`多胞胎组的成员应一同参加本轮（报名号「${number}」）`);
    units.push({ id: unitIdOf(ledger, members), members });
  }
  const setup: RoundSetup = {
    label: options.label,
    mechanism: options.mechanism,
    partialUnit: options.partialUnit,
    schools: openPlaces(ledger),
    applicants: options.choices,
    units: units.sort((a, b) => compareText(a.id, b.id)),
  };
  const problem = nextRoundProblem(ledger, setup);
  return problem === null ? validateRoundSetup(setup) : lotteryFailure(problem);
}

function unitIdOf(ledger: LedgerState, members: readonly string[]): string {
  for (const { round } of ledger.rounds) {
    for (const list of round.lists) {
      const unit = list.units.find((u) => u.members.includes(members[0] ?? ""));
      if (unit !== undefined) return unit.id;
    }
  }
  return members[0] ?? "";
}

/** Whether a later round's setup is exactly what the ledger allows at this moment; null when it is. */
export function nextRoundProblem(ledger: LedgerState, setup: RoundSetup): string | null {
  const expected = openPlaces(ledger)
    .map((s) => `${s.code}:${s.quota}`)
    .join(" ");
  const found = [...setup.schools]
    .sort((a, b) => compareText(a.code, b.code))
    .map((s) => `${s.code}:${s.quota}`)
    .join(" ");
  if (expected !== found)
    return `各校计划数应为台账中的空余名额（${expected || "无"}），本轮名单为（${found || "无"}）`;
  for (const { number, choices } of setup.applicants) {
    if (!mayApplyAgain(ledger, number)) return `报名号「${number}」不是尚未录取的报名者`;
    const full = choices.find((code) => ledger.free(code) <= 0);
    if (full !== undefined) return `学校「${full}」已无空余名额，不能填报`;
  }
  const applying = new Set(setup.applicants.map((a) => a.number));
  const unitIds = new Map<string, string>();
  for (const { round } of ledger.rounds)
    for (const list of round.lists)
      for (const u of list.units) unitIds.set(u.id, [...u.members].sort(compareText).join(","));
  for (const unit of setup.units) {
    const members = [...unit.members].sort(compareText).join(",");
    if (unitIds.get(unit.id) !== members) return `多胞胎组「${unit.id}」应沿用第一轮的组标识和成员`;
  }
  const declaredUnits = new Set(setup.units.map((u) => u.id));
  for (const [id, members] of unitIds) {
    const present = members.split(",").filter((m) => applying.has(m)).length;
    if (present > 0 && !declaredUnits.has(id)) return `多胞胎组「${id}」的成员应作为一组参加本轮`;
    if (present > 0 && present !== members.split(",").length) return `多胞胎组「${id}」的成员应一同参加本轮`;
  }
  return null;
}
