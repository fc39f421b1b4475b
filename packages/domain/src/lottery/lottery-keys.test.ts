import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareKeys, keyHead, lotteryKeys, lotteryNumber } from "./lottery-keys.ts";

const seed = bytesToHex(sha256(utf8ToBytes("test seed")));
const oneShot = (number: string): string => bytesToHex(hmac(sha256, hexToBytes(seed), utf8ToBytes(number)));

describe("lottery keys", () => {
  it("equal a one-shot HMAC-SHA256 for every applicant of a batch", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9A-Za-z_-]{1,40}$/), { maxLength: 20 }), (numbers) => {
        const keys = lotteryKeys(seed, numbers);
        expect(bytesToHex(keys)).toBe(numbers.map(oneShot).join(""));
      }),
    );
  });

  it("hash other text as UTF-8 too, although rounds only admit ASCII tokens", () => {
    expect(lotteryNumber(seed, "报名号 1")).toBe(oneShot("报名号 1"));
    expect(lotteryNumber(seed, "A".repeat(60))).toBe(oneShot("A".repeat(60)));
  });

  it("publishes the number as lower-case hex and refuses a malformed seed", () => {
    expect(lotteryNumber(seed, "A0001")).toMatch(/^[0-9a-f]{64}$/);
    expect(() => lotteryNumber("ABC", "A0001")).toThrow(RangeError);
  });

  it("orders keys as their hex strings", () => {
    const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(key, key, (a, b) => {
        const keys = concatBytes(a, b);
        const byHex = bytesToHex(a) < bytesToHex(b) ? -1 : bytesToHex(a) > bytesToHex(b) ? 1 : 0;
        expect(Math.sign(compareKeys(keys, 0, 1))).toBe(byHex);
        if (keyHead(keys, 0) !== keyHead(keys, 1))
          expect(Math.sign(keyHead(keys, 0) - keyHead(keys, 1))).toBe(byHex);
      }),
    );
  });
});
