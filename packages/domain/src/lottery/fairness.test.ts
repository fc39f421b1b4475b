import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { drawSchool } from "./draw-round.ts";

const DRAWS = 10_000;
const APPLICANTS = 30;
const QUOTA = 10;
/** 99.9th percentile of chi-square with 29 degrees of freedom. */
const CHI_SQUARE_29_999 = 58.3;

describe("fairness of one school's draw", () => {
  it("admits every applicant about quota/applicants of the time over 10,000 seeds", () => {
    const applicants = Array.from({ length: APPLICANTS }, (_, i) => `A${String(i + 1).padStart(3, "0")}`);
    const admitted = new Map(applicants.map((a) => [a, 0]));
    for (let i = 0; i < DRAWS; i++) {
      const seed = bytesToHex(sha256(utf8ToBytes(`fairness-${i}`)));
      const result = drawSchool({ seed, school: { code: "S01", quota: QUOTA, applicants } });
      if (!result.ok) throw new Error(result.message);
      for (const number of result.value.admitted) admitted.set(number, (admitted.get(number) ?? 0) + 1);
    }
    const p = QUOTA / APPLICANTS;
    const expected = DRAWS * p;
    const variance = DRAWS * p * (1 - p);
    // Counts sum to DRAWS × QUOTA, so the normalised statistic × (n − 1)/n is chi-square with n − 1 df.
    const statistic = [...admitted.values()].reduce((sum, c) => sum + (c - expected) ** 2 / variance, 0);
    expect(statistic * ((APPLICANTS - 1) / APPLICANTS)).toBeLessThan(CHI_SQUARE_29_999);
    for (const count of admitted.values())
      expect(Math.abs(count - expected)).toBeLessThan(5 * Math.sqrt(variance));
  }, 20_000);
});
