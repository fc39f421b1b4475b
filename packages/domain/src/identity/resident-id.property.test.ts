import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth } from "./calendar-date.ts";
import { parseResidentId, residentIdCheckChar } from "./resident-id.ts";

const today = new Date(2024, 5, 1);
const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Any ID a registry could issue: a GB/T 2260-shaped region, a real past date, any sequence number. */
const validId = fc
  .record({
    region: fc.integer({ min: 100000, max: 999999 }),
    year: fc.integer({ min: 1800, max: 2023 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, year, month, dayFraction, sequence }) => {
    const day = 1 + Math.floor(dayFraction * daysInMonth(year, month));
    const first17 = `${region}${year}${pad(month, 2)}${pad(day, 2)}${pad(sequence, 3)}`;
    return first17 + residentIdCheckChar(first17);
  });

describe("resident ID properties", () => {
  it("accepts every generated valid ID, in either case", () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(parseResidentId(id, { today }).ok).toBe(true);
        expect(parseResidentId(id.toLowerCase(), { today }).ok).toBe(true);
      }),
    );
  });

  it("refuses the ID after any single character is changed", () => {
    const mutated = validId.chain((id) =>
      fc.record({
        id: fc.constant(id),
        position: fc.integer({ min: 0, max: 17 }),
        replacement: fc.constantFrom(..."0123456789X"),
      }),
    );
    fc.assert(
      fc.property(mutated, ({ id, position, replacement }) => {
        fc.pre(id[position] !== replacement && (position === 17 || replacement !== "X"));
        const changed = id.slice(0, position) + replacement + id.slice(position + 1);
        expect(parseResidentId(changed, { today }).ok).toBe(false);
      }),
    );
  });
});
