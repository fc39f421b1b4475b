import { generateApprovals, generateReportedValues } from "./approvals.ts";
import { classesOf, placesOf } from "./classes.ts";
import { generateProjects } from "./construction-projects.ts";
import { generateDesignations } from "./designations.ts";
import { assignEducationGroups } from "./education-groups.ts";
import { generateGeography, type UnitName } from "./geography.ts";
import { ACCOUNT_SCHOOL_NAME, createInstitutionFactory, generateInstitutions } from "./institutions.ts";
import type { Institution, ScaleName, SchoolClass, SyntheticCity } from "./model.ts";
import { SCALES } from "./scales.ts";

/** The day the generated data describes: late 2019, so the plan's 2019 targets show progress short of done. */
export const DATA_AS_OF = "2019-11-30";

export const DEFAULT_SEED = 2019;

export interface GenerateCityOptions {
  scale: ScaleName;
  seed?: number;
  /** The city root; 长沙市 by default. */
  city?: UnitName;
  /** The bureau's divisions (处室), placed under the city. */
  divisions?: readonly UnitName[];
}

/**
 * Generates the whole synthetic city in memory, deterministically from the seed: the same options always
 * give the same rows, ids included. Stages run in order and each draws from its own random stream:
 * geography → institutions → construction projects (which open new schools) → education groups → classes
 * and places → designations → data approvals and reported figures. Later stages (students, teachers, health records, credits) can be added the same
 * way, as functions of this result and the seed that yield rows per institution or per class.
 */
export function generateCity(options: GenerateCityOptions): SyntheticCity {
  const seed = options.seed ?? DEFAULT_SEED;
  const spec = SCALES[options.scale];
  const geography = generateGeography({
    seed,
    scale: spec,
    city: options.city ?? { code: "430100", name: "长沙市" },
    divisions: options.divisions ?? [],
  });
  const factory = createInstitutionFactory(seed, geography);
  const existing = generateInstitutions({ seed, geography, scale: spec, factory });
  const { projects, opened } = generateProjects({
    seed,
    scale: spec.name,
    asOf: DATA_AS_OF,
    factory,
    districts: geography.districts,
    existing,
  });
  const grouped = assignEducationGroups({
    seed,
    scale: spec.name,
    districts: geography.districts,
    institutions: [...existing, ...opened],
  });
  const classes: SchoolClass[] = [];
  const plannedPlaces = new Map(projects.map((p) => [p.institutionId, p.placesAdded]));
  const institutions: Institution[] = grouped.map((school) => {
    const own = classesOf(seed, school);
    classes.push(...own);
    const places =
      school.status === "preparing" ? (plannedPlaces.get(school.id) ?? 0) : placesOf(seed, school, own);
    return { ...school, places };
  });
  const designations = generateDesignations({ seed, scale: spec.name, asOf: DATA_AS_OF, institutions });
  const accountSchool = institutions.find((s) => s.name === ACCOUNT_SCHOOL_NAME);
  if (!accountSchool) throw new Error(`生成结果中没有${ACCOUNT_SCHOOL_NAME}`);
  const reported = generateReportedValues({ divisions: geography.divisions });
  const approvals = [
    ...generateApprovals({ seed, institutions, classes, accountSchoolId: accountSchool.id }),
    ...reported.approvals,
  ];
  return {
    seed,
    scale: spec.name,
    asOf: DATA_AS_OF,
    ...geography,
    institutions,
    classes,
    designations,
    projects,
    approvals,
    reportedValues: reported.values,
    accountSchoolId: accountSchool.id,
  };
}
