export type {
  ApplicantChoices,
  BundleRound,
  FrozenList,
  LedgerEvent,
  LotteryBundle,
  PreviousDraw,
  PublicValueSpec,
  LotteryResult,
  Mechanism,
  PartialUnitRule,
  RoundOutcome,
  RoundSetup,
  SchoolOutcome,
  SchoolQuota,
  SeedAnnouncement,
  SeedCommitment,
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
export { commitmentDigest, commitmentText, NONCE_PATTERN } from "./seed-commitment.ts";
export { lotteryNumber } from "./lottery-keys.ts";
export { allocateRound } from "./round-allocation.ts";
export { createBundle, drawRound, drawSchool, freezeRound } from "./draw-round.ts";
export type { DrawRoundOptions, DrawSchoolOptions } from "./draw-round.ts";
export { followUpSetup, remainingPlaces } from "./follow-up-round.ts";
export type { FollowUpOptions } from "./follow-up-round.ts";
export { setupFromLists } from "./list-setup.ts";
export {
  announcementFileSchema,
  drawAnnouncementSchema,
  lotteryBundleSchema,
  parseBundle,
} from "./bundle-schema.ts";
export { verifyBundle } from "./verify-bundle.ts";
export type { BundleCounts, VerifyResult } from "./verify-bundle.ts";
export type { BundleDifference, ResultList } from "./bundle-difference.ts";
export { ledgerInputs, PlacementLedger, replayLedger } from "./placement-ledger.ts";
export type { LedgerInput } from "./placement-ledger.ts";
export { mayApplyAgain, nextRoundSetup, openPlaces } from "./next-round.ts";
export type { NextRoundOptions } from "./next-round.ts";
export { ledgerFigures, ledgerPlacement } from "./ledger-figures.ts";
export type { LedgerFigures, LedgerPlacement, LedgerSchoolFigures } from "./ledger-figures.ts";
export {
  announcementDigest,
  announcementText,
  beijingTime,
  createDrawAnnouncement,
  drawTimeProblem,
} from "./draw-announcement.ts";
export type { AnnounceOptions, DrawAnnouncement } from "./draw-announcement.ts";
export { announcementProblem, publicValuesUsed } from "./announcement-check.ts";
