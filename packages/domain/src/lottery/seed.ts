import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { compareText, joinLines, LOTTERY_ALGORITHM_VERSION, tokenProblem } from "./lottery-text.ts";
import type {
  FrozenList,
  LotteryResult,
  Mechanism,
  PartialUnitRule,
  PublicValueSpec,
  SeedAnnouncement,
  SeedInput,
} from "./lottery-types.ts";
import { lotteryFailure } from "./lottery-types.ts";
import { commitmentsProblem, revealProblem } from "./seed-commitment.ts";

/**
 * Bounds on the digits of each on-site number: enough that two or three numbers carry
 * real randomness, few enough to be read out and written on the notary's record.
 */
export const SEED_DIGITS_MIN = 4;
export const SEED_DIGITS_MAX = 20;

export function checkAnnouncement(announcement: SeedAnnouncement): LotteryResult<SeedAnnouncement> {
  const { digits, labels } = announcement;
  if (!Number.isInteger(digits) || digits < SEED_DIGITS_MIN || digits > SEED_DIGITS_MAX) {
    return lotteryFailure(`公告的随机数位数应为${SEED_DIGITS_MIN}至${SEED_DIGITS_MAX}之间的整数`);
  }
  if (labels.length === 0) return lotteryFailure("公告应至少列出一个现场随机数");
  for (const label of labels) {
    const bad = tokenProblem(label, "随机数标识");
    if (bad !== null) return lotteryFailure(bad);
  }
  const publicValues = announcement.publicValues ?? [];
  for (const value of publicValues) {
    const problem = publicValueProblem(value);
    if (problem !== null) return lotteryFailure(problem);
  }
  const all = [...labels, ...publicValues.map((v) => v.label)];
  if (new Set(all).size !== all.length) return lotteryFailure("公告的随机数标识重复");
  const commitments = commitmentsProblem(announcement);
  if (commitments !== null) return lotteryFailure(commitments);
  return { ok: true, value: announcement };
}

/** Longest public value: a beacon output read as decimal digits may be long; the seed text stays one line. */
export const PUBLIC_DIGITS_MAX = 40;

function publicValueProblem(value: PublicValueSpec): string | null {
  const bad = tokenProblem(value.label, "公开数值标识");
  if (bad !== null) return bad;
  if (!Number.isInteger(value.digits) || value.digits < 1 || value.digits > PUBLIC_DIGITS_MAX) {
    return `公开数值「${value.label}」的位数应为1至${PUBLIC_DIGITS_MAX}之间的整数`;
  }
  const source = value.source.trim();
  if (source.length === 0 || source.length > 200 || /[\r\n]/.test(value.source)) {
    return `公开数值「${value.label}」应写明来源和取值方法（一行，不超过200字）`;
  }
  if (Number.isNaN(Date.parse(value.availableAt))) return `公开数值「${value.label}」的公布时间无效`;
  return null;
}

/** Each announced label with the digits its value must have: on-site numbers, then public values. */
function expectedDigits(announcement: SeedAnnouncement): Map<string, number> {
  const digits = new Map(announcement.labels.map((label) => [label, announcement.digits]));
  for (const value of announcement.publicValues ?? []) digits.set(value.label, value.digits);
  return digits;
}

/**
 * Inputs must match the announcement exactly: every announced label once, nothing
 * else, each value exactly `digits` ASCII digits (leading zeros kept). Returns them
 * sorted by label, the order they are hashed in.
 */
export function checkSeedInputs(
  announcement: SeedAnnouncement,
  inputs: readonly SeedInput[],
): LotteryResult<SeedInput[]> {
  const announced = checkAnnouncement(announcement);
  if (!announced.ok) return announced;
  const expected = expectedDigits(announcement);
  const seen = new Set<string>();
  for (const input of inputs) {
    const { label, value } = input;
    const digits = expected.get(label);
    if (digits === undefined) return lotteryFailure(`随机数「${label}」不在事先公告的名单中`);
    if (seen.has(label)) return lotteryFailure(`随机数「${label}」重复录入`);
    seen.add(label);
    if (value.length !== digits || !/^[0-9]+$/.test(value)) {
      return lotteryFailure(`随机数「${label}」应为${digits}位数字，录入的是「${value}」`);
    }
    const commitment = announcement.commitments?.find((c) => c.label === label);
    const revealed = commitment === undefined ? null : revealProblem(commitment, input);
    if (revealed !== null) return lotteryFailure(revealed);
  }
  const missing = [...expected.keys()].find((label) => !seen.has(label));
  if (missing !== undefined) return lotteryFailure(`缺少事先公告的随机数「${missing}」`);
  return { ok: true, value: [...inputs].sort((a, b) => compareText(a.label, b.label)) };
}

export interface SeedTextOptions {
  label: string;
  mechanism: Mechanism;
  partialUnit: PartialUnitRule;
  lists: readonly Pick<FrozenList, "school" | "digest">[];
  /** Already checked and sorted by checkSeedInputs. */
  inputs: readonly SeedInput[];
}

/**
 * The seed text binds the on-site numbers to the frozen lists and the round's rules:
 * changing any list after the draw changes every lottery number, not just one line.
 */
export function seedText(options: SeedTextOptions): string {
  const lists = [...options.lists].sort((a, b) => compareText(a.school, b.school));
  return joinLines([
    `${LOTTERY_ALGORITHM_VERSION} seed`,
    `round=${options.label}`,
    `mechanism=${options.mechanism}`,
    `partial-unit=${options.partialUnit}`,
    ...lists.map((l) => `list=${l.school}:${l.digest}`),
    ...options.inputs.map((i) => `input=${i.label}:${i.value}`),
  ]);
}

export interface DeriveSeedOptions extends Omit<SeedTextOptions, "inputs"> {
  announcement: SeedAnnouncement;
  inputs: readonly SeedInput[];
}

/** Hex SHA-256 of the seed text, after checking the inputs against the announcement. */
export function deriveSeed(options: DeriveSeedOptions): LotteryResult<string> {
  const inputs = checkSeedInputs(options.announcement, options.inputs);
  if (!inputs.ok) return inputs;
  return { ok: true, value: bytesToHex(sha256(utf8ToBytes(seedText({ ...options, inputs: inputs.value })))) };
}
