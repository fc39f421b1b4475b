import { freezeLists } from "./frozen-list.ts";
import { SEED_HEX } from "./lottery-keys.ts";
import { LOTTERY_ALGORITHM_VERSION } from "./lottery-text.ts";
import type {
  BundleRound,
  FrozenList,
  LotteryBundle,
  LotteryResult,
  PartialUnitRule,
  RoundSetup,
  SchoolOutcome,
  SchoolQuota,
  SeedAnnouncement,
  SeedInput,
  SiblingUnit,
} from "./lottery-types.ts";
import { lotteryFailure } from "./lottery-types.ts";
import { allocateRound } from "./round-allocation.ts";
import { validateRoundSetup } from "./round-setup.ts";
import { checkSeedInputs, deriveSeed } from "./seed.ts";

/** Step 1, before the draw: check the round and produce the lists and digests to publish. */
export function freezeRound(setup: RoundSetup): LotteryResult<FrozenList[]> {
  const valid = validateRoundSetup(setup);
  if (!valid.ok) return valid;
  return { ok: true, value: freezeLists(setup) };
}

export interface DrawRoundOptions {
  setup: RoundSetup;
  announcement: SeedAnnouncement;
  /** The numbers drawn on site, in any order. */
  inputs: readonly SeedInput[];
}

/** Step 2, at the draw: derive the seed from the on-site numbers and allocate. */
export function drawRound(options: DrawRoundOptions): LotteryResult<BundleRound> {
  const { setup, announcement } = options;
  const lists = freezeRound(setup);
  if (!lists.ok) return lists;
  const inputs = checkSeedInputs(announcement, options.inputs);
  if (!inputs.ok) return inputs;
  const { label, mechanism, partialUnit } = setup;
  const seed = deriveSeed({
    label,
    mechanism,
    partialUnit,
    lists: lists.value,
    announcement,
    inputs: inputs.value,
  });
  if (!seed.ok) return seed;
  return {
    ok: true,
    value: {
      label,
      mechanism,
      partialUnit,
      lists: lists.value,
      seedAnnouncement: copyAnnouncement(announcement),
      seedInputs: inputs.value,
      seed: seed.value,
      outcome: allocateRound(setup, seed.value),
    },
  };
}

function copyAnnouncement(announcement: SeedAnnouncement): SeedAnnouncement {
  const { digits, labels, publicValues, commitments } = announcement;
  return {
    digits,
    labels: [...labels],
    ...(publicValues && publicValues.length > 0 ? { publicValues: publicValues.map((v) => ({ ...v })) } : {}),
    ...(commitments && commitments.length > 0 ? { commitments: commitments.map((c) => ({ ...c })) } : {}),
  };
}

export function createBundle(rounds: readonly BundleRound[]): LotteryBundle {
  return { algorithmVersion: LOTTERY_ALGORITHM_VERSION, rounds };
}

export interface DrawSchoolOptions {
  /** A seed already derived for this draw (64 hex digits). */
  seed: string;
  school: SchoolQuota & { applicants: readonly string[]; units?: readonly SiblingUnit[] };
  partialUnit?: PartialUnitRule;
}

/**
 * One school's draw: places filled in lottery order, the rest as the ordered waiting
 * list. An undersubscribed school admits everyone (the order is still lottery order).
 */
export function drawSchool(options: DrawSchoolOptions): LotteryResult<SchoolOutcome> {
  if (!SEED_HEX.test(options.seed)) return lotteryFailure("种子应为64位小写十六进制数");
  const { code, quota, applicants, units = [] } = options.school;
  const choices = [code];
  const setup: RoundSetup = {
    label: code,
    mechanism: "boston",
    partialUnit: options.partialUnit ?? "skip",
    schools: [{ code, quota }],
    applicants: applicants.map((number) => ({ number, choices })),
    units,
  };
  const valid = validateRoundSetup(setup);
  if (!valid.ok) return valid;
  const [school] = allocateRound(setup, options.seed).schools;
  return school === undefined ? lotteryFailure("内部错误：没有学校结果") : { ok: true, value: school };
}
