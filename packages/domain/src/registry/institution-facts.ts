import type { InstitutionType } from "./institution-types.ts";

/**
 * China's mainland extent, rounded outward (73°33′E–135°05′E, 3°51′N–53°33′N): a coordinate outside
 * it is a typo or swapped 经度/纬度, never a school of a Chinese city.
 */
export const LONGITUDE_RANGE = { min: 73, max: 136 } as const;
export const LATITUDE_RANGE = { min: 3, max: 54 } as const;

/** Longest 学位数 the registry accepts: a typing guard, far above any single school's places. */
export const MAX_PLACES = 100_000;

/** The facts of an institution whose rules involve more than one field. */
export interface InstitutionFacts {
  type: InstitutionType;
  inclusive: boolean;
  educationGroup: string | null;
  groupLead: boolean;
  longitude: number | null;
  latitude: number | null;
  places: number;
}

export type InstitutionFactField = "inclusive" | "groupLead" | "longitude" | "latitude" | "places";

export interface InstitutionFactProblem {
  field: InstitutionFactField;
  message: string;
}

function coordinateProblem(
  value: number | null,
  range: { min: number; max: number },
  label: string,
): string | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    return `${label}须在 ${range.min}–${range.max} 之间（中国境内），当前为 ${value}`;
  }
  return null;
}

/**
 * Cross-field rules shared by the form and the Excel import: 普惠性 is a kindergarten's attribute,
 * a 集团牵头校 needs its 教育集团, coordinates come in pairs inside China, 学位数 is a whole number.
 */
export function checkInstitutionFacts(facts: InstitutionFacts): InstitutionFactProblem[] {
  const problems: InstitutionFactProblem[] = [];
  if (facts.inclusive && facts.type !== "kindergarten") {
    problems.push({ field: "inclusive", message: "只有幼儿园可以标注普惠性" });
  }
  if (facts.groupLead && !facts.educationGroup) {
    problems.push({ field: "groupLead", message: "请先填写教育集团，再标注集团牵头校" });
  }
  if ((facts.longitude === null) !== (facts.latitude === null)) {
    const missing = facts.longitude === null ? "longitude" : "latitude";
    problems.push({ field: missing, message: "经度和纬度须同时填写或同时留空" });
  }
  const lng = coordinateProblem(facts.longitude, LONGITUDE_RANGE, "经度");
  if (lng) problems.push({ field: "longitude", message: lng });
  const lat = coordinateProblem(facts.latitude, LATITUDE_RANGE, "纬度");
  if (lat) problems.push({ field: "latitude", message: lat });
  if (!Number.isInteger(facts.places) || facts.places < 0) {
    problems.push({ field: "places", message: "学位数须为非负整数" });
  } else if (facts.places > MAX_PLACES) {
    problems.push({ field: "places", message: `学位数不能超过 ${MAX_PLACES}，请核对` });
  }
  return problems;
}
