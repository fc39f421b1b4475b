import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawRound, type SiblingUnit } from "../lottery/index.ts";
import { replayDeclines } from "./waiting-list.ts";

const schools = [
  { code: "S1", quota: 3 },
  { code: "S2", quota: 3 },
  { code: "S3", quota: 2 },
];

function round(seed: string, units: SiblingUnit[] = []) {
  const numbers = Array.from({ length: 14 }, (_, i) => `A${String(i).padStart(2, "0")}`);
  const orders = [
    ["S1", "S2", "S3"],
    ["S1", "S3"],
    ["S2", "S1"],
  ];
  const applicants = numbers.map((number, i) => ({ number, choices: orders[i % 3] ?? [] }));
  const drawn = drawRound({
    setup: { label: "r", mechanism: "boston", partialUnit: "skip", schools, applicants, units },
    announcement: { digits: 4, labels: ["A"] },
    inputs: [{ label: "A", value: seed }],
  });
  if (!drawn.ok) throw new Error(drawn.message);
  return drawn.value;
}

describe("replayDeclines", () => {
  it("keeps quotas, never places anyone twice or a decliner, and moves people only upwards", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.array(fc.integer({ min: 0, max: 13 }), { maxLength: 6 }),
        (seed, picks) => {
          const drawn = round(String(seed).padStart(4, "0"));
          const declines = picks.map((i) => `A${String(i).padStart(2, "0")}`);
          const state = replayDeclines(drawn, declines);
          const all = [...state.admitted.values()].flat();
          expect(new Set(all).size).toBe(all.length);
          for (const number of declines) expect(all).not.toContain(number);
          for (const { code, quota } of schools)
            expect(state.admitted.get(code)?.length ?? 0).toBeLessThanOrEqual(quota);
          const choiceOf = (school: string, number: string) =>
            drawn.lists.find((l) => l.school === school)?.applicants.find((a) => a.number === number)
              ?.choice ?? 99;
          for (const move of state.moves) {
            if (move.kind === "promoted" && move.from !== null) {
              expect(choiceOf(move.school, move.number)).toBeLessThan(choiceOf(move.from, move.number));
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("passes a place freed by a promotion down the next school's waiting list", () => {
    for (let seed = 0; seed < 200; seed++) {
      const drawn = round(String(seed).padStart(4, "0"));
      const s1 = drawn.outcome.schools.find((s) => s.school === "S1");
      const mover = s1?.waiting.find((n) =>
        drawn.outcome.schools.some((s) => s.school !== "S1" && s.admitted.includes(n)),
      );
      if (!s1 || mover !== s1.waiting[0]) continue;
      const state = replayDeclines(drawn, [s1.admitted[0] ?? ""]);
      const promoted = state.moves.filter((m) => m.kind === "promoted");
      expect(promoted[0]).toMatchObject({ school: "S1", number: mover });
      const from = promoted[0]?.kind === "promoted" ? promoted[0].from : null;
      const fromWaiting = drawn.outcome.schools.find((s) => s.school === from)?.waiting ?? [];
      if (fromWaiting.length > 0) expect(promoted[1]).toMatchObject({ school: from });
      return;
    }
    throw new Error("no seed gave a cascade");
  });
});
