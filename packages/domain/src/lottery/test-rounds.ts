import type {
  ApplicantChoices,
  Mechanism,
  PartialUnitRule,
  RoundSetup,
  SeedInput,
  SiblingUnit,
} from "./lottery-types.ts";

/** Test data only: mulberry32, a small deterministic generator so failures replay from one integer. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(rand: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface RandomRoundOptions {
  applicants: number;
  schools: number;
  maxChoices: number;
  /** Share of applicants grouped into units of 2 or 3. */
  unitShare?: number;
  maxQuota?: number;
  mechanism?: Mechanism;
  partialUnit?: PartialUnitRule;
}

/** A random but valid round: members of a unit share the first member's choices. */
export function randomRound(rand: () => number, options: RandomRoundOptions): RoundSetup {
  const schools = Array.from({ length: options.schools }, (_, i) => ({
    code: `S${String(i + 1).padStart(2, "0")}`,
    quota: Math.floor(rand() * ((options.maxQuota ?? 5) + 1)),
  }));
  const codes = schools.map((s) => s.code);
  const applicants: ApplicantChoices[] = [];
  const units: SiblingUnit[] = [];
  let n = 0;
  while (applicants.length < options.applicants) {
    const count = 1 + Math.floor(rand() * Math.min(options.maxChoices, codes.length));
    const choices = shuffled(rand, codes).slice(0, count);
    const size = rand() < (options.unitShare ?? 0) ? 2 + Math.floor(rand() * 2) : 1;
    const members = Array.from({ length: size }, () => `A${String(++n).padStart(4, "0")}`);
    for (const number of members) applicants.push({ number, choices });
    if (size > 1) units.push({ id: `U${units.length + 1}`, members });
  }
  return {
    label: "R1",
    mechanism: options.mechanism ?? "deferred-acceptance",
    partialUnit: options.partialUnit ?? "skip",
    schools,
    applicants,
    units,
  };
}

export const TEST_ANNOUNCEMENT = { digits: 6, labels: ["notary", "parent-1", "parent-2"] };

export function testInputs(rand: () => number): SeedInput[] {
  return TEST_ANNOUNCEMENT.labels.map((label) => ({
    label,
    value: String(Math.floor(rand() * 1_000_000)).padStart(6, "0"),
  }));
}
