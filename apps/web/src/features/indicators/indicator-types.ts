import type { OrgUnitKind } from "@edubureau/domain";
import type { PeriodType } from "@edubureau/domain/indicators";

export interface ParamOption {
  value: string;
  label: string;
}

export interface CatalogueParam {
  key: string;
  label: string;
  multiple: boolean;
  default: string;
  options: ParamOption[];
}

/** One entry of GET /api/indicators. */
export interface CatalogueItem {
  code: string;
  name: string;
  unit: string;
  factor: number;
  periodType: PeriodType;
  snapshot: boolean;
  betterWhen: "higher" | "lower";
  source: "registry" | "reported";
  description: string;
  numeratorText: string;
  denominatorText: string | null;
  params: CatalogueParam[];
}

export interface Catalogue {
  items: CatalogueItem[];
  periods: Record<PeriodType, ParamOption[]>;
  /** The period to open on: the latest with data. */
  defaults: Record<PeriodType, string>;
}

export interface Figures {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  kindLabel: string;
}

interface Header {
  indicator: {
    code: string;
    name: string;
    numeratorText: string;
    denominatorText: string | null;
    unit: string;
    snapshot: boolean;
    betterWhen: "higher" | "lower";
  };
  period: { key: string; label: string };
  includeUnapproved: boolean;
  /** Which data the figures count, labelled by the server. */
  dataBasis: { kind: "approved" | "approved_and_own"; label: string };
}

export interface Breakdown extends Header {
  ancestors: { id: string; name: string }[];
  orgUnit: UnitRef & Figures;
  children: (UnitRef & Figures & { childCount: number })[];
}

export interface Series extends Header {
  orgUnit: UnitRef;
  points: (Figures & { period: string; label: string })[];
}

/** What the explorer asks for: one indicator with its parameters, a period and a unit. */
export interface IndicatorRequest {
  code: string;
  params: Record<string, string>;
  period: string;
  orgUnitId: string | null;
  includeUnapproved: boolean;
}
