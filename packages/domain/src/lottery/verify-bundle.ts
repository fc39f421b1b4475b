import { parseBundle } from "./bundle-schema.ts";
import type { BundleDifference } from "./bundle-difference.ts";
import { compareOutcomes } from "./bundle-difference.ts";
import { followUpSetup } from "./follow-up-round.ts";
import { listDigest } from "./frozen-list.ts";
import { setupFromLists } from "./list-setup.ts";
import { compareText, LOTTERY_ALGORITHM_VERSION } from "./lottery-text.ts";
import type { BundleRound, RoundSetup } from "./lottery-types.ts";
import { allocateRound } from "./round-allocation.ts";
import { deriveSeed } from "./seed.ts";

export interface BundleCounts {
  rounds: number;
  /** Distinct school codes over all rounds. */
  schools: number;
  /** Distinct applicant numbers over all rounds. */
  applicants: number;
  /** Admissions over all rounds. */
  admitted: number;
}

export type VerifyResult =
  { identical: true; counts: BundleCounts } | { identical: false; difference: BundleDifference };

/**
 * Recomputes a bundle from itself alone: the shape, the version, each list's digest,
 * that the lists agree with each other, that each later round takes exactly the previous round's unplaced applicants and
 * places, the seed from the announced inputs, and every result list. Reports the first
 * difference, in the order of that list.
 */
export function verifyBundle(json: unknown): VerifyResult {
  const parsed = parseBundle(json);
  if (!parsed.ok) return differs({ kind: "format", message: parsed.message });
  const bundle = parsed.value;
  if (bundle.algorithmVersion !== LOTTERY_ALGORITHM_VERSION) {
    return differs({
      kind: "version",
      expected: LOTTERY_ALGORITHM_VERSION,
      found: bundle.algorithmVersion,
      message: `算法版本应为「${LOTTERY_ALGORITHM_VERSION}」，结果包为「${bundle.algorithmVersion}」`,
    });
  }
  let previous: BundleRound | null = null;
  for (const round of bundle.rounds) {
    const difference = verifyRound(round, previous);
    if (difference !== null) return differs(difference);
    previous = round;
  }
  return { identical: true, counts: countBundle(bundle.rounds) };
}

function differs(difference: BundleDifference): VerifyResult {
  return { identical: false, difference };
}

function verifyRound(round: BundleRound, previous: BundleRound | null): BundleDifference | null {
  const name = round.label;
  // Digests first: a list changed after publication should be named as such.
  for (const list of round.lists) {
    const expected = listDigest(list);
    if (expected !== list.digest) {
      return {
        kind: "digest",
        round: name,
        school: list.school,
        expected,
        found: list.digest,
        message: `第「${name}」轮学校「${list.school}」的名单摘要不一致：按名单计算为 ${expected}，结果包记录为 ${list.digest}`,
      };
    }
  }
  const setup = setupFromLists(round);
  if (!setup.ok) return { kind: "list", round: name, message: `第「${name}」轮名单有误：${setup.message}` };
  if (previous !== null) {
    const problem = followUpProblem(setup.value, previous);
    if (problem !== null)
      return { kind: "follow-up", round: name, message: `第「${name}」轮与上一轮不衔接：${problem}` };
  }
  const seed = deriveSeed({ ...round, announcement: round.seedAnnouncement, inputs: round.seedInputs });
  if (!seed.ok)
    return { kind: "seed-inputs", round: name, message: `第「${name}」轮现场随机数有误：${seed.message}` };
  if (seed.value !== round.seed) {
    return {
      kind: "seed",
      round: name,
      expected: seed.value,
      found: round.seed,
      message: `第「${name}」轮种子不一致：按公告随机数计算为 ${seed.value}，结果包记录为 ${round.seed}`,
    };
  }
  return compareOutcomes(name, allocateRound(setup.value, seed.value), round.outcome);
}

/** A later round must be exactly what followUpSetup builds from the previous one. */
function followUpProblem(setup: RoundSetup, previous: BundleRound): string | null {
  const { label, mechanism, partialUnit, applicants } = setup;
  const expected = followUpSetup({ previous, label, mechanism, partialUnit, choices: applicants });
  if (!expected.ok) return expected.message;
  const quotas = (s: RoundSetup): string =>
    [...s.schools]
      .sort((a, b) => compareText(a.code, b.code))
      .map((x) => `${x.code}:${x.quota}`)
      .join(" ");
  if (quotas(expected.value) !== quotas(setup)) {
    return `各校计划数应为上一轮剩余名额（${quotas(expected.value)}），本轮名单为（${quotas(setup)}）`;
  }
  const units = (s: RoundSetup): string =>
    s.units
      .map((u) => `${u.id}:${[...u.members].sort(compareText).join(",")}`)
      .sort(compareText)
      .join(" ");
  return units(expected.value) === units(setup)
    ? null
    : `多胞胎组与上一轮不一致（应为 ${units(expected.value)}）`;
}

function countBundle(rounds: readonly BundleRound[]): BundleCounts {
  const schools = new Set<string>();
  const applicants = new Set<string>();
  let admitted = 0;
  for (const round of rounds) {
    for (const list of round.lists) {
      schools.add(list.school);
      for (const a of list.applicants) applicants.add(a.number);
    }
    for (const school of round.outcome.schools) admitted += school.admitted.length;
  }
  return { rounds: rounds.length, schools: schools.size, applicants: applicants.size, admitted };
}
