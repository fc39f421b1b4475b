import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * 暗访 sample: the schools to visit are drawn from the plan's scope by a seeded generator, so anyone
 * holding the recorded seed and the scope can redraw the same list and check it was not hand-picked.
 *
 * Generator (version "inspectorate-sample-v1"): SHA-256 in counter mode — block i is
 * SHA-256(seed bytes ‖ uint32be(i)), read as eight big-endian uint32 words in order. An integer below n is
 * taken from one word by rejection (words ≥ 2^32 − 2^32 mod n are skipped), so every value is equally
 * likely. The population is sorted by code (code-point order), then a partial Fisher–Yates shuffle picks
 * `size` schools: for k = 0…size−1 swap position k with k + uniform(n − k).
 */
export const SAMPLE_ALGORITHM = "inspectorate-sample-v1";
const SEED_HEX = /^[0-9a-f]{64}$/;

export function isSeedHex(seed: string): boolean {
  return SEED_HEX.test(seed);
}

/** The recorded seed: SHA-256 of the plan and a random draw value, kept with the plan. */
export function sampleSeed(planId: string, randomHex: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${SAMPLE_ALGORITHM}\nplan=${planId}\nrandom=${randomHex}`)));
}

export function* sha256Words(seedHex: string): Generator<number, never> {
  if (!isSeedHex(seedHex)) throw new RangeError("seed must be 64 lower-case hex digits");
  const seed = hexToBytes(seedHex);
  const input = new Uint8Array(seed.length + 4);
  input.set(seed);
  const view = new DataView(input.buffer);
  for (let counter = 0; ; counter++) {
    view.setUint32(seed.length, counter >>> 0);
    const block = sha256(input);
    const words = new DataView(block.buffer, block.byteOffset, block.byteLength);
    for (let w = 0; w < 8; w++) yield words.getUint32(w * 4);
  }
}

/** A uniform integer in [0, n) from the word stream, by rejection. */
export function uniformBelow(words: Iterator<number>, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError("n out of range");
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const word = words.next().value as number;
    if (word < limit) return word % n;
  }
}

export type SampleResult<T> = { ok: true; sample: T[] } | { ok: false; message: string };

export function drawSample<T extends { code: string }>(options: {
  seedHex: string;
  population: readonly T[];
  size: number;
}): SampleResult<T> {
  const { seedHex, population, size } = options;
  if (!isSeedHex(seedHex)) return { ok: false, message: "抽样种子无效" };
  if (!Number.isInteger(size) || size < 1) return { ok: false, message: "抽取学校数应为正整数" };
  if (size > population.length)
    return { ok: false, message: `抽取学校数 ${size} 超过范围内学校数 ${population.length}` };
  const codes = new Set(population.map((p) => p.code));
  if (codes.size !== population.length) return { ok: false, message: "抽样范围内有重复的学校" };
  const pool = [...population].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const words = sha256Words(seedHex);
  for (let k = 0; k < size; k++) {
    const j = k + uniformBelow(words, pool.length - k);
    const a = pool[k] as T;
    pool[k] = pool[j] as T;
    pool[j] = a;
  }
  return { ok: true, sample: pool.slice(0, size) };
}

/** Whether a school account may see a sealed visit: only from the visit date (Beijing day) on. */
export function isVisitRevealed(visitDate: string, today: string): boolean {
  return today >= visitDate;
}
