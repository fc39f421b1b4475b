import type {
  InstitutionStatus,
  InstitutionType,
  Ownership,
  ProjectKind,
  ProjectStatus,
  SchoolLevel,
  TestResult,
} from "@edubureau/domain/registry";
import type { DistrictKind } from "./districts.ts";

/** What the generator produces: plain rows with their ids, ready for any writer (database, JSON, tests). */
export interface SyntheticCity {
  seed: number;
  scale: ScaleName;
  /** The day the data describes (the plan year's situation), not the day it was generated. */
  asOf: string;
  city: OrgUnit;
  divisions: OrgUnit[];
  districts: District[];
  streets: Street[];
  communities: Community[];
  institutions: Institution[];
  classes: SchoolClass[];
  designations: Designation[];
  projects: ConstructionProject[];
  /** Approval state of each school's class data per school year. */
  approvals: DataApproval[];
  /** Hand-reported figures (data elements of migration 0005), written only where the element exists. */
  reportedValues: ReportedValue[];
  /** The school the `school` and `teacher` demo accounts belong to (a generated primary school in 芙蓉区). */
  accountSchoolId: string;
}

export type ScaleName = "demo" | "city";

export interface OrgUnit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: "city" | "division" | "district" | "street" | "community" | "institution";
  /** Materialised path "/<city id>/…/<own id>/". */
  path: string;
  depth: number;
}

export interface District extends OrgUnit {
  kind: "district";
  profile: DistrictKind;
}

export interface Street extends OrgUnit {
  kind: "street";
  districtId: string;
  /** 街道 in towns and cities, 镇 and 乡 in the countryside. */
  type: "街道" | "镇" | "乡";
  longitude: number;
  latitude: number;
}

export interface Community extends OrgUnit {
  kind: "community";
  districtId: string;
  streetId: string;
  /** 社区 (residents' committee) or 村 (village committee). */
  type: "社区" | "村";
  longitude: number;
  latitude: number;
}

export interface Institution extends OrgUnit {
  kind: "institution";
  type: InstitutionType;
  ownership: Ownership;
  inclusive: boolean;
  educationGroup: string | null;
  groupLead: boolean;
  districtId: string;
  streetId: string;
  communityId: string | null;
  address: string;
  longitude: number;
  latitude: number;
  status: InstitutionStatus;
  places: number;
  /** Year it opened; schools opened in 2019 have no 2018-2019 classes. */
  openedYear: number;
  tier: Tier;
  /** Crowded schools draw larger classes (消除大班额 is still under way in 2019). */
  crowded: boolean;
}

/** Where a school sits: the city proper, a county seat, a town or a village. */
export type Tier = "urban" | "seat" | "town" | "village";

export interface SchoolClass {
  id: string;
  institutionId: string;
  schoolYear: string;
  /** 0 = kindergarten, 1..12 = grade 1 to 高三. */
  grade: number;
  name: string;
  students: number;
}

export interface Designation {
  id: string;
  institutionId: string;
  typeCode: string;
  year: number;
  documentNo: string;
  documentDate: string;
  revokedOn: string | null;
  revokeReason: string | null;
}

export interface ConstructionProject {
  id: string;
  name: string;
  institutionId: string | null;
  plannedInstitutionName: string | null;
  districtId: string;
  kind: ProjectKind;
  level: SchoolLevel;
  ownership: Ownership;
  placesAdded: number;
  plannedStart: string;
  plannedFinish: string;
  actualStart: string | null;
  actualFinish: string | null;
  status: ProjectStatus;
  investmentWan: number;
  indoorAirTest: TestResult;
  indoorAirTestedOn: string | null;
  syntheticTrackTest: TestResult;
  syntheticTrackTestedOn: string | null;
}

/** 学校提交 → 区县审核 → 市局确认 state of one unit's data for one period (school year or calendar year). */
export interface DataApproval {
  orgUnitId: string;
  period: string;
  status: "draft" | "submitted" | "district_approved" | "city_confirmed";
  submittedAt: string | null;
  districtApprovedAt: string | null;
  cityConfirmedAt: string | null;
}

/** A figure a unit reports by hand (data_values), e.g. 审批服务事项 counts of 行政审批服务处. */
export interface ReportedValue {
  elementCode: string;
  orgUnitId: string;
  period: string;
  value: number;
}
