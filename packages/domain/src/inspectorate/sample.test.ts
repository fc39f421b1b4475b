import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { drawSample, isVisitRevealed, sampleSeed, sha256Words, uniformBelow } from "./sample.ts";

const seedOf = (i: number) => bytesToHex(sha256(utf8ToBytes(`seed-${i}`)));
const schools = Array.from({ length: 20 }, (_, i) => ({ code: `S${String(i).padStart(2, "0")}` }));

// χ² critical value for 19 degrees of freedom at p = 0.001 (any statistics table).
const CHI2_19_P001 = 43.82;

describe("seeded sample", () => {
  it("is deterministic from the recorded seed and independent of the input order", () => {
    const seed = sampleSeed("plan-1", "00ff");
    const a = drawSample({ seedHex: seed, population: schools, size: 5 });
    const b = drawSample({ seedHex: seed, population: [...schools].reverse(), size: 5 });
    expect(a).toEqual(b);
    expect(a.ok && new Set(a.sample.map((s) => s.code)).size).toBe(5);
    const c = drawSample({ seedHex: sampleSeed("plan-1", "00fe"), population: schools, size: 5 });
    expect(c).not.toEqual(a);
  });

  it("documents its generator: SHA-256(seed ‖ uint32be counter), eight words a block", () => {
    const seed = "00".repeat(32);
    const words = sha256Words(seed);
    const block0 = sha256(new Uint8Array(36));
    const first = new DataView(block0.buffer).getUint32(0);
    expect(words.next().value).toBe(first);
    for (let i = 1; i < 8; i++) words.next();
    const input = new Uint8Array(36);
    input[35] = 1;
    expect(words.next().value).toBe(new DataView(sha256(input).buffer).getUint32(0));
  });

  it("takes all of a scope when the size equals it, and refuses bad sizes, seeds and duplicates", () => {
    const all = drawSample({ seedHex: seedOf(1), population: schools, size: 20 });
    expect(all.ok && all.sample.length).toBe(20);
    expect(drawSample({ seedHex: seedOf(1), population: schools, size: 21 })).toEqual({
      ok: false,
      message: "抽取学校数 21 超过范围内学校数 20",
    });
    expect(drawSample({ seedHex: seedOf(1), population: schools, size: 0 })).toMatchObject({ ok: false });
    expect(drawSample({ seedHex: "xyz", population: schools, size: 1 })).toMatchObject({ ok: false });
    expect(
      drawSample({ seedHex: seedOf(1), population: [...schools, { code: "S00" }], size: 1 }),
    ).toMatchObject({ ok: false });
  });

  it("draws uniformly below n by rejection", () => {
    expect(() => uniformBelow(sha256Words(seedOf(0)), 0)).toThrow();
    const words = sha256Words(seedOf(0));
    for (let i = 0; i < 1000; i++) expect(uniformBelow(words, 1)).toBe(0);
  });

  it("gives each school the same chance: χ² over 4,000 seeds (first pick and inclusion)", () => {
    const n = schools.length;
    const k = 5;
    const runs = 4000;
    const first = new Array<number>(n).fill(0);
    const included = new Array<number>(n).fill(0);
    for (let r = 0; r < runs; r++) {
      const drawn = drawSample({ seedHex: seedOf(r), population: schools, size: k });
      if (!drawn.ok) throw new Error(drawn.message);
      drawn.sample.forEach((s, position) => {
        const index = Number(s.code.slice(1));
        included[index] = (included[index] ?? 0) + 1;
        if (position === 0) first[index] = (first[index] ?? 0) + 1;
      });
    }
    const expectedFirst = runs / n;
    const chiFirst = first.reduce((s, o) => s + (o - expectedFirst) ** 2 / expectedFirst, 0);
    expect(chiFirst).toBeLessThan(CHI2_19_P001);
    // Inclusion counts: each is Binomial(runs, k/n); (O − E)² / (E (1 − k/n)) summed is ≈ χ²(n − 1).
    const p = k / n;
    const expectedIncl = runs * p;
    const chiIncl = included.reduce((s, o) => s + (o - expectedIncl) ** 2 / (expectedIncl * (1 - p)), 0);
    expect(chiIncl).toBeLessThan(CHI2_19_P001);
    expect(included.reduce((a, b) => a + b, 0)).toBe(runs * k);
  });

  it("reveals a sealed visit to the school from the visit day on", () => {
    expect(isVisitRevealed("2019-05-10", "2019-05-09")).toBe(false);
    expect(isVisitRevealed("2019-05-10", "2019-05-10")).toBe(true);
    expect(isVisitRevealed("2019-05-10", "2019-05-11")).toBe(true);
  });
});
