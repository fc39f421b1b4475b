import { compareKeys, KEY_BYTES, keyHead, lotteryKeys } from "./lottery-keys.ts";
import { compareText } from "./lottery-text.ts";
import type { RoundSetup } from "./lottery-types.ts";

/** A single applicant or a sibling unit: what takes one rank and proposes as one. */
export interface RankedEntity {
  /** Applicant numbers in number order; one for a single applicant. */
  members: readonly string[];
  unitId: string | null;
  /** The member whose HMAC is the entity's key: the lowest among the members. */
  holder: string;
  /** Index of the holder's key in the round's key buffer. */
  keyIndex: number;
  /** The key's first six bytes as a number, so most comparisons need no byte loop. */
  head: number;
  choices: readonly string[];
}

/**
 * Everyone of a validated round in lottery order: ascending HMAC key, then holder number.
 * A unit's key is the lowest of its members' HMACs, so each child keeps the number they
 * would hold alone and declaring twins never lowers a child's chance (一人中签，同胞随同录取).
 */
export function rankEntities(setup: RoundSetup, seedHex: string): RankedEntity[] {
  const numbers = setup.applicants.map((a) => a.number);
  const keys = lotteryKeys(seedHex, numbers);
  const indexOf = new Map<string, number>();
  const inUnit = new Set(setup.units.flatMap((u) => u.members));
  const entities: RankedEntity[] = [];
  setup.applicants.forEach(({ number, choices }, i) => {
    if (inUnit.has(number)) {
      indexOf.set(number, i);
      return;
    }
    entities.push({
      members: [number],
      unitId: null,
      holder: number,
      keyIndex: i,
      head: keyHead(keys, i),
      choices,
    });
  });
  for (const unit of setup.units) {
    const members = [...unit.members].sort(compareText);
    let holder = -1;
    for (const member of members) {
      const i = indexOf.get(member) ?? -1;
      if (i !== -1 && (holder === -1 || compareKeys(keys, i, holder) < 0)) holder = i;
    }
    const applicant = setup.applicants[holder];
    if (applicant === undefined) continue; // validated units have members who applied
    entities.push({
      members,
      unitId: unit.id,
      holder: applicant.number,
      keyIndex: holder,
      head: keyHead(keys, holder),
      choices: applicant.choices,
    });
  }
  return lotteryOrder(entities, keys);
}

const HEAD_BYTES = 6;

/**
 * Sorts by key, then holder number. A stable radix sort on the keys' first six bytes (a byte a pass,
 * last byte first) costs a few array passes where a comparison sort calls a function about
 * 1.7 million times for 100,000 entities; entities whose six bytes are equal (a pair in about
 * 2^48 / n² rounds) are then ordered by the full comparison.
 */
export function lotteryOrder(entities: RankedEntity[], keys: Uint8Array): RankedEntity[] {
  const compare = (a: RankedEntity, b: RankedEntity): number =>
    a.head - b.head || compareKeys(keys, a.keyIndex, b.keyIndex) || compareText(a.holder, b.holder);
  if (entities.length < 256) return entities.sort(compare);
  let from = entities;
  let to = new Array<RankedEntity>(entities.length);
  const counts = new Uint32Array(256);
  for (let byte = HEAD_BYTES - 1; byte >= 0; byte--) {
    counts.fill(0);
    for (const e of from) {
      const d = keys[e.keyIndex * KEY_BYTES + byte] ?? 0;
      counts[d] = (counts[d] ?? 0) + 1;
    }
    let start = 0;
    for (let d = 0; d < 256; d++) {
      const count = counts[d] ?? 0;
      counts[d] = start;
      start += count;
    }
    for (const e of from) {
      const d = keys[e.keyIndex * KEY_BYTES + byte] ?? 0;
      to[counts[d] ?? 0] = e;
      counts[d] = (counts[d] ?? 0) + 1;
    }
    [from, to] = [to, from];
  }
  for (let i = 0; i < from.length;) {
    let end = i + 1;
    while (end < from.length && from[end]?.head === from[i]?.head) end++;
    if (end - i > 1) from.splice(i, end - i, ...from.slice(i, end).sort(compare));
    i = end;
  }
  return from;
}
