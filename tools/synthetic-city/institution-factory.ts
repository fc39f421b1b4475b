import type { InstitutionType, Ownership } from "@edubureau/domain/registry";
import { DISTRICT_PROFILES, type DistrictProfile } from "./districts.ts";
import { childUnit, near, type Geography } from "./geography.ts";
import {
  crowdedChance,
  INCLUSIVE_PRIVATE_SHARE,
  openedYear,
  PRIVATE_SHARE,
  streetWeight,
  tierOf,
} from "./institution-profile.ts";
import type { Community, District, Institution, Street } from "./model.ts";
import { NameBook, roadName } from "./place-names.ts";
import { Prng } from "./prng.ts";
import type { SchoolType } from "./scales.ts";
import { SchoolCodes } from "./school-codes.ts";
import { namePrefix, schoolName } from "./school-names.ts";

/** The demo accounts `school` and `teacher` belong here (README, e2e tests). */
export const ACCOUNT_SCHOOL_NAME = "芙蓉区示范小学";

export interface InstitutionFactory {
  /** A new institution of `type` placed in the district (used by the projects stage for schools opened in 2019). */
  create(options: {
    district: District;
    type: InstitutionType;
    ownership?: Ownership;
    /** Defaults to a year before 2019 that suits the type and ownership. */
    openedYear?: number;
    street?: Street;
    community?: Community;
    name?: string;
  }): Institution;
  /** A unique name for a school that is still being built (“(暂名)” is added by the caller). */
  plannedName(options: { district: District; type: SchoolType }): string;
}

export function createInstitutionFactory(seed: number, geography: Geography): InstitutionFactory {
  const rng = new Prng(seed, "institutions");
  const codes = new SchoolCodes(new Prng(seed, "school-codes"));
  const names = new NameBook();
  names.reserve(ACCOUNT_SCHOOL_NAME);
  const numbering = new Map<string, number>();
  const profiles = new Map(DISTRICT_PROFILES.map((p) => [p.code, p]));
  const streetsOf = groupBy(geography.streets, (s) => s.districtId);
  const communitiesOf = groupBy(geography.communities, (c) => c.streetId);

  function placeIn(district: District, type: SchoolType, profile: DistrictProfile): Street {
    const streets = streetsOf.get(district.id) ?? [];
    const weights = streets.map((s) => streetWeight(type, profile, s, communitiesOf.get(s.id)?.length ?? 0));
    const total = weights.reduce((a, b) => a + b, 0);
    let roll = rng.next() * total;
    for (let i = 0; i < streets.length; i++) {
      roll -= weights[i] ?? 0;
      if (roll < 0) return streets[i] as Street;
    }
    return streets[streets.length - 1] as Street;
  }

  /** 长沙市第N中学 are numbered city-wide, 浏阳市第N中学 per county. */
  function nextNumber(profile: DistrictProfile): number {
    const key = profile.kind === "county" ? profile.code : "city";
    const n = (numbering.get(key) ?? 0) + rng.int(1, 3);
    numbering.set(key, n);
    return n;
  }

  function profileOf(district: District): DistrictProfile {
    const profile = profiles.get(district.code);
    if (!profile) throw new Error(`未知区县 ${district.code}`);
    return profile;
  }

  return {
    plannedName({ district, type }) {
      const profile = profileOf(district);
      const street = placeIn(district, type, profile);
      const community = rng.pick(communitiesOf.get(street.id) ?? []);
      const numbered = () => nextNumber(profile);
      return names.take(() =>
        schoolName(rng, { type, ownership: "public", place: { profile, street, community }, numbered }),
      );
    },

    create(options) {
      const { district, type } = options;
      const profile = profileOf(district);
      const street =
        options.street ??
        (type === "community_learning_centre" ? undefined : placeIn(district, type, profile));
      if (!street) throw new Error("社区学习中心须指定所在街道和社区");
      const inStreet = communitiesOf.get(street.id) ?? [];
      const community =
        options.community ??
        (type === "primary" && profile.kind !== "urban"
          ? rng.pick(
              inStreet.filter((c) => c.type === "村").length > 0
                ? inStreet.filter((c) => c.type === "村")
                : inStreet,
            )
          : rng.pick(inStreet));
      const ownership =
        options.ownership ??
        (type === "community_learning_centre"
          ? "public"
          : rng.chance(PRIVATE_SHARE[type][profile.kind])
            ? "private"
            : "public");
      const numbered = () => nextNumber(profile);
      const name =
        options.name ??
        names.take(() =>
          schoolName(rng, { type, ownership, place: { profile, street, community }, numbered }),
        );
      const tier = tierOf(profile, street, community);
      const spread = tier === "urban" ? 0.008 : 0.02;
      const [longitude, latitude] = near(rng, profile, [community.longitude, community.latitude], spread);
      const townName = street.type === "街道" ? "" : street.name;
      const unit = childUnit(seed, street, {
        code: codes.next(type, district.code),
        name,
        kind: "institution",
      });
      return {
        ...unit,
        districtId: district.id,
        streetId: street.id,
        communityId: type === "community_learning_centre" ? community.id : null,
        type,
        ownership,
        inclusive:
          type === "kindergarten" &&
          (ownership === "public" || rng.chance(INCLUSIVE_PRIVATE_SHARE[profile.kind])),
        educationGroup: null,
        groupLead: false,
        address: `${namePrefix(profile)}${townName}${roadName(rng)}${rng.int(1, 399)}号`,
        longitude,
        latitude,
        status: "operating",
        places: 0,
        openedYear: options.openedYear ?? openedYear(rng, type, ownership),
        tier,
        crowded: rng.chance(crowdedChance(type, ownership, tier)),
      };
    },
  };
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
