/**
 * Places a school offers in the lottery: its planned places less the share the city reserves
 * for special categories (优抚对象、随迁子女等 as the city sets). Reserved places are rounded up,
 * so a 5 % share of 45 places reserves 3, never fewer than the share promises.
 */
export function lotteryPlaces(places: number, reservedPercent: number | null): number {
  if (reservedPercent === null || reservedPercent <= 0) return places;
  const reserved = Math.ceil((places * reservedPercent) / 100);
  return Math.max(0, places - reserved);
}

/** Applicants per place (报录比), one decimal; null where a school offers no place. */
export function applicantsPerPlace(applicants: number, places: number): number | null {
  if (places <= 0) return null;
  return Math.round((applicants / places) * 10) / 10;
}
