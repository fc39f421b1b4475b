import { bindingToIndicator, currentPeriod, parsePeriod } from "@edubureau/domain/indicators";
import { isBindingMeasureCode } from "@edubureau/domain/work-plan";
import type { ValueSources } from "../work-plan/target-values.ts";

/**
 * The live figure behind a computed evaluation indicator, for one district in one year: registry measures
 * through the indicator engine, teacher and health measures through the modules that answer them — the
 * same sources the work plan's bound targets read (plan-value-sources.ts).
 */
export type MeasureReader = (
  measure: string,
  filter: Record<string, unknown>,
  unit: { id: string; path: string },
  year: number,
) => Promise<number | null>;

export function measureReader(sources: ValueSources): MeasureReader {
  return async (measure, filter, unit, year) => {
    if (!isBindingMeasureCode(measure)) return null;
    const provider = sources.providers.find((p) => p.measures.includes(measure));
    if (provider) return provider.evaluate(measure, filter, unit.id);
    const query = bindingToIndicator(measure, filter);
    if (!query.ok) return null;
    // A yearly indicator reads the evaluation year; a school-year one the school year that ends in it.
    const period =
      (query.period === null ? null : parsePeriod(query.period)) ??
      (query.indicator.periodType === "year"
        ? parsePeriod(String(year))
        : currentPeriod("school_year", new Date(`${year}-07-01T00:00:00+08:00`)));
    if (period === null) return null;
    return (await sources.indicators.evaluateResolved(query.indicator, unit.path, period)).value;
  };
}
