import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { compareText, joinLines, LOTTERY_ALGORITHM_VERSION } from "./lottery-text.ts";
import type { FrozenList, RoundSetup, SiblingUnit } from "./lottery-types.ts";

export type UnsealedList = Omit<FrozenList, "digest">;

/**
 * Canonical text of one school's list (docs/lottery.md §名单规范化): a header, the school,
 * its quota, one line per applicant sorted by number, one line per unit sorted by id
 * with members sorted. Sorting makes the digest independent of the order of entry.
 */
export function listText(list: UnsealedList): string {
  const applicants = sortedBy(list.applicants, (a) => a.number);
  const units = sortedBy(list.units, (u) => u.id);
  return joinLines([
    `${LOTTERY_ALGORITHM_VERSION} list`,
    `school=${list.school}`,
    `quota=${list.quota}`,
    ...applicants.map((a) => `applicant=${a.number},${a.choice}`),
    ...units.map((u) => `unit=${u.id}:${sortedMembers(u).join(",")}`),
  ]);
}

/** Lists built by freezeLists are sorted already; checking is linear, sorting is not. */
function sortedBy<T>(items: readonly T[], key: (item: T) => string): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (key(items[i - 1] as T) > key(items[i] as T))
      return [...items].sort((a, b) => compareText(key(a), key(b)));
  }
  return items;
}

/** Lower-case hex SHA-256 of the UTF-8 list text. */
export function listDigest(list: UnsealedList): string {
  return bytesToHex(sha256(utf8ToBytes(listText(list))));
}

export function sortedMembers(unit: SiblingUnit): string[] {
  return [...unit.members].sort(compareText);
}

/**
 * The lists of a validated round, sorted by school code. Each list holds the applicants
 * who chose the school, with the choice number, and the units whose members chose it.
 */
export function freezeLists(setup: RoundSetup): FrozenList[] {
  const bySchool = new Map<
    string,
    { applicants: { number: string; choice: number }[]; units: SiblingUnit[] }
  >();
  for (const school of setup.schools) bySchool.set(school.code, { applicants: [], units: [] });
  // Sorting the round once by number keeps every school's list in order as it is filled.
  for (const { number, choices } of sortedBy(setup.applicants, (a) => a.number)) {
    choices.forEach((code, i) => bySchool.get(code)?.applicants.push({ number, choice: i + 1 }));
  }
  const inUnit = new Set(setup.units.flatMap((u) => u.members));
  const choicesOf = new Map<string, readonly string[]>();
  for (const { number, choices } of setup.applicants) if (inUnit.has(number)) choicesOf.set(number, choices);
  for (const unit of [...setup.units].sort((a, b) => compareText(a.id, b.id))) {
    const choices = choicesOf.get(unit.members[0] ?? "") ?? [];
    const canonical = { id: unit.id, members: sortedMembers(unit) };
    for (const code of choices) bySchool.get(code)?.units.push(canonical);
  }
  return [...setup.schools]
    .sort((a, b) => compareText(a.code, b.code))
    .map(({ code, quota }) => {
      const { applicants: listed, units } = bySchool.get(code) ?? { applicants: [], units: [] };
      const list: UnsealedList = { school: code, quota, applicants: listed, units };
      return { ...list, digest: listDigest(list) };
    });
}
