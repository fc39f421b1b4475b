import type { OrgUnitKind } from "@edubureau/domain";
import type {
  Ownership,
  ProjectKind,
  ProjectStatus,
  SchoolLevel,
  TestResult,
} from "@edubureau/domain/registry";

export interface Project {
  id: string;
  name: string;
  institution: { id: string; code: string; name: string } | null;
  plannedInstitutionName: string | null;
  district: { id: string; code: string; name: string; kind: OrgUnitKind };
  kind: ProjectKind;
  kindLabel: string;
  level: SchoolLevel;
  levelLabel: string;
  ownership: Ownership;
  placesAdded: number;
  /** Dates are YYYY-MM-DD. */
  plannedStart: string | null;
  plannedFinish: string | null;
  actualStart: string | null;
  actualFinish: string | null;
  status: ProjectStatus;
  statusLabel: string;
  investmentWan: number | null;
  indoorAirTest: TestResult;
  indoorAirTestedOn: string | null;
  syntheticTrackTest: TestResult;
  syntheticTrackTestedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Totals {
  count: number;
  placesAdded: number;
  investmentWan: number;
}

export interface BoardColumn extends Totals {
  status: ProjectStatus;
  statusLabel: string;
  items: Project[];
}

export interface Board {
  columns: BoardColumn[];
  totals: Totals;
}

/** Board filters as the address bar keeps them: empty means "any". */
export interface BoardFilters {
  districtId: string;
  level: string;
  kind: string;
  q: string;
}

export interface ProjectInput {
  name: string;
  institutionId: string | null;
  plannedInstitutionName: string | null;
  districtId?: string | null;
  kind: ProjectKind;
  level: SchoolLevel;
  ownership?: Ownership;
  placesAdded: number;
  plannedStart: string | null;
  plannedFinish: string | null;
  investmentWan: number | null;
  actualStart?: string | null;
  actualFinish?: string | null;
}

export interface TestsInput {
  indoorAir?: { result: TestResult; testedOn: string | null };
  syntheticTrack?: { result: TestResult; testedOn: string | null };
}
