import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { compareText, joinLines, LOTTERY_ALGORITHM_VERSION } from "./lottery-text.ts";
import type {
  FrozenList,
  LotteryResult,
  Mechanism,
  PartialUnitRule,
  RoundSetup,
  SeedAnnouncement,
} from "./lottery-types.ts";
import { lotteryFailure } from "./lottery-types.ts";
import { checkAnnouncement } from "./seed.ts";

/**
 * 派位公告: published before the draw and never changed. It commits the bureau to each school's frozen
 * list (digest and count), quota, the mechanism and the twins rule, and the seed recipe: the on-site
 * numbers and at least one future public value nobody in the bureau controls. A bundle that does not
 * match it was not drawn as announced (docs/lottery.md §派位公告).
 */
export interface DrawAnnouncement {
  algorithmVersion: string;
  round: string;
  mechanism: Mechanism;
  partialUnit: PartialUnitRule;
  lists: { school: string; quota: number; applicants: number; digest: string }[];
  seedAnnouncement: SeedAnnouncement;
  /** ISO time before which the draw refuses to run. */
  earliestDrawAt: string;
  publishedAt: string;
  /** SHA-256 of announcementText. */
  digest: string;
}

export type UnsealedAnnouncement = Omit<DrawAnnouncement, "digest">;

/** ISO times are compared and hashed in one form, so a time zone spelling cannot change a digest. */
function iso(value: string): string {
  return new Date(value).toISOString();
}

export function announcementText(a: UnsealedAnnouncement): string {
  const lists = [...a.lists].sort((x, y) => compareText(x.school, y.school));
  const publicValues = [...(a.seedAnnouncement.publicValues ?? [])].sort((x, y) =>
    compareText(x.label, y.label),
  );
  return joinLines([
    `${a.algorithmVersion} announcement`,
    `round=${a.round}`,
    `mechanism=${a.mechanism}`,
    `partial-unit=${a.partialUnit}`,
    ...lists.map((l) => `list=${l.school}:${l.quota}:${l.applicants}:${l.digest}`),
    `on-site-digits=${a.seedAnnouncement.digits}`,
    ...[...a.seedAnnouncement.labels].sort(compareText).map((label) => `on-site=${label}`),
    ...publicValues.map((v) => `public=${v.label}:${v.digits}:${iso(v.availableAt)}:${v.source}`),
    // Only announcements with commitments carry these lines, so earlier digests are unchanged.
    ...[...(a.seedAnnouncement.commitments ?? [])]
      .sort((x, y) => compareText(x.label, y.label))
      .map((c) => `commit=${c.label}:${c.digest}`),
    `earliest-draw=${iso(a.earliestDrawAt)}`,
    `published-at=${iso(a.publishedAt)}`,
  ]);
}

export function announcementDigest(a: UnsealedAnnouncement): string {
  return bytesToHex(sha256(utf8ToBytes(announcementText(a))));
}

export interface AnnounceOptions {
  setup: Pick<RoundSetup, "label" | "mechanism" | "partialUnit">;
  lists: readonly FrozenList[];
  seedAnnouncement: SeedAnnouncement;
  earliestDrawAt: string;
  /** Now: the announcement's own timestamp. */
  publishedAt: string;
}

/**
 * Builds the announcement after the lists are frozen. Refuses a recipe without a public value, a
 * public value already known (not after publication) or not known by the draw, and a draw time
 * that is not in the future.
 */
export function createDrawAnnouncement(options: AnnounceOptions): LotteryResult<DrawAnnouncement> {
  const checked = checkAnnouncement(options.seedAnnouncement);
  if (!checked.ok) return checked;
  const publicValues = options.seedAnnouncement.publicValues ?? [];
  if (publicValues.length === 0)
    return lotteryFailure("种子须包含至少一个事先无法预知、派位机构无法控制的公开数值");
  const published = Date.parse(options.publishedAt);
  const earliest = Date.parse(options.earliestDrawAt);
  if (Number.isNaN(earliest)) return lotteryFailure("最早派位时间无效");
  if (!(earliest > published)) return lotteryFailure("最早派位时间应晚于公告发布时间");
  for (const value of publicValues) {
    const at = Date.parse(value.availableAt);
    if (!(at > published))
      return lotteryFailure(`公开数值「${value.label}」应在公告发布之后才公布，否则可被事先知道`);
    if (at > earliest) return lotteryFailure(`公开数值「${value.label}」应在最早派位时间之前公布`);
  }
  const unsealed: UnsealedAnnouncement = {
    algorithmVersion: LOTTERY_ALGORITHM_VERSION,
    round: options.setup.label,
    mechanism: options.setup.mechanism,
    partialUnit: options.setup.partialUnit,
    lists: options.lists.map((l) => ({
      school: l.school,
      quota: l.quota,
      applicants: l.applicants.length,
      digest: l.digest,
    })),
    seedAnnouncement: options.seedAnnouncement,
    earliestDrawAt: iso(options.earliestDrawAt),
    publishedAt: iso(options.publishedAt),
  };
  return { ok: true, value: { ...unsealed, digest: announcementDigest(unsealed) } };
}

/** The draw runs only at or after the announced time. */
export function drawTimeProblem(announcement: DrawAnnouncement, now: Date): string | null {
  if (now.getTime() >= Date.parse(announcement.earliestDrawAt)) return null;
  return `派位公告规定最早派位时间为 ${beijingTime(announcement.earliestDrawAt)}，现在不能派位`;
}

/** "2019-03-18 11:00（北京时间）": how people read the announced times. */
export function beijingTime(value: string): string {
  const shifted = new Date(Date.parse(value) + 8 * 3600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}（北京时间）`;
}
