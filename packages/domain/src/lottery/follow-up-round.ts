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

export interface FollowUpOptions {
  previous: BundleRound;
  label: string;
  mechanism: Mechanism;
  /** Defaults to the previous round's rule. */
  partialUnit?: PartialUnitRule;
  /** New choices of applicants left unplaced; those who do not apply again are left out. */
  choices: readonly ApplicantChoices[];
}

/** Places left at each school after a round: its quota minus those admitted. */
export function remainingPlaces(previous: BundleRound): SchoolQuota[] {
  const admitted = new Map(previous.outcome.schools.map((s) => [s.school, s.admitted.length]));
  return previous.lists
    .map((list) => ({ code: list.school, quota: list.quota - (admitted.get(list.school) ?? 0) }))
    .sort((a, b) => compareText(a.code, b.code));
}

/**
 * 第二轮 (补录): the setup of a round for the previous round's unplaced applicants over
 * the places left. Schools with no place left do not take part. A sibling unit applies
 * again as a whole or not at all.
 */
export function followUpSetup(options: FollowUpOptions): LotteryResult<RoundSetup> {
  const { previous } = options;
  const schools = remainingPlaces(previous).filter((s) => s.quota > 0);
  const open = new Set(schools.map((s) => s.code));
  const unplaced = new Set(previous.outcome.unplaced);
  for (const { number, choices } of options.choices) {
    if (!unplaced.has(number)) return lotteryFailure(`报名号「${number}」不是上一轮未录取的报名者`);
    const full = choices.find((code) => !open.has(code));
    if (full !== undefined) return lotteryFailure(`学校「${full}」上一轮后已无剩余名额，不能填报`);
  }
  const applying = new Set(options.choices.map((c) => c.number));
  const units: SiblingUnit[] = [];
  for (const unit of previousUnits(previous)) {
    const present = unit.members.filter((m) => applying.has(m)).length;
    if (present === 0) continue;
    if (present !== unit.members.length) return lotteryFailure(`多胞胎组「${unit.id}」的成员应一同参加本轮`);
    units.push(unit);
  }
  return validateRoundSetup({
    label: options.label,
    mechanism: options.mechanism,
    partialUnit: options.partialUnit ?? previous.partialUnit,
    schools,
    applicants: options.choices,
    units,
  });
}

function previousUnits(previous: BundleRound): SiblingUnit[] {
  const byId = new Map<string, SiblingUnit>();
  for (const list of previous.lists) for (const unit of list.units) byId.set(unit.id, unit);
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}
