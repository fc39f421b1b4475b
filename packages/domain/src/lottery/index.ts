export type {
  ApplicantChoices,
  BundleRound,
  FrozenList,
  LotteryBundle,
  LotteryResult,
  Mechanism,
  PartialUnitRule,
  RoundOutcome,
  RoundSetup,
  SchoolOutcome,
  SchoolQuota,
  SeedAnnouncement,
  SeedInput,
  SiblingUnit,
} from "./lottery-types.ts";
export { LOTTERY_ALGORITHM_VERSION } from "./lottery-text.ts";
export { validateRoundSetup } from "./round-setup.ts";
export { freezeLists, listDigest, listText } from "./frozen-list.ts";
export type { UnsealedList } from "./frozen-list.ts";
export {
  checkAnnouncement,
  checkSeedInputs,
  deriveSeed,
  seedText,
  SEED_DIGITS_MAX,
  SEED_DIGITS_MIN,
} from "./seed.ts";
export type { DeriveSeedOptions, SeedTextOptions } from "./seed.ts";
export { lotteryNumber } from "./lottery-keys.ts";
export { allocateRound } from "./round-allocation.ts";
export { createBundle, drawRound, drawSchool, freezeRound } from "./draw-round.ts";
export type { DrawRoundOptions, DrawSchoolOptions } from "./draw-round.ts";
export { followUpSetup, remainingPlaces } from "./follow-up-round.ts";
export type { FollowUpOptions } from "./follow-up-round.ts";
export { setupFromLists } from "./list-setup.ts";
export { lotteryBundleSchema, parseBundle } from "./bundle-schema.ts";
export { verifyBundle } from "./verify-bundle.ts";
export type { BundleCounts, VerifyResult } from "./verify-bundle.ts";
export type { BundleDifference, ResultList } from "./bundle-difference.ts";
