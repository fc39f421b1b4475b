import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { drawSchool } from "./draw-round.ts";
import { lotteryNumber } from "./lottery-keys.ts";
import type { PartialUnitRule, SiblingUnit } from "./lottery-types.ts";

const seed = bytesToHex(sha256(utf8ToBytes("draw-school test")));
const applicants = Array.from({ length: 12 }, (_, i) => `A${String(i + 1).padStart(2, "0")}`);
/** The applicants in lottery order, worked out independently of drawSchool. */
const ranked = [...applicants].sort((a, b) => (lotteryNumber(seed, a) < lotteryNumber(seed, b) ? -1 : 1));
const r = (place: number): string => ranked[place - 1] ?? "";
const byNumber = (...numbers: string[]): string[] => numbers.sort();

function draw(quota: number, units: SiblingUnit[] = [], partialUnit: PartialUnitRule = "skip") {
  const result = drawSchool({ seed, school: { code: "S01", quota, applicants, units }, partialUnit });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("one school's draw", () => {
  it("fills the places in lottery order and keeps the rest as an ordered waiting list", () => {
    const outcome = draw(5);
    expect(outcome.oversubscribed).toBe(true);
    expect(outcome.admitted).toEqual(ranked.slice(0, 5));
    expect(outcome.waiting).toEqual(ranked.slice(5));
  });

  it("admits everyone when the school is not oversubscribed", () => {
    for (const quota of [12, 20]) {
      const outcome = draw(quota);
      expect(outcome.oversubscribed).toBe(false);
      expect([...outcome.admitted].sort()).toEqual(applicants);
      expect(outcome.waiting).toEqual([]);
    }
  });

  it("does not depend on the order applicants were entered in", () => {
    const reversed = drawSchool({
      seed,
      school: { code: "S01", quota: 5, applicants: [...applicants].reverse() },
    });
    expect(reversed.ok && reversed.value).toEqual(draw(5));
  });

  it("ranks a unit by its best member's number and admits the members together", () => {
    const unit = { id: "U1", members: [r(12), r(3)] };
    expect(draw(4, [unit]).admitted).toEqual([r(1), r(2), ...byNumber(r(3), r(12)), r(4)].slice(0, 4));
  });

  it("skips a unit that does not fit and lets the next applicants take the places (skip)", () => {
    const outcome = draw(3, [{ id: "U1", members: [r(3), r(12)] }]);
    expect(outcome.admitted).toEqual([r(1), r(2), r(4)]);
    expect(outcome.waiting.slice(0, 3)).toEqual([...byNumber(r(3), r(12)), r(5)]);
  });

  it("admits nobody behind a unit that does not fit (stop)", () => {
    const outcome = draw(3, [{ id: "U1", members: [r(3), r(12)] }], "stop");
    expect(outcome.admitted).toEqual([r(1), r(2)]);
    expect(outcome.waiting.slice(0, 3)).toEqual([...byNumber(r(3), r(12)), r(4)]);
  });

  it("counts a unit's members when deciding whether the school is oversubscribed", () => {
    const outcome = draw(11, [{ id: "U1", members: [r(1), r(2)] }]);
    expect(outcome.oversubscribed).toBe(true);
    expect(outcome.admitted).toHaveLength(11);
  });

  it("refuses a malformed seed", () => {
    const result = drawSchool({ seed: "xyz", school: { code: "S01", quota: 1, applicants } });
    expect(!result.ok && result.message).toContain("种子");
  });
});
