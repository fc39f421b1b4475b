import { childPath, rootPath } from "@edubureau/domain";
import { DISTRICT_PROFILES, type DistrictProfile } from "./districts.ts";
import type { Community, District, OrgUnit, Street } from "./model.ts";
import { acceptablePlaceName, NameBook, placeName } from "./place-names.ts";
import { deterministicId, Prng } from "./prng.ts";
import type { ScaleSpec } from "./scales.ts";

export interface Geography {
  city: OrgUnit;
  divisions: OrgUnit[];
  districts: District[];
  streets: Street[];
  communities: Community[];
}

export interface UnitName {
  code: string;
  name: string;
}

export function childUnit<K extends OrgUnit["kind"]>(
  seed: number,
  parent: OrgUnit,
  unit: { code: string; name: string; kind: K },
): OrgUnit & { kind: K } {
  const id = deterministicId(seed, "org_unit", unit.code);
  return { ...unit, id, parentId: parent.id, path: childPath(parent.path, id), depth: parent.depth + 1 };
}

/** 长沙市, the bureau's divisions, the nine districts, their 街道/镇/乡 and 社区/村. */
export function generateGeography(options: {
  seed: number;
  scale: ScaleSpec;
  city: UnitName;
  divisions: readonly UnitName[];
}): Geography {
  const { seed, scale } = options;
  const cityId = deterministicId(seed, "org_unit", options.city.code);
  const city: OrgUnit = {
    ...options.city,
    id: cityId,
    kind: "city",
    parentId: null,
    path: rootPath(cityId),
    depth: 0,
  };
  const divisions = options.divisions.map((division) =>
    childUnit(seed, city, { ...division, kind: "division" }),
  );
  const districts: District[] = [];
  const streets: Street[] = [];
  const communities: Community[] = [];
  for (const profile of DISTRICT_PROFILES) {
    const size = scale.districts[profile.code];
    if (!size) continue;
    const district: District = {
      ...childUnit(seed, city, { code: profile.code, name: profile.name, kind: "district" }),
      profile: profile.kind,
    };
    districts.push(district);
    const rng = new Prng(seed, "geography", profile.code);
    const names = new NameBook(acceptablePlaceName);
    const own = generateStreets(rng, { seed, district, profile, count: size.streets, names });
    streets.push(...own);
    communities.push(
      ...generateCommunities(rng, { seed, profile, streets: own, total: size.communities, names }),
    );
  }
  return { city, divisions, districts, streets, communities };
}

function streetType(rng: Prng, profile: DistrictProfile, index: number, count: number): Street["type"] {
  if (index < Math.round(profile.streetShare * count)) return "街道";
  return rng.chance(profile.kind === "county" ? 0.15 : 0.05) ? "乡" : "镇";
}

/** GB/T 10114: 街道 are numbered 001…, 镇 101…, 乡 201… within the district. */
const STREET_SERIAL_BASE: Record<Street["type"], number> = { 街道: 0, 镇: 100, 乡: 200 };

function generateStreets(
  rng: Prng,
  options: { seed: number; district: District; profile: DistrictProfile; count: number; names: NameBook },
): Street[] {
  const { profile, district, count, names } = options;
  const serials: Record<Street["type"], number> = { 街道: 0, 镇: 0, 乡: 0 };
  // A county's 街道 cluster around its seat; towns spread over the whole district.
  const seat = pointIn(rng, profile, 0.3);
  return Array.from({ length: count }, (_, index) => {
    const type = streetType(rng, profile, index, count);
    serials[type] += 1;
    const code = `${profile.code}${String(STREET_SERIAL_BASE[type] + serials[type]).padStart(3, "0")}`;
    const name = `${names.take(() => placeName(rng))}${type}`;
    const [longitude, latitude] =
      type === "街道" && profile.kind !== "urban"
        ? near(rng, profile, seat, 0.04)
        : pointIn(rng, profile, 0.9);
    return {
      ...childUnit(options.seed, district, { code, name, kind: "street" }),
      districtId: district.id,
      type,
      longitude,
      latitude,
    };
  });
}

/** Split `total` communities over the streets: towns govern more villages than a city 街道 has 社区. */
function communityCounts(rng: Prng, streets: readonly Street[], total: number): number[] {
  const weights = streets.map((street) => (street.type === "街道" ? 1 : 1.35) * rng.float(0.7, 1.3));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(2, Math.floor((w / sum) * total)));
  // Hand out what rounding left over, largest weight first, so the district total is exact.
  const order = weights.map((w, i) => [w, i] as const).sort((a, b) => b[0] - a[0]);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const index = order[k]?.[1] ?? 0;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

function generateCommunities(
  rng: Prng,
  options: {
    seed: number;
    profile: DistrictProfile;
    streets: readonly Street[];
    total: number;
    names: NameBook;
  },
): Community[] {
  const { profile, streets, names } = options;
  const counts = communityCounts(rng, streets, options.total);
  return streets.flatMap((street, s) => {
    const count = counts[s] ?? 0;
    let residents = 0;
    let villages = 0;
    return Array.from({ length: count }, (_, index) => {
      const type = communityType(rng, profile, street, index);
      // 统计用区划代码: residents' committees 001–199, village committees 200–399.
      const serial = type === "社区" ? ++residents : 200 + ++villages;
      const code = `${street.code}${String(serial).padStart(3, "0")}`;
      const name = `${names.take(() => placeName(rng))}${type}`;
      const spread = type === "社区" ? 0.015 : 0.05;
      const [longitude, latitude] = near(rng, profile, [street.longitude, street.latitude], spread);
      return {
        ...childUnit(options.seed, street, { code, name, kind: "community" }),
        districtId: street.districtId,
        streetId: street.id,
        type,
        longitude,
        latitude,
      };
    });
  });
}

function communityType(
  rng: Prng,
  profile: DistrictProfile,
  street: Street,
  index: number,
): Community["type"] {
  if (street.type === "街道") return profile.kind === "urban" || rng.chance(0.8) ? "社区" : "村";
  // A town's seat is a 社区 or two; the rest are villages.
  if (street.type === "镇") return index < 2 ? "社区" : "村";
  return index < 1 && rng.chance(0.5) ? "社区" : "村";
}

type Point = [number, number];

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A point in the district's box; `shrink` < 1 keeps it towards the middle. */
export function pointIn(rng: Prng, profile: DistrictProfile, shrink: number): Point {
  const [lng0, lng1] = profile.lng;
  const [lat0, lat1] = profile.lat;
  const lngMid = (lng0 + lng1) / 2;
  const latMid = (lat0 + lat1) / 2;
  return [
    round6(lngMid + (rng.next() - 0.5) * (lng1 - lng0) * shrink),
    round6(latMid + (rng.next() - 0.5) * (lat1 - lat0) * shrink),
  ];
}

/** A point within `spread` degrees of `centre`, reflected back into the district's box at its edges. */
export function near(rng: Prng, profile: DistrictProfile, centre: Point, spread: number): Point {
  const reflect = (value: number, [lo, hi]: [number, number]) =>
    Math.min(hi, Math.max(lo, value > hi ? 2 * hi - value : value < lo ? 2 * lo - value : value));
  return [
    round6(reflect(centre[0] + rng.float(-spread, spread), profile.lng)),
    round6(reflect(centre[1] + rng.float(-spread, spread), profile.lat)),
  ];
}
