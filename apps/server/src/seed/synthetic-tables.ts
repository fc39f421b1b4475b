import type {
  ConstructionProject,
  DataApproval,
  Designation,
  Institution,
  OrgUnit,
  ReportedValue,
  SchoolClass,
} from "../../../../tools/synthetic-city/index.ts";
import { col, fields, type TableSpec } from "../platform/bulk-insert.ts";

/** How each generated row maps onto its table (migrations 0001 and 0002). */
const STAMPS = ["created_at", "updated_at"] as const;

export const ORG_UNITS: TableSpec<OrgUnit> = {
  table: "org_units",
  columns: fields("id:uuid parent_id:uuid code name kind path depth:int"),
  stamped: STAMPS,
};

export const INSTITUTIONS: TableSpec<Institution> = {
  table: "institutions",
  columns: [
    col("org_unit_id", "uuid", (s) => s.id),
    ...fields(`
      type ownership inclusive:boolean education_group group_lead:boolean district_id:uuid street_id:uuid
      community_id:uuid address longitude:float8 latitude:float8 status places:int
    `),
  ],
  stamped: STAMPS,
};

export const SCHOOL_CLASSES: TableSpec<SchoolClass> = {
  table: "school_classes",
  columns: fields("id:uuid institution_id:uuid school_year grade:int name students:int"),
  stamped: STAMPS,
};

export const DESIGNATIONS: TableSpec<Designation> = {
  table: "designations",
  columns: fields(`
      id:uuid institution_id:uuid type_code year:int document_no document_date:date revoked_on:date
      revoke_reason
    `),
  stamped: STAMPS,
};

export const CONSTRUCTION_PROJECTS: TableSpec<ConstructionProject> = {
  table: "construction_projects",
  columns: fields(`
      id:uuid name institution_id:uuid planned_institution_name district_id:uuid kind level ownership
      places_added:int planned_start:date planned_finish:date actual_start:date actual_finish:date status
      investment_wan:numeric indoor_air_test indoor_air_tested_on:date synthetic_track_test
      synthetic_track_tested_on:date
    `),
  stamped: STAMPS,
};

export const DATA_APPROVALS: TableSpec<DataApproval> = {
  table: "data_approvals",
  columns: fields(`
      org_unit_id:uuid period status submitted_at:timestamptz district_approved_at:timestamptz
      city_confirmed_at:timestamptz
    `),
  stamped: ["updated_at"],
};

export const DATA_VALUES: TableSpec<ReportedValue> = {
  table: "data_values",
  columns: fields("element_code org_unit_id:uuid period value:numeric"),
  stamped: STAMPS,
};
