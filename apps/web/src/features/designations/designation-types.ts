import type { InstitutionType, Ownership } from "@edubureau/domain/registry";

export interface DesignationType {
  code: string;
  name: string;
}

export interface Designation {
  id: string;
  typeCode: string;
  typeName: string;
  year: number;
  documentNo: string | null;
  /** YYYY-MM-DD */
  documentDate: string | null;
  revoked: boolean;
  revokedOn: string | null;
  revokeReason: string | null;
  institution: { id: string; code: string; name: string; type: InstitutionType; ownership: Ownership };
  district: { id: string; code: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export interface DesignationPage {
  items: Designation[];
  total: number;
}

/** Filters as the address bar keeps them: empty text means "any". */
export interface DesignationFilters {
  typeCode: string;
  year: string;
  districtId: string;
  q: string;
  includeRevoked: boolean;
}

export interface DesignationSummaryRow {
  typeCode: string;
  typeName: string;
  year: number;
  active: number;
  revoked: number;
}

export interface AwardInput {
  institutionId: string;
  typeCode: string;
  year: number;
  documentNo?: string | null;
  documentDate?: string | null;
}
