import type { ConstructionProject, District, Institution } from "./model.ts";
import { deterministicId } from "./prng.ts";

/** 东岸片区 and 暮云片区 senior high schools (T09-2) and the 培智 school's new campus (T09-M2). */
export function planProjects(options: {
  seed: number;
  districts: readonly District[];
  /** Special schools not yet used by another project. */
  specialSchools: readonly Institution[];
}): ConstructionProject[] {
  const district = (code: string) => options.districts.find((d) => d.code === code) ?? options.districts[0];
  const furong = district("430102");
  const tianxin = district("430103");
  if (!furong || !tianxin) return [];
  const base = {
    institutionId: null,
    kind: "new" as const,
    level: "senior" as const,
    ownership: "public" as const,
    actualFinish: null,
    indoorAirTest: "pending" as const,
    indoorAirTestedOn: null,
    syntheticTrackTest: "pending" as const,
    syntheticTrackTestedOn: null,
  };
  const projects: ConstructionProject[] = [
    {
      ...base,
      id: deterministicId(options.seed, "construction_project", "2019-senior-dongan"),
      name: "长沙市东岸片区高级中学新建工程",
      plannedInstitutionName: "长沙市东岸片区高级中学(暂名)",
      districtId: furong.id,
      placesAdded: 3000,
      plannedStart: "2019-05-20",
      plannedFinish: "2021-07-31",
      actualStart: "2019-06-18",
      status: "under_construction",
      investmentWan: 52800,
    },
    {
      ...base,
      id: deterministicId(options.seed, "construction_project", "2019-senior-muyun"),
      name: "长沙市暮云片区高级中学新建工程",
      plannedInstitutionName: "长沙市暮云片区高级中学(暂名)",
      districtId: tianxin.id,
      placesAdded: 2700,
      plannedStart: "2019-12-20",
      plannedFinish: "2021-08-31",
      actualStart: null,
      status: "planned",
      investmentWan: 46500,
    },
  ];
  const special = options.specialSchools[0];
  const specialDistrict = special ? options.districts.find((d) => d.id === special.districtId) : furong;
  if (specialDistrict) {
    projects.push({
      ...base,
      id: deterministicId(options.seed, "construction_project", "2019-special-campus"),
      name: special ? `${special.name}新校区建设工程` : "长沙市培智学校新校区建设工程",
      institutionId: special?.id ?? null,
      plannedInstitutionName: special ? null : "长沙市培智学校新校区(暂名)",
      districtId: specialDistrict.id,
      level: "special",
      placesAdded: 360,
      plannedStart: "2018-03-01",
      plannedFinish: "2019-08-15",
      actualStart: "2018-03-12",
      actualFinish: "2019-08-10",
      status: "in_use",
      investmentWan: 12600,
      indoorAirTest: "passed",
      indoorAirTestedOn: "2019-08-16",
      syntheticTrackTest: "passed",
      syntheticTrackTestedOn: "2019-08-18",
    });
  }
  return projects;
}
