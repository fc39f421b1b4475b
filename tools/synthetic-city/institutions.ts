import { DISTRICT_PROFILES } from "./districts.ts";
import type { Geography } from "./geography.ts";
import { ACCOUNT_SCHOOL_NAME, groupBy, type InstitutionFactory } from "./institution-factory.ts";
import { learningCentreCommunities, learningCentreCounts } from "./learning-centres.ts";
import type { Institution } from "./model.ts";
import { Prng } from "./prng.ts";
import type { ScaleSpec, SchoolType } from "./scales.ts";

export {
  ACCOUNT_SCHOOL_NAME,
  createInstitutionFactory,
  type InstitutionFactory,
} from "./institution-factory.ts";

/** Generation order of the types; the first primary school of 芙蓉区 is the demo accounts' school. */
export const SCHOOL_TYPES: readonly SchoolType[] = [
  "primary",
  "junior",
  "nine_year",
  "complete_secondary",
  "senior",
  "kindergarten",
  "secondary_vocational",
  "special",
  "higher_vocational",
  "out_of_school",
];

const ACCOUNT_SCHOOL_DISTRICT = "430102";

/** The schools of each district (per the scale's table) and a 社区学习中心 in about 70% of the communities. */
export function generateInstitutions(options: {
  seed: number;
  geography: Geography;
  scale: ScaleSpec;
  factory: InstitutionFactory;
}): Institution[] {
  const { seed, geography, scale, factory } = options;
  const out: Institution[] = [];
  const communitiesOf = groupBy(geography.communities, (c) => c.districtId);
  const streetById = new Map(geography.streets.map((s) => [s.id, s]));
  const centres = learningCentreCounts(geography);
  for (const district of geography.districts) {
    const size = scale.districts[district.code];
    const profile = DISTRICT_PROFILES.find((p) => p.code === district.code);
    if (!size || !profile) continue;
    const rng = new Prng(seed, "institutions", district.code);
    for (const type of SCHOOL_TYPES) {
      for (let i = 0; i < size.schools[type]; i++) {
        const account = district.code === ACCOUNT_SCHOOL_DISTRICT && type === "primary" && i === 0;
        const school = factory.create({
          district,
          type,
          ...(account ? { ownership: "public", name: ACCOUNT_SCHOOL_NAME } : {}),
        });
        // Small village schools are still being merged into town schools (撤并): closed since summer 2019.
        const merged = type === "primary" && school.tier === "village" && rng.chance(0.03);
        out.push(merged ? { ...school, status: "closed" } : school);
      }
    }
    const covered = learningCentreCommunities(
      rng,
      communitiesOf.get(district.id) ?? [],
      centres.get(district.id) ?? 0,
    );
    for (const community of covered) {
      const street = streetById.get(community.streetId);
      if (!street) continue;
      out.push(factory.create({ district, type: "community_learning_centre", street, community }));
    }
  }
  return out;
}
