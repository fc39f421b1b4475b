import type { Measure } from "./measures.ts";
import type { PeriodType } from "./periods.ts";

/** "%" for a share, else the unit counted (所, 个, 班, or a data element's own unit). */
export type IndicatorUnit = string;

/** Where an indicator's numbers come from: the registry tables, or values reported through forms. */
export type IndicatorSource = "registry" | "reported";

/** A parameter an indicator accepts, with the value used when none is given. */
export interface IndicatorParamSpec {
  key: ParamKey;
  default: string;
}

export const PARAM_KEYS = ["stage", "designationType", "kinds", "ownership", "basis", "minStatus"] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

/**
 * value = numerator / denominator × factor (100 for a percentage); without a denominator the value is
 * the numerator itself (a count). A ratio with a zero denominator has no value (null), not 0.
 */
export interface IndicatorDefinition {
  code: string;
  name: string;
  unit: IndicatorUnit;
  factor: number;
  periodType: PeriodType;
  /**
   * True when the figure is the registry as it stands now (institutions and communities carry no
   * founding date): the period only labels the view, and a series over periods is flat.
   */
  snapshot: boolean;
  betterWhen: "higher" | "lower";
  source: IndicatorSource;
  numerator: Measure;
  denominator: Measure | null;
  params: readonly IndicatorParamSpec[];
  /** What it measures and where the definition comes from (standard, policy or plan sentence). */
  description: string;
}

/** A definition with its parameters applied: what the engine evaluates. */
export interface ResolvedIndicator {
  code: string;
  /** The definition's name with the chosen parameters, e.g. 认定数量（儿童友好型试点学校）. */
  name: string;
  unit: IndicatorUnit;
  factor: number;
  periodType: PeriodType;
  snapshot: boolean;
  betterWhen: "higher" | "lower";
  source: IndicatorSource;
  numerator: Measure;
  denominator: Measure | null;
  /** Every accepted parameter with its value (defaults filled in). */
  params: Record<string, string>;
}

/** The value of an indicator from its two sums. */
export function indicatorValue(
  indicator: Pick<ResolvedIndicator, "denominator" | "factor">,
  numerator: number,
  denominator: number,
): number | null {
  if (indicator.denominator === null) return numerator;
  if (denominator === 0) return null;
  return (numerator / denominator) * indicator.factor;
}
