import { parseBundle } from "./bundle-schema.ts";
import type { BundleDifference } from "./bundle-difference.ts";
import { compareOutcomes } from "./bundle-difference.ts";
import { listDigest } from "./frozen-list.ts";
import { setupFromLists } from "./list-setup.ts";
import { LOTTERY_ALGORITHM_VERSION } from "./lottery-text.ts";
import type { BundleRound, LedgerEvent, LotteryBundle, RoundSetup } from "./lottery-types.ts";
import { ledgerFigures, type LedgerFigures } from "./ledger-figures.ts";
import { ledgerInputs, replayLedger, type PlacementLedger } from "./placement-ledger.ts";
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
  | { identical: true; counts: BundleCounts; ledger: LedgerFigures }
  | { identical: false; difference: BundleDifference };

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
  const setups: RoundSetup[] = [];
  for (const round of bundle.rounds) {
    const checked = verifyRound(round);
    if (!checked.ok) return differs(checked.difference);
    setups.push(checked.setup);
  }
  const ledger = verifyLedger(bundle, setups);
  if (!ledger.ok) return differs(ledger.difference);
  return {
    identical: true,
    counts: countBundle(bundle.rounds, ledger.ledger),
    ledger: ledgerFigures(ledger.ledger),
  };
}

function differs(difference: BundleDifference): VerifyResult {
  return { identical: false, difference };
}

type Checked<T> = ({ ok: true } & T) | { ok: false; difference: BundleDifference };

/** One round on its own: digests, lists, then every draw of it (replaced ones first), seed and result. */
function verifyRound(round: BundleRound): Checked<{ setup: RoundSetup }> {
  const name = round.label;
  // Digests first: a list changed after publication should be named as such.
  for (const list of round.lists) {
    const expected = listDigest(list);
    if (expected !== list.digest) {
      return {
        ok: false,
        difference: {
          kind: "digest",
          round: name,
          school: list.school,
          expected,
          found: list.digest,
          message: `第「${name}」轮学校「${list.school}」的名单摘要不一致：按名单计算为 ${expected}，结果包记录为 ${list.digest}`,
        },
      };
    }
  }
  const setup = setupFromLists(round);
  if (!setup.ok)
    return {
      ok: false,
      difference: { kind: "list", round: name, message: `第「${name}」轮名单有误：${setup.message}` },
    };
  const draws = [
    ...(round.previousDraws ?? []).map((draw, i) => ({
      ...draw,
      name: `${name}（第${i + 1}次派位，已被重新派位取代）`,
    })),
    { ...round, name },
  ];
  for (const draw of draws) {
    const difference = verifyDraw(round, setup.value, draw);
    if (difference !== null) return { ok: false, difference };
  }
  return { ok: true, setup: setup.value };
}

function verifyDraw(
  round: BundleRound,
  setup: RoundSetup,
  draw: Pick<BundleRound, "seedInputs" | "seed" | "outcome"> & { name: string },
): BundleDifference | null {
  const { name } = draw;
  const seed = deriveSeed({ ...round, announcement: round.seedAnnouncement, inputs: draw.seedInputs });
  if (!seed.ok)
    return {
      kind: "seed-inputs",
      round: round.label,
      message: `第「${name}」轮现场随机数有误：${seed.message}`,
    };
  if (seed.value !== draw.seed) {
    return {
      kind: "seed",
      round: round.label,
      expected: seed.value,
      found: draw.seed,
      message: `第「${name}」轮种子不一致：按公告随机数计算为 ${seed.value}，结果包记录为 ${draw.seed}`,
    };
  }
  return compareOutcomes(name, allocateRound(setup, seed.value), draw.outcome);
}

/**
 * The placement ledger: later rounds must take exactly the places free and the children holding none
 * when they joined, and every promotion in the log must be the one the declines imply.
 */
function verifyLedger(
  bundle: LotteryBundle,
  setups: readonly RoundSetup[],
): Checked<{ ledger: PlacementLedger }> {
  const recorded =
    bundle.events ?? bundle.rounds.map((r): LedgerEvent => ({ kind: "round", round: r.label }));
  const replayed = replayLedger(bundle.rounds, ledgerInputs(recorded), setups);
  if (!replayed.ok) {
    const kind = replayed.message.includes("不衔接") ? "follow-up" : "ledger";
    return { ok: false, difference: { kind, round: "", message: replayed.message } };
  }
  const computed = replayed.value.events;
  const length = Math.max(computed.length, recorded.length);
  for (let i = 0; i < length; i++) {
    const want = computed[i];
    const got = recorded[i];
    if (JSON.stringify(want && eventKey(want)) === JSON.stringify(got && eventKey(got))) continue;
    return {
      ok: false,
      difference: {
        kind: "ledger",
        round: "",
        message: `递补记录第${i + 1}条不一致：按放弃录取和候补名单重新计算为「${describeEvent(want)}」，结果包记录为「${describeEvent(got)}」`,
      },
    };
  }
  return { ok: true, ledger: replayed.value };
}

/** Compared fields in a fixed order, so key order in the file does not matter. */
function eventKey(event: LedgerEvent): unknown[] {
  switch (event.kind) {
    case "round":
      return [event.kind, event.round];
    case "declined":
      return [event.kind, event.number, event.school, event.at];
    case "promoted":
      return [event.kind, event.number, event.school, event.from, event.list];
  }
}

function describeEvent(event: LedgerEvent | undefined): string {
  if (event === undefined) return "（无）";
  switch (event.kind) {
    case "round":
      return `第「${event.round}」轮结果加入`;
    case "declined":
      return `${event.number} 放弃学校 ${event.school} 的名额`;
    case "promoted":
      return `${event.number} 从第「${event.list}」轮候补名单递补到学校 ${event.school}${event.from === null ? "" : `（让出学校 ${event.from} 的名额）`}`;
  }
}

/** The ledger holds every applicant of every round once, so its size is the distinct count. */
function countBundle(rounds: readonly BundleRound[], ledger: PlacementLedger): BundleCounts {
  const schools = new Set<string>();
  let admitted = 0;
  for (const round of rounds) {
    for (const list of round.lists) schools.add(list.school);
    for (const school of round.outcome.schools) admitted += school.admitted.length;
  }
  return { rounds: rounds.length, schools: schools.size, applicants: ledger.choices.size, admitted };
}
