import { DISTRICT_PROFILES } from "./districts.ts";
import type { Geography } from "./geography.ts";
import type { Community } from "./model.ts";
import type { Prng } from "./prng.ts";

/**
 * 社区学习中心覆盖率 city-wide, just short of the plan's 75% (T26-1). Districts differ (central districts near
 * 85%, counties near 60%), scaled so the city total lands on this share at every scale.
 */
export const LEARNING_CENTRE_COVERAGE = 0.7;

/** How many communities of each district get a centre: the district shares, scaled to the city-wide total. */
export function learningCentreCounts(geography: Geography): Map<string, number> {
  const wanted = geography.districts.map((d) => {
    const n = geography.communities.filter((c) => c.districtId === d.id).length;
    const share =
      DISTRICT_PROFILES.find((p) => p.code === d.code)?.learningCentreShare ?? LEARNING_CENTRE_COVERAGE;
    return { id: d.id, n, raw: n * share };
  });
  const total = Math.round(geography.communities.length * LEARNING_CENTRE_COVERAGE);
  const factor = total / wanted.reduce((sum, w) => sum + w.raw, 0);
  const counts = wanted.map((w) => ({
    ...w,
    count: Math.min(w.n, Math.floor(w.raw * factor)),
    rest: (w.raw * factor) % 1,
  }));
  let left = total - counts.reduce((sum, c) => sum + c.count, 0);
  for (const c of [...counts].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    if (c.count < c.n) {
      c.count += 1;
      left -= 1;
    }
  }
  return new Map(counts.map((c) => [c.id, c.count]));
}

/** `count` communities of a district for 社区学习中心; residents' committees get one before villages do. */
export function learningCentreCommunities(
  rng: Prng,
  communities: readonly Community[],
  count: number,
): Community[] {
  // Weighted sampling without replacement (Efraimidis–Spirakis): key = u^(1/w), keep the largest keys.
  const keyed = communities.map((c) => ({ c, key: rng.next() ** (1 / (c.type === "社区" ? 1.6 : 1)) }));
  return keyed
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((entry) => entry.c)
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}
