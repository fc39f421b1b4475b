import {
  bindingToIndicator,
  measurePeriod,
  type Period,
  type ResolvedIndicator,
} from "@edubureau/domain/indicators";
import { isBindingMeasureCode } from "@edubureau/domain/work-plan";
import type { ValueSources } from "../work-plan/target-values.ts";

/** One live figure behind a computed evaluation indicator: a measure for one district in one year. */
export interface MeasureRequest {
  measure: string;
  filter: Record<string, unknown>;
  unit: { id: string; path: string };
  year: number;
}

/**
 * Reads many live figures at once, in request order: registry measures through the indicator engine —
 * one query per measure for all the districts asked — teacher and health measures through the modules
 * that answer them, the same sources the work plan's bound targets read (plan-value-sources.ts).
 */
export type MeasureReader = (requests: readonly MeasureRequest[]) => Promise<(number | null)[]>;

type EngineQuery = { indicator: ResolvedIndicator; period: Period };

export function measureReader(sources: ValueSources): MeasureReader {
  /** The indicator and period a registry measure reads, or null when it cannot be read. */
  function engineQuery({ measure, filter, year }: MeasureRequest): EngineQuery | null {
    const query = bindingToIndicator(measure, filter);
    if (!query.ok) return null;
    // A yearly indicator reads the evaluation year; a school-year one the school year in progress on 1 July
    // of it, the one that ends in it.
    const period = measurePeriod(query.indicator.periodType, query.period, {
      year,
      at: new Date(`${year}-07-01T00:00:00+08:00`),
    });
    return { indicator: query.indicator, period };
  }

  return async (requests) => {
    const values: (number | null)[] = requests.map(() => null);
    // Registry measures grouped by what they read: one engine call covers every unit of a group.
    const groups = new Map<string, { query: EngineQuery; at: number[] }>();
    const single: Promise<void>[] = [];
    requests.forEach((request, at) => {
      const { measure, filter, unit } = request;
      if (!isBindingMeasureCode(measure)) return;
      const provider = sources.providers.find((p) => p.measures.includes(measure));
      if (provider) {
        single.push(
          provider.evaluate(measure, filter, unit.id).then((value) => {
            values[at] = value;
          }),
        );
        return;
      }
      const query = engineQuery(request);
      if (!query) return;
      const key = JSON.stringify([measure, filter, query.period.key]);
      const group = groups.get(key) ?? { query, at: [] };
      group.at.push(at);
      groups.set(key, group);
    });
    const grouped = [...groups.values()].map(async ({ query, at }) => {
      const paths = at.map((i) => requests[i]!.unit.path);
      const byPath = await sources.indicators.evaluateResolvedForUnits(query.indicator, paths, query.period);
      at.forEach((i, n) => {
        values[i] = byPath[n] ?? null;
      });
    });
    await Promise.all([...single, ...grouped]);
    return values;
  };
}
