import type { DrawAnnouncement } from "./draw-announcement.ts";
import { announcementDigest } from "./draw-announcement.ts";
import { compareText } from "./lottery-text.ts";
import type { BundleRound, LotteryBundle, SeedAnnouncement } from "./lottery-types.ts";

/**
 * Checks a bundle against the announcements published before its draws: each announcement is
 * unchanged (its digest), and every round, including each replaced draw, used the announced lists,
 * quotas, rules and seed recipe, no earlier than announced. Returns the first problem, or null.
 * A forger who recomputes lists, digests, seed and outcome consistently still fails here.
 */
export function announcementProblem(
  bundle: LotteryBundle,
  announcements: readonly DrawAnnouncement[],
): string | null {
  for (const a of announcements) {
    const { digest, ...unsealed } = a;
    if (announcementDigest(unsealed) !== digest)
      return `第「${a.round}」轮的派位公告已被改动：公告摘要与内容不符`;
  }
  for (const round of bundle.rounds) {
    const a = announcements.find((x) => x.round === round.label);
    if (a === undefined) return `没有第「${round.label}」轮的派位公告`;
    const problem = roundProblem(round, a);
    if (problem !== null) return `第「${round.label}」轮与派位公告不符：${problem}`;
  }
  return null;
}

function roundProblem(round: BundleRound, a: DrawAnnouncement): string | null {
  if (round.announcementDigest !== undefined && round.announcementDigest !== a.digest) {
    return `结果包引用的公告摘要 ${round.announcementDigest} 不是公告的摘要 ${a.digest}`;
  }
  if (round.mechanism !== a.mechanism)
    return `录取方式应为「${a.mechanism}」，结果包为「${round.mechanism}」`;
  if (round.partialUnit !== a.partialUnit) {
    return `多胞胎名额不足规则应为「${a.partialUnit}」，结果包为「${round.partialUnit}」`;
  }
  const announced = new Map(a.lists.map((l) => [l.school, l]));
  if (round.lists.length !== a.lists.length)
    return `学校数应为 ${a.lists.length}，结果包为 ${round.lists.length}`;
  for (const list of round.lists) {
    const want = announced.get(list.school);
    if (want === undefined) return `学校「${list.school}」不在公告中`;
    if (want.quota !== list.quota)
      return `学校「${list.school}」的计划数应为 ${want.quota}，结果包为 ${list.quota}`;
    if (want.applicants !== list.applicants.length) {
      return `学校「${list.school}」的名单人数应为 ${want.applicants}，结果包为 ${list.applicants.length}`;
    }
    if (want.digest !== list.digest)
      return `学校「${list.school}」的名单摘要应为 ${want.digest}，结果包为 ${list.digest}`;
  }
  if (recipe(round.seedAnnouncement) !== recipe(a.seedAnnouncement)) return "种子的组成与公告不同";
  const earliest = Date.parse(a.earliestDrawAt);
  for (const draw of [...(round.previousDraws ?? []), round]) {
    if (draw.drawnAt === undefined) return "结果包没有记录派位时间";
    if (Date.parse(draw.drawnAt) < earliest)
      return `派位时间 ${draw.drawnAt} 早于公告的最早派位时间 ${a.earliestDrawAt}`;
  }
  return null;
}

function recipe(s: SeedAnnouncement): string {
  const publicValues = [...(s.publicValues ?? [])]
    .sort((x, y) => compareText(x.label, y.label))
    .map((v) => `${v.label}:${v.digits}:${new Date(v.availableAt).toISOString()}:${v.source}`);
  const commitments = [...(s.commitments ?? [])]
    .sort((x, y) => compareText(x.label, y.label))
    .map((c) => `${c.label}:${c.digest}`);
  return JSON.stringify([s.digits, [...s.labels].sort(compareText), publicValues, commitments]);
}

/** Public values the bundle used, for a reader to compare with the named source. */
export function publicValuesUsed(
  bundle: LotteryBundle,
): { round: string; label: string; source: string; value: string }[] {
  const used: { round: string; label: string; source: string; value: string }[] = [];
  for (const round of bundle.rounds) {
    for (const spec of round.seedAnnouncement.publicValues ?? []) {
      const value = round.seedInputs.find((i) => i.label === spec.label)?.value ?? "";
      used.push({ round: round.label, label: spec.label, source: spec.source, value });
    }
  }
  return used;
}
