import { describe, expect, it } from "vitest";
import { compareKeys, KEY_BYTES, keyHead } from "./lottery-keys.ts";
import { compareText } from "./lottery-text.ts";
import { lotteryOrder, type RankedEntity } from "./ranking.ts";
import { prng } from "./test-rounds.ts";

describe("lottery order", () => {
  it("equals the plain comparison sort, also when keys share their first six bytes or are equal", () => {
    for (const [seed, size, alphabet] of [
      [1, 300, 2],
      [2, 1000, 3],
      [3, 5000, 256],
    ] as const) {
      const rand = prng(seed);
      const keys = new Uint8Array(size * KEY_BYTES);
      // Few distinct byte values make long runs of equal heads; some keys repeat outright.
      for (let i = 0; i < keys.length; i++) keys[i] = Math.floor(rand() * alphabet);
      for (let i = 0; i < size; i += 7) keys.copyWithin(i * KEY_BYTES, 0, KEY_BYTES);
      const entities: RankedEntity[] = Array.from({ length: size }, (_, i) => ({
        members: [`A${size - i}`],
        unitId: null,
        holder: `A${size - i}`,
        keyIndex: i,
        head: keyHead(keys, i),
        choices: ["S1"],
      }));
      const expected = [...entities].sort(
        (a, b) =>
          a.head - b.head || compareKeys(keys, a.keyIndex, b.keyIndex) || compareText(a.holder, b.holder),
      );
      expect(lotteryOrder([...entities].reverse(), keys).map((e) => e.holder)).toEqual(
        expected.map((e) => e.holder),
      );
    }
  });
});
