import type { RoundOutcome } from "./lottery-types.ts";

/** Which published list of a round a result difference is in. */
export type ResultList = "schools" | "oversubscribed" | "admitted" | "waiting" | "unplaced";

/** The first thing that differs between a bundle and its recomputation; `message` is for people. */
export type BundleDifference =
  | { kind: "format"; message: string }
  | { kind: "version"; expected: string; found: string; message: string }
  | { kind: "list"; round: string; message: string }
  | { kind: "follow-up"; round: string; message: string }
  | { kind: "ledger"; round: string; message: string }
  | { kind: "digest"; round: string; school: string; expected: string; found: string; message: string }
  | { kind: "seed-inputs"; round: string; message: string }
  | { kind: "seed"; round: string; expected: string; found: string; message: string }
  | {
      kind: "result";
      round: string;
      school: string | null;
      list: ResultList;
      /** 1-based; one past the end when a list is shorter than expected. */
      position: number;
      expected: string | null;
      found: string | null;
      message: string;
    };

const LIST_NAMES: Record<ResultList, string> = {
  schools: "学校列表",
  oversubscribed: "是否超额",
  admitted: "录取名单",
  waiting: "候补名单",
  unplaced: "未录取名单",
};

function firstMismatch(expected: readonly string[], found: readonly string[]): number {
  const length = Math.max(expected.length, found.length);
  for (let i = 0; i < length; i++) if (expected[i] !== found[i]) return i;
  return -1;
}

function resultDifference(
  round: string,
  school: string | null,
  list: ResultList,
  expected: readonly string[],
  found: readonly string[],
): BundleDifference | null {
  const i = firstMismatch(expected, found);
  if (i === -1) return null;
  const want = expected[i] ?? null;
  const got = found[i] ?? null;
  const where =
    school === null
      ? `第「${round}」轮${LIST_NAMES[list]}`
      : `第「${round}」轮学校「${school}」的${LIST_NAMES[list]}`;
  return {
    kind: "result",
    round,
    school,
    list,
    position: i + 1,
    expected: want,
    found: got,
    message: `${where}第${i + 1}位不一致：重新计算为「${want ?? "（无）"}」，结果包记录为「${got ?? "（无）"}」`,
  };
}

/** Compares school by school (admitted, then waiting), then the unplaced list. */
export function compareOutcomes(
  round: string,
  expected: RoundOutcome,
  found: RoundOutcome,
): BundleDifference | null {
  const codes = resultDifference(
    round,
    null,
    "schools",
    expected.schools.map((s) => s.school),
    found.schools.map((s) => s.school),
  );
  if (codes !== null) return codes;
  for (const [i, want] of expected.schools.entries()) {
    const got = found.schools[i];
    if (got === undefined) continue;
    const difference =
      resultDifference(
        round,
        want.school,
        "oversubscribed",
        [String(want.oversubscribed)],
        [String(got.oversubscribed)],
      ) ??
      resultDifference(round, want.school, "admitted", want.admitted, got.admitted) ??
      resultDifference(round, want.school, "waiting", want.waiting, got.waiting);
    if (difference !== null) return difference;
  }
  return resultDifference(round, null, "unplaced", expected.unplaced, found.unplaced);
}
