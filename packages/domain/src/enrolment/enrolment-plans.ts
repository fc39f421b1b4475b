/**
 * Places a school offers in the lottery: its planned places less the share the city reserves
 * for special categories (优抚对象、随迁子女等 as the city sets). Reserved places are rounded up,
 * so a 5 % share of 45 places reserves 3, never fewer than the share promises.
 */
export function lotteryPlaces(places: number, reservedPercent: number | null): number {
  return Math.max(0, places - reservedPlaces(places, reservedPercent));
}

/** The reserved share in places: ⌈places × percent ÷ 100⌉, at most all places (docs/lottery.md §招生计划数). */
export function reservedPlaces(places: number, reservedPercent: number | null): number {
  if (reservedPercent === null || reservedPercent <= 0) return 0;
  return Math.min(places, Math.ceil((places * reservedPercent) / 100));
}

/** Applicants per place (报录比), one decimal; null where a school offers no place. */
export function applicantsPerPlace(applicants: number, places: number): number | null {
  if (places <= 0) return null;
  return Math.round((applicants / places) * 10) / 10;
}
