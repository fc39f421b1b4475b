import { describe, expect, it } from "vitest";
import { z } from "zod";
import { announcementFileSchema, lotteryBundleSchema, parseBundle } from "./bundle-schema.ts";
import { compileShapeCheck } from "./shape-check.ts";

/** Every field of the bundle format once, optional ones included; the values need not verify. */
const SAMPLE = {
  algorithmVersion: "edubureau-lottery/1",
  rounds: [
    {
      label: "R1",
      mechanism: "boston",
      partialUnit: "stop",
      lists: [
        {
          school: "S1",
          quota: 1,
          applicants: [
            { number: "A1", choice: 1 },
            { number: "A2", choice: 1 },
          ],
          units: [{ id: "U1", members: ["A1", "A2"] }],
          digest: "d",
        },
      ],
      seedAnnouncement: {
        digits: 6,
        labels: ["notary"],
        publicValues: [{ label: "index", digits: 8, source: "close", availableAt: "2025-07-01T07:00:00Z" }],
        commitments: [{ label: "notary", digest: "c" }],
      },
      seedInputs: [{ label: "notary", value: "123456", nonce: "n" }],
      seed: "s",
      outcome: {
        schools: [{ school: "S1", oversubscribed: true, admitted: ["A1"], waiting: ["A2"] }],
        unplaced: [],
      },
      drawnAt: "2025-07-02T01:00:00Z",
      announcementDigest: "a",
      previousDraws: [
        {
          seedInputs: [{ label: "notary", value: "654321" }],
          seed: "p",
          outcome: { schools: [], unplaced: ["A1"] },
          drawnAt: "2025-07-01T01:00:00Z",
          replacedAt: "2025-07-01T02:00:00Z",
          reason: "r",
        },
      ],
    },
  ],
  events: [
    { kind: "round", round: "R1" },
    { kind: "declined", number: "A1", school: "S1", at: "2025-07-03T00:00:00Z" },
    { kind: "promoted", number: "A2", school: "S1", from: null, list: "R1" },
    { kind: "promoted", number: "A3", school: "S1", from: "S2", list: "R1" },
  ],
};

const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  0,
  -1.5,
  Infinity,
  Number.NaN,
  "",
  "boston",
  true,
  [],
  {},
  [1],
];

/** Copies of `value` with one thing changed: every field and element replaced, removed or added to. */
function* mutations(value: unknown): Generator<unknown> {
  for (const replacement of REPLACEMENTS) yield replacement;
  if (Array.isArray(value)) {
    yield [...(value as unknown[]), value[0]];
    for (const [i, item] of value.entries()) {
      for (const changed of mutations(item))
        yield (value as unknown[]).map((v, j) => (j === i ? changed : v));
      yield value.filter((_, j) => j !== i);
    }
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    yield { ...record, extra: 1 };
    for (const key of Object.keys(record)) {
      for (const changed of mutations(record[key])) yield { ...record, [key]: changed };
      const { [key]: _removed, ...rest } = record;
      yield rest;
    }
  }
}

describe("compileShapeCheck", () => {
  it("accepts and refuses exactly the bundles zod accepts and refuses", () => {
    const check = compileShapeCheck(lotteryBundleSchema);
    expect(check).not.toBeNull();
    let tried = 0;
    let refused = 0;
    for (const bundle of [SAMPLE, ...mutations(SAMPLE)]) {
      const zod = lotteryBundleSchema.safeParse(bundle).success;
      expect({ bundle, fast: check?.(bundle) }).toEqual({ bundle, fast: zod });
      tried += 1;
      if (!zod) refused += 1;
    }
    expect(tried).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(500);
  });

  it("gives up on schemas it cannot mirror, so zod is used for them", () => {
    expect(compileShapeCheck(announcementFileSchema)).toBeNull();
    expect(compileShapeCheck(z.string().min(1))).toBeNull();
    expect(compileShapeCheck(z.object({}).catchall(z.string()))).toBeNull();
    expect(compileShapeCheck(z.array(z.string()).max(3))).toBeNull();
  });

  it("leaves zod's message for a bundle of the wrong shape", () => {
    const bad = { ...SAMPLE, rounds: [{ ...SAMPLE.rounds[0], seed: 1 }] };
    expect(parseBundle(bad)).toEqual({
      ok: false,
      message: "结果包格式不正确：rounds.0.seed（Invalid input: expected string, received number）",
    });
    expect(parseBundle(SAMPLE)).toEqual({ ok: true, value: SAMPLE });
  });
});
