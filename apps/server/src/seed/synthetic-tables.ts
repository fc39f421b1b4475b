import type {
  ConstructionProject,
  DataApproval,
  Designation,
  Institution,
  OrgUnit,
  ReportedValue,
  SchoolClass,
} from "../../../../tools/synthetic-city/index.ts";
import type { Column, TableSpec } from "../platform/bulk-insert.ts";

/** How each generated row maps onto its table (migrations 0001 and 0002). */
const STAMPS = ["created_at", "updated_at"] as const;

function col<T>(name: string, type: string, value: Column<T>["value"]): Column<T> {
  return { name, type, value };
}

export const ORG_UNITS: TableSpec<OrgUnit> = {
  table: "org_units",
  columns: [
    col("id", "uuid", (u) => u.id),
    col("parent_id", "uuid", (u) => u.parentId),
    col("code", "text", (u) => u.code),
    col("name", "text", (u) => u.name),
    col("kind", "text", (u) => u.kind),
    col("path", "text", (u) => u.path),
    col("depth", "int", (u) => u.depth),
  ],
  stamped: STAMPS,
};

export const INSTITUTIONS: TableSpec<Institution> = {
  table: "institutions",
  columns: [
    col("org_unit_id", "uuid", (s) => s.id),
    col("type", "text", (s) => s.type),
    col("ownership", "text", (s) => s.ownership),
    col("inclusive", "boolean", (s) => s.inclusive),
    col("education_group", "text", (s) => s.educationGroup),
    col("group_lead", "boolean", (s) => s.groupLead),
    col("district_id", "uuid", (s) => s.districtId),
    col("street_id", "uuid", (s) => s.streetId),
    col("community_id", "uuid", (s) => s.communityId),
    col("address", "text", (s) => s.address),
    col("longitude", "float8", (s) => s.longitude),
    col("latitude", "float8", (s) => s.latitude),
    col("status", "text", (s) => s.status),
    col("places", "int", (s) => s.places),
  ],
  stamped: STAMPS,
};

export const SCHOOL_CLASSES: TableSpec<SchoolClass> = {
  table: "school_classes",
  columns: [
    col("id", "uuid", (c) => c.id),
    col("institution_id", "uuid", (c) => c.institutionId),
    col("school_year", "text", (c) => c.schoolYear),
    col("grade", "int", (c) => c.grade),
    col("name", "text", (c) => c.name),
    col("students", "int", (c) => c.students),
  ],
  stamped: STAMPS,
};

export const DESIGNATIONS: TableSpec<Designation> = {
  table: "designations",
  columns: [
    col("id", "uuid", (d) => d.id),
    col("institution_id", "uuid", (d) => d.institutionId),
    col("type_code", "text", (d) => d.typeCode),
    col("year", "int", (d) => d.year),
    col("document_no", "text", (d) => d.documentNo),
    col("document_date", "date", (d) => d.documentDate),
    col("revoked_on", "date", (d) => d.revokedOn),
    col("revoke_reason", "text", (d) => d.revokeReason),
  ],
  stamped: STAMPS,
};

export const CONSTRUCTION_PROJECTS: TableSpec<ConstructionProject> = {
  table: "construction_projects",
  columns: [
    col("id", "uuid", (p) => p.id),
    col("name", "text", (p) => p.name),
    col("institution_id", "uuid", (p) => p.institutionId),
    col("planned_institution_name", "text", (p) => p.plannedInstitutionName),
    col("district_id", "uuid", (p) => p.districtId),
    col("kind", "text", (p) => p.kind),
    col("level", "text", (p) => p.level),
    col("ownership", "text", (p) => p.ownership),
    col("places_added", "int", (p) => p.placesAdded),
    col("planned_start", "date", (p) => p.plannedStart),
    col("planned_finish", "date", (p) => p.plannedFinish),
    col("actual_start", "date", (p) => p.actualStart),
    col("actual_finish", "date", (p) => p.actualFinish),
    col("status", "text", (p) => p.status),
    col("investment_wan", "numeric", (p) => p.investmentWan),
    col("indoor_air_test", "text", (p) => p.indoorAirTest),
    col("indoor_air_tested_on", "date", (p) => p.indoorAirTestedOn),
    col("synthetic_track_test", "text", (p) => p.syntheticTrackTest),
    col("synthetic_track_tested_on", "date", (p) => p.syntheticTrackTestedOn),
  ],
  stamped: STAMPS,
};

export const DATA_APPROVALS: TableSpec<DataApproval> = {
  table: "data_approvals",
  columns: [
    col("org_unit_id", "uuid", (a) => a.orgUnitId),
    col("period", "text", (a) => a.period),
    col("status", "text", (a) => a.status),
    col("submitted_at", "timestamptz", (a) => a.submittedAt),
    col("district_approved_at", "timestamptz", (a) => a.districtApprovedAt),
    col("city_confirmed_at", "timestamptz", (a) => a.cityConfirmedAt),
  ],
  stamped: ["updated_at"],
};

export const DATA_VALUES: TableSpec<ReportedValue> = {
  table: "data_values",
  columns: [
    col("element_code", "text", (v) => v.elementCode),
    col("org_unit_id", "uuid", (v) => v.orgUnitId),
    col("period", "text", (v) => v.period),
    col("value", "numeric", (v) => v.value),
  ],
  stamped: STAMPS,
};
