import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { isToken } from "./lottery-text.ts";

export const SEED_HEX = /^[0-9a-f]{64}$/;
export const KEY_BYTES = 32;

/**
 * HMAC-SHA256(seed, applicantNumber) of many applicants, key i at bytes [32i, 32i + 32).
 * The HMAC's padded key blocks are hashed once and copied per applicant (noble's public
 * `_cloneInto`; `clone()` allocates per call), so each applicant costs two SHA-256
 * compressions; one buffer for all keys spares 100,000 small allocations in a city
 * round (bench/src/suites/lottery.ts measures both).
 */
export function lotteryKeys(seedHex: string, numbers: readonly string[]): Uint8Array {
  if (!SEED_HEX.test(seedHex)) throw new RangeError("seed must be 64 lower-case hex digits");
  const keyed = hmac.create(sha256, hexToBytes(seedHex));
  const scratch = hmac.create(sha256, hexToBytes(seedHex));
  const keys = new Uint8Array(numbers.length * KEY_BYTES);
  const out = new Uint8Array(KEY_BYTES);
  const message = new Uint8Array(40);
  numbers.forEach((number, i) => {
    keyed._cloneInto(scratch);
    scratch.update(isToken(number) ? asciiInto(message, number) : utf8ToBytes(number)).digestInto(out);
    keys.set(out, i * KEY_BYTES);
  });
  return keys;
}

/** Tokens are ASCII, so their UTF-8 is one byte per character; writes into a reused buffer. */
function asciiInto(buffer: Uint8Array, text: string): Uint8Array {
  for (let i = 0; i < text.length; i++) buffer[i] = text.charCodeAt(i);
  return buffer.subarray(0, text.length);
}

/** An applicant's lottery number as published: hex HMAC-SHA256(seed, applicantNumber). */
export function lotteryNumber(seedHex: string, applicantNumber: string): string {
  return bytesToHex(lotteryKeys(seedHex, [applicantNumber]));
}

/** Unsigned byte order of keys a and b (indices into `keys`), which is also the order of their hex. */
export function compareKeys(keys: Uint8Array, a: number, b: number): number {
  const offsetA = a * KEY_BYTES;
  const offsetB = b * KEY_BYTES;
  for (let i = 0; i < KEY_BYTES; i++) {
    const d = (keys[offsetA + i] ?? 0) - (keys[offsetB + i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The first six bytes of key i as a number (exact below 2^53), to order most keys without a loop. */
export function keyHead(keys: Uint8Array, i: number): number {
  let head = 0;
  for (let k = 0; k < 6; k++) head = head * 256 + (keys[i * KEY_BYTES + k] ?? 0);
  return head;
}
