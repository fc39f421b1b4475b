import type { InstitutionType, Ownership } from "@edubureau/domain/registry";
import type { DistrictKind, DistrictProfile } from "./districts.ts";
import type { Community, Street, Tier } from "./model.ts";
import type { Prng } from "./prng.ts";
import type { SchoolType } from "./scales.ts";

/** Share of private institutions by type and kind of district (Changsha: many private kindergartens and 民办初中). */
export const PRIVATE_SHARE: Record<SchoolType, Record<DistrictKind, number>> = {
  kindergarten: { urban: 0.66, suburban: 0.58, county: 0.5 },
  primary: { urban: 0.08, suburban: 0.05, county: 0.03 },
  junior: { urban: 0.25, suburban: 0.12, county: 0.08 },
  nine_year: { urban: 0.2, suburban: 0.15, county: 0.1 },
  complete_secondary: { urban: 0.25, suburban: 0.15, county: 0.15 },
  senior: { urban: 0.3, suburban: 0.25, county: 0.25 },
  secondary_vocational: { urban: 0.45, suburban: 0.45, county: 0.4 },
  special: { urban: 0, suburban: 0, county: 0 },
  higher_vocational: { urban: 0.2, suburban: 0.2, county: 0.2 },
  out_of_school: { urban: 0.1, suburban: 0.1, county: 0 },
};

/** Share of private kindergartens recognised as 普惠性 (inclusive, capped fees) by 2019. */
export const INCLUSIVE_PRIVATE_SHARE: Record<DistrictKind, number> = {
  urban: 0.5,
  suburban: 0.58,
  county: 0.62,
};

export function tierOf(profile: DistrictProfile, street: Street, community: Community | undefined): Tier {
  if (profile.kind === "urban" && street.type === "街道") return "urban";
  if (street.type === "街道") return "seat";
  return community?.type === "村" ? "village" : "town";
}

const COMPULSORY: ReadonlySet<InstitutionType> = new Set([
  "primary",
  "junior",
  "nine_year",
  "complete_secondary",
]);

/** Crowded schools (popular urban and county-seat schools) are where 大班额 remain in 2019. */
export function crowdedChance(type: InstitutionType, ownership: Ownership, tier: Tier): number {
  if (!COMPULSORY.has(type)) return type === "senior" ? 0.1 : 0;
  const base: Record<Tier, number> = { urban: 0.11, seat: 0.14, town: 0.03, village: 0 };
  return ownership === "private" && tier === "urban" ? 0.2 : base[tier];
}

/** How likely a type is placed in a street: rural primary schools follow the villages, senior schools the seat. */
export function streetWeight(
  type: SchoolType,
  profile: DistrictProfile,
  street: Street,
  communities: number,
): number {
  if (profile.kind === "urban" && street.type === "街道") {
    return type === "kindergarten" || type === "primary" ? communities : 1 + communities / 8;
  }
  const seat = street.type === "街道";
  switch (type) {
    case "kindergarten":
      return communities + (seat ? 4 : 0);
    case "primary":
      return communities * (seat ? 1.3 : 1);
    case "junior":
      return seat ? 3 : 1;
    case "nine_year":
      return seat ? 1 : 1.5;
    case "complete_secondary":
    case "senior":
    case "secondary_vocational":
    case "special":
    case "higher_vocational":
    case "out_of_school":
      return seat ? 6 : 0.05;
  }
}

/** A plausible founding year: private schools are younger; 社区学习中心 date from the 2010s. */
export function openedYear(rng: Prng, type: InstitutionType, ownership: Ownership): number {
  if (type === "community_learning_centre") return rng.int(2012, 2018);
  if (ownership === "private") return rng.int(1996, 2018);
  return type === "kindergarten" ? rng.int(1970, 2018) : rng.int(1950, 2017);
}
