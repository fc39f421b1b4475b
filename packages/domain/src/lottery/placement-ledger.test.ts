import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBundle, drawRound } from "./draw-round.ts";
import { ledgerFigures } from "./ledger-figures.ts";
import type { BundleRound, LedgerEvent, Mechanism, PartialUnitRule } from "./lottery-types.ts";
import { mayApplyAgain, nextRoundSetup, openPlaces } from "./next-round.ts";
import { ledgerInputs, PlacementLedger, replayLedger } from "./placement-ledger.ts";
import { prng, randomRound, shuffled, TEST_ANNOUNCEMENT, testInputs } from "./test-rounds.ts";
import { verifyBundle } from "./verify-bundle.ts";

function invariants(ledger: PlacementLedger): void {
  const seen = new Set<string>();
  for (const [school, holders] of ledger.held) {
    expect(holders.length).toBeLessThanOrEqual(ledger.capacity.get(school) ?? 0);
    for (const number of holders) {
      expect(seen.has(number)).toBe(false);
      seen.add(number);
      expect(ledger.holder.get(number)).toBe(school);
      expect(ledger.declined.has(number)).toBe(false);
    }
  }
  expect(seen.size).toBe(ledger.holder.size);
}

/** Declines `count` random holders, one at a time, checking the invariants after each. */
function declineSome(ledger: PlacementLedger, rand: () => number, count: number, day: number): void {
  for (let k = 0; k < count; k++) {
    const holders = [...ledger.holder.keys()].sort();
    if (holders.length === 0) return;
    const number = holders[Math.floor(rand() * holders.length)] ?? "";
    const before = ledger.events.length;
    expect(ledger.decline(number, `2019-0${day}-1${k}T02:00:00.000Z`)).toBeNull();
    invariants(ledger);
    for (const event of ledger.events.slice(before)) {
      if (event.kind !== "promoted") continue;
      const choices = ledger.choices.get(event.number) ?? [];
      // A promoted child always preferred the new school to the one they left.
      if (event.from !== null)
        expect(choices.indexOf(event.school)).toBeLessThan(choices.indexOf(event.from));
      expect(choices).toContain(event.school);
    }
  }
}

function secondRound(ledger: PlacementLedger, rand: () => number, mechanism: Mechanism): BundleRound | null {
  const open = openPlaces(ledger).map((s) => s.code);
  if (open.length === 0) return null;
  const choices = new Map<string, string[]>();
  for (const number of [...ledger.choices.keys()].sort()) {
    if (!mayApplyAgain(ledger, number) || rand() < 0.2) continue;
    const group = ledger.unitOf.get(number) ?? [number];
    const mine =
      choices.get(group[0] ?? "") ?? shuffled(rand, open).slice(0, 1 + Math.floor(rand() * open.length));
    for (const member of group) choices.set(member, mine);
  }
  if (choices.size === 0) return null;
  const setup = nextRoundSetup({
    ledger,
    label: "R2",
    mechanism,
    partialUnit: "skip",
    choices: [...choices].map(([number, c]) => ({ number, choices: c })),
  });
  if (!setup.ok) throw new Error(setup.message);
  const drawn = drawRound({ setup: setup.value, announcement: TEST_ANNOUNCEMENT, inputs: testInputs(rand) });
  if (!drawn.ok) throw new Error(drawn.message);
  return drawn.value;
}

describe("the placement ledger over random enrolments", () => {
  it("keeps quotas and one place per child through declines before and after round two, and verifies", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom<Mechanism>("boston", "deferred-acceptance"),
        fc.constantFrom<PartialUnitRule>("skip", "stop"),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (seed, mechanism, partialUnit, before, after) => {
          const rand = prng(seed);
          const setup = randomRound(rand, {
            applicants: 30,
            schools: 4,
            maxChoices: 3,
            unitShare: 0.2,
            maxQuota: 6,
            mechanism,
            partialUnit,
          });
          const first = drawRound({ setup, announcement: TEST_ANNOUNCEMENT, inputs: testInputs(rand) });
          if (!first.ok) throw new Error(first.message);
          const ledger = new PlacementLedger();
          expect(ledger.join(first.value)).toBeNull();
          invariants(ledger);
          declineSome(ledger, rand, before, 3);
          const second = secondRound(ledger, rand, mechanism);
          const rounds = [first.value];
          if (second !== null) {
            expect(ledger.join(second)).toBeNull();
            invariants(ledger);
            rounds.push(second);
          }
          declineSome(ledger, rand, after, 4);
          const bundle = createBundle(rounds);
          const verified = verifyBundle(JSON.parse(JSON.stringify({ ...bundle, events: ledger.events })));
          if (!verified.identical) throw new Error(verified.difference.message);
          // What a verifier recomputes from the log is the state the ledger holds.
          expect(verified.ledger).toEqual(ledgerFigures(ledger));
          const replayed = replayLedger(rounds, ledgerInputs(ledger.events));
          expect(replayed.ok && [...replayed.value.holder].sort()).toEqual([...ledger.holder].sort());
          const figures = ledgerFigures(ledger);
          expect(figures.admitted + figures.unplaced + figures.declined).toBe(figures.applicants);
          expect(figures.admitted + figures.free).toBe(figures.places);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});

/** Issue 13's scenarios at the level of the rules. */
describe("the ledger's answers to the audit", () => {
  function oneSchool(partialUnit: PartialUnitRule, inputs: { label: string; value: string }[]) {
    return drawRound({
      setup: {
        label: "R1",
        mechanism: "boston",
        partialUnit,
        schools: [
          { code: "A", quota: 3 },
          { code: "B", quota: 5 },
        ],
        applicants: ["T1", "T2", "S1", "S2", "S3", "S4"].map((number) => ({ number, choices: ["A"] })),
        units: [{ id: "T", members: ["T1", "T2"] }],
      },
      announcement: TEST_ANNOUNCEMENT,
      inputs,
    });
  }

  it("gives the place a `stop` left empty to 递补 or to round two, never to both", () => {
    for (let i = 0; i < 500; i++) {
      const drawn = oneSchool("stop", testInputs(prng(i)));
      if (!drawn.ok) throw new Error(drawn.message);
      const a = drawn.value.outcome.schools.find((s) => s.school === "A");
      if (a?.admitted.length !== 2 || a.waiting[0]?.startsWith("T") !== true) continue;
      const ledger = new PlacementLedger();
      ledger.join(drawn.value);
      ledger.decline(a.admitted[0] ?? "", "2019-03-20T02:00:00.000Z");
      expect(ledger.held.get("A")).toHaveLength(3);
      expect(openPlaces(ledger)).toEqual([{ code: "B", quota: 5 }]);
      return;
    }
    throw new Error("no seed gave the scenario");
  });

  it("refuses a log whose promotion was changed", () => {
    const drawn = oneSchool("skip", testInputs(prng(7)));
    if (!drawn.ok) throw new Error(drawn.message);
    const ledger = new PlacementLedger();
    ledger.join(drawn.value);
    const holder = ledger.held.get("A")?.[0] ?? "";
    ledger.decline(holder, "2019-03-20T02:00:00.000Z");
    const events: LedgerEvent[] = ledger.events.map((e) =>
      e.kind === "promoted" ? { ...e, number: holder === "S1" ? "S2" : "S1" } : e,
    );
    const verified = verifyBundle({ ...createBundle([drawn.value]), events });
    expect(!verified.identical && verified.difference.kind).toBe("ledger");
  });
});
