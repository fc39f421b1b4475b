import type { InstitutionType } from "@edubureau/domain/registry";
import { DISTRICT_PROFILES } from "./districts.ts";
import type { District, Institution, ScaleName } from "./model.ts";
import { Prng } from "./prng.ts";
import { shortSchoolName } from "./school-names.ts";

/**
 * 集团化办学: a strong public school leads a group of schools of the same stage (砂子塘小学教育集团 style),
 * mostly in its own district; kindergartens form groups too (plan tasks T10 and T23).
 */
const GROUPS: Record<ScaleName, number> = { demo: 5, city: 70 };

const STAGE: Partial<Record<InstitutionType, string>> = {
  kindergarten: "preschool",
  primary: "primary",
  nine_year: "primary",
  junior: "secondary",
  complete_secondary: "secondary",
  senior: "secondary",
};

/** Returns new institution objects with educationGroup / groupLead set; the input is not changed. */
export function assignEducationGroups(options: {
  seed: number;
  scale: ScaleName;
  districts: readonly District[];
  institutions: readonly Institution[];
}): Institution[] {
  const rng = new Prng(options.seed, "education-groups");
  const profileOf = new Map(
    options.districts.map((d) => [d.id, DISTRICT_PROFILES.find((p) => p.code === d.code)] as const),
  );
  const result = options.institutions.map((s) => ({ ...s }));
  const candidates = result.filter(
    (s) =>
      s.status === "operating" &&
      s.ownership === "public" &&
      STAGE[s.type] !== undefined &&
      s.openedYear < 2015 &&
      (s.tier === "urban" || s.tier === "seat"),
  );
  const leads = rng.sample(candidates, GROUPS[options.scale]).sort((a, b) => (a.code < b.code ? -1 : 1));
  const inGroup = new Set(leads.map((s) => s.id));
  for (const lead of leads) {
    const profile = profileOf.get(lead.districtId);
    if (!profile) continue;
    const name = `${shortSchoolName(lead.name, profile)}教育集团`;
    lead.educationGroup = name;
    lead.groupLead = true;
    const sameStage = result.filter(
      (s) => !inGroup.has(s.id) && STAGE[s.type] === STAGE[lead.type] && s.status !== "closed",
    );
    // Members: mostly in the lead's district, now and then a rural school elsewhere (城乡结对).
    const members = [
      ...rng.sample(
        sameStage.filter((s) => s.districtId === lead.districtId),
        rng.int(1, 4),
      ),
      ...(rng.chance(0.4)
        ? rng.sample(
            sameStage.filter((s) => s.tier === "village" || s.tier === "town"),
            1,
          )
        : []),
    ];
    for (const member of members) {
      if (inGroup.has(member.id)) continue;
      inGroup.add(member.id);
      member.educationGroup = name;
    }
  }
  return result;
}
