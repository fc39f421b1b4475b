import { DESIGNATION_TYPES, type DesignationTypeCode } from "./designation-types.ts";
import {
  COMPULSORY_TYPES,
  INSTITUTION_TYPE_LABELS,
  type InstitutionType,
  type Ownership,
} from "./institution-types.ts";

export type EligibilityCheck = { ok: true } | { ok: false; message: string };

/** Institutions that are schools or kindergartens, as opposed to 社区学习中心 and 校外教育机构. */
const SCHOOL_TYPES: ReadonlySet<InstitutionType> = new Set<InstitutionType>([
  "kindergarten",
  "primary",
  "junior",
  "nine_year",
  "complete_secondary",
  "senior",
  "secondary_vocational",
  "special",
  "higher_vocational",
]);

export function isDesignationTypeCode(code: string): code is DesignationTypeCode {
  return DESIGNATION_TYPES.some((type) => type.code === code);
}

export function designationTypeName(code: DesignationTypeCode): string {
  return DESIGNATION_TYPES.find((type) => type.code === code)?.name ?? code;
}

function refuse(code: DesignationTypeCode, who: string): EligibilityCheck {
  return { ok: false, message: `“${designationTypeName(code)}”只授予${who}` };
}

/** Who may hold each designation, by the name of the designation in the 2019 plan. */
export function checkDesignationEligibility(
  code: DesignationTypeCode,
  institution: { type: InstitutionType; ownership: Ownership },
): EligibilityCheck {
  const { type, ownership } = institution;
  switch (code) {
    case "standardized_compulsory_school":
      return COMPULSORY_TYPES.has(type) ? { ok: true } : refuse(code, "实施义务教育的学校");
    case "demonstration_community_learning_centre":
      return type === "community_learning_centre"
        ? { ok: true }
        : refuse(code, INSTITUTION_TYPE_LABELS.community_learning_centre);
    case "inclusive_private_kindergarten":
      return type === "kindergarten" && ownership === "private" ? { ok: true } : refuse(code, "民办幼儿园");
    case "brand_private_school":
      return ownership === "private" && SCHOOL_TYPES.has(type) ? { ok: true } : refuse(code, "民办学校");
    case "child_friendly_pilot_school":
    case "smart_campus_pilot_school":
    case "network_alliance_school":
    case "campus_legal_service_station":
    case "civilised_campus":
    case "famous_principal_studio":
      return SCHOOL_TYPES.has(type) ? { ok: true } : refuse(code, "学校和幼儿园");
  }
}
