import type { InstitutionType } from "../registry/institution-types.ts";
import {
  guardsAreReference,
  SAFETY_ITEM_SOURCES,
  SAFETY_ITEMS,
  safetyStandardFor,
  type SafetyItem,
} from "./standards.ts";

/** What a school's facility register (设施台账) says it has. */
export interface FacilityRegister {
  enrolment: number;
  guards: number;
  closedManagement: boolean;
  alarmLinked: boolean;
  entranceVideo: boolean;
  videoRetentionDays: number;
  vehicleBarriers: boolean;
  escortPost: boolean;
}

export interface ItemResult {
  item: SafetyItem;
  required: number | boolean;
  actual: number | boolean;
  met: boolean;
  /** The requirement is a 参考值 (see SAFETY_ITEM_SOURCES), not a legal one. */
  reference: boolean;
}

export type SchoolCompliance =
  | { status: "not_applicable" }
  | { status: "no_register" }
  | { status: "compliant" | "non_compliant"; items: ItemResult[]; met: number; applicable: number };

/**
 * One school's 三防 compliance: every applicable item met. A covered school with no register is not compliant
 * (counted as `no_register`): the bureau cannot vouch for what it has not been told.
 */
export function schoolCompliance(type: InstitutionType, register: FacilityRegister | null): SchoolCompliance {
  const probe = safetyStandardFor(type, register?.enrolment ?? 0);
  if (!probe) return { status: "not_applicable" };
  if (!register) return { status: "no_register" };
  const standard = probe;
  const items: Omit<ItemResult, "reference">[] = [];
  for (const item of SAFETY_ITEMS) {
    switch (item) {
      case "guards":
        items.push({
          item,
          required: standard.guards,
          actual: register.guards,
          met: register.guards >= standard.guards,
        });
        break;
      case "videoRetention":
        items.push({
          item,
          required: standard.videoRetentionDays,
          actual: register.videoRetentionDays,
          met: register.videoRetentionDays >= standard.videoRetentionDays,
        });
        break;
      case "escortPost":
        if (standard.escortPost)
          items.push({ item, required: true, actual: register.escortPost, met: register.escortPost });
        break;
      case "alarmLinked":
      case "closedManagement":
      case "entranceVideo":
      case "vehicleBarriers":
        items.push({ item, required: true, actual: register[item], met: register[item] });
    }
  }
  const met = items.filter((i) => i.met).length;
  return {
    status: met === items.length ? "compliant" : "non_compliant",
    items: items.map((i) => ({
      ...i,
      reference:
        SAFETY_ITEM_SOURCES[i.item].reference || (i.item === "guards" && guardsAreReference(standard.guards)),
    })),
    met,
    applicable: items.length,
  };
}

export interface ComplianceRollup {
  /** Covered schools (those a standard applies to). */
  schools: number;
  compliant: number;
  noRegister: number;
  /** compliant / schools, 0–1; null when no covered school. */
  rate: number | null;
}

/** District or city compliance: the share of covered schools fully compliant. */
export function rollupCompliance(results: readonly SchoolCompliance[]): ComplianceRollup {
  const covered = results.filter((r) => r.status !== "not_applicable");
  const compliant = covered.filter((r) => r.status === "compliant").length;
  return {
    schools: covered.length,
    compliant,
    noRegister: covered.filter((r) => r.status === "no_register").length,
    rate: covered.length === 0 ? null : compliant / covered.length,
  };
}
