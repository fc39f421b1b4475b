import type { InstitutionStatus, InstitutionType, Ownership } from "@edubureau/domain/registry";

export interface AreaRef {
  id: string;
  code: string;
  name: string;
}

export interface Institution {
  id: string;
  code: string;
  name: string;
  type: InstitutionType;
  ownership: Ownership;
  inclusive: boolean;
  educationGroup: string | null;
  groupLead: boolean;
  district: AreaRef;
  street: AreaRef | null;
  address: string | null;
  longitude: number | null;
  latitude: number | null;
  status: InstitutionStatus;
  places: number;
  updatedAt: string;
}

export interface InstitutionDetail extends Institution {
  designationCount: number;
  enrolment: { schoolYear: string; students: number } | null;
}

export interface InstitutionPage {
  items: Institution[];
  total: number;
}

/** As kept in the address bar; empty strings mean "any". */
export interface InstitutionFilters {
  districtId: string;
  streetId: string;
  type: string;
  ownership: string;
  inclusive: string;
  status: string;
  q: string;
}

export interface MapPoint {
  id: string;
  name: string;
  type: InstitutionType;
  lng: number;
  lat: number;
}

export interface Areas {
  districts: (AreaRef & { streets: AreaRef[] })[];
}

export interface InstitutionInput {
  code: string;
  name: string;
  type: InstitutionType;
  ownership: Ownership;
  inclusive: boolean;
  educationGroup: string | null;
  groupLead: boolean;
  districtId: string;
  streetId: string | null;
  address: string | null;
  longitude: number | null;
  latitude: number | null;
  status: InstitutionStatus;
  places: number;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actorName: string | null;
  entity: string;
  action: string;
  before: unknown;
  after: unknown;
}
