import { ancestorIds, commonAncestorPath, ORG_UNIT_KIND_LABELS, type OrgUnitKind } from "@edubureau/domain";
import { analyticsDb } from "../../db/read-replica.ts";
import {
  APPROVED_ONLY,
  checkPeriod,
  currentPeriod,
  DATA_BASIS_LABELS,
  dataBasisFor,
  describeMeasure,
  elementIndicator,
  findIndicator,
  INDICATOR_CATALOGUE,
  indicatorValue,
  PARAM_DEFINITIONS,
  parsePeriod,
  PERIOD_TYPES,
  periodSeries,
  recentPeriods,
  resolveIndicator,
  type DataBasis,
  type IndicatorDefinition,
  type Measure,
  type Period,
  type PeriodType,
  type ResolvedIndicator,
} from "@edubureau/domain/indicators";
import type { DataContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import type { OrgUnitsService } from "../org-units/org-units.service.ts";
import { listElements } from "./data-elements.queries.ts";
import * as q from "./indicators.queries.ts";
import { versionedMemo } from "../../platform/versioned-memo.ts";
import { indicatorProvenance } from "./provenance.queries.ts";

export interface EvaluationRequest {
  code: string;
  params: Record<string, string | undefined>;
  orgUnitId?: string | undefined;
  period?: string | undefined;
  /** The actor's own unit's unapproved figures too (labelled); everyone else's count only once approved. */
  includeUnapproved: boolean;
}

export interface Figures {
  numerator: number;
  denominator: number;
  value: number | null;
}

interface UnitRef {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  kindLabel: string;
}

const SERIES_MAX = 10;
const PICKER_PERIODS = 10;

/**
 * The period the explorer opens on: the latest one with data, but never one that has not begun, so
 * a bureau whose class lists lag the calendar still sees figures first.
 */
function defaultPeriods(now: Date, latest: { schoolYear: string | null; year: number | null }) {
  const current = { school_year: currentPeriod("school_year", now), year: currentPeriod("year", now) };
  const schoolYear = latest.schoolYear ? parsePeriod(latest.schoolYear) : null;
  const pick = (type: PeriodType, found: Period | null) =>
    found && found.startYear <= current[type].startYear ? found.key : current[type].key;
  return {
    school_year: pick("school_year", schoolYear),
    year: pick("year", latest.year === null ? null : parsePeriod(String(latest.year))),
  };
}

function figures(indicator: ResolvedIndicator, sums: q.Sums): Figures {
  return { ...sums, value: indicatorValue(indicator, sums.numerator, sums.denominator) };
}

function unitRef(row: { id: string; code: string; name: string; kind: OrgUnitKind }): UnitRef {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    kindLabel: ORG_UNIT_KIND_LABELS[row.kind],
  };
}

export function createIndicatorsService(ctx: DataContext, deps: { orgUnits: OrgUnitsService }) {
  // Every query here is a read outside a transaction: the replica's when there is one.
  const db = analyticsDb(ctx.database);
  const { clock } = ctx;

  /**
   * A unit's sums and its children's, kept while the data stands: the explorer, the map and every plan
   * target bound to an indicator ask for the same few figures again and again. On a replica the version is
   * the replica's own, so a kept figure matches the rows it was computed from.
   */
  type SumsRequest = { indicator: ResolvedIndicator; options: Parameters<typeof q.sumsForUnit>[2] };
  const keyOf = (request: SumsRequest) => JSON.stringify(request);
  const unitSums = versionedMemo(db, keyOf, (requests: readonly SumsRequest[]) =>
    Promise.all(requests.map((r) => q.sumsForUnit(db, r.indicator, r.options))),
  );
  const childSums = versionedMemo(db, keyOf, (requests: readonly SumsRequest[]) =>
    Promise.all(requests.map((r) => q.sumsByChild(db, r.indicator, r.options))),
  );

  /** The shipped catalogue plus one indicator per countable data element, with the elements' names. */
  async function catalogueWithNames() {
    const elements = await listElements(db);
    const own = elements.map((e) => elementIndicator(e)).filter((d): d is IndicatorDefinition => d !== null);
    return {
      definitions: [...INDICATOR_CATALOGUE, ...own],
      names: new Map(elements.map((e) => [e.code, e.name])),
    };
  }

  async function catalogue(): Promise<IndicatorDefinition[]> {
    return (await catalogueWithNames()).definitions;
  }

  async function definitionOf(code: string): Promise<IndicatorDefinition> {
    const shipped = findIndicator(code);
    if (shipped) return shipped;
    const found = (await catalogue()).find((d) => d.code === code);
    if (!found) throw problems.notFound("指标");
    return found;
  }

  function resolve(definition: IndicatorDefinition, params: EvaluationRequest["params"]): ResolvedIndicator {
    const result = resolveIndicator(definition, params);
    if (!result.ok) throw problems.invalid(result.problems.map((p) => p.message).join("；"), result.problems);
    return result.indicator;
  }

  function periodFor(indicator: ResolvedIndicator, text: string | undefined): Period {
    if (text === undefined) return currentPeriod(indicator.periodType, clock.now());
    const check = checkPeriod(indicator.periodType, text);
    if (!check.ok) throw problems.field("period", check.message);
    return check.period;
  }

  /** The requested unit, or the top of the actor's scope; outside the scope is "not found". */
  async function unitFor(actor: Actor, orgUnitId: string | undefined) {
    const id = orgUnitId ?? ancestorIds(actor.scopePath).at(-1) ?? "";
    return deps.orgUnits.getInScope(actor, id);
  }

  async function prepare(actor: Actor, request: EvaluationRequest) {
    const indicator = resolve(await definitionOf(request.code), request.params);
    const period = periodFor(indicator, request.period);
    const unit = await unitFor(actor, request.orgUnitId);
    return {
      indicator,
      period,
      unit,
      options: { period, basis: dataBasisFor(actor, request.includeUnapproved) },
    };
  }

  /** Units between the scope's root and `path`'s parent, top first, for a breadcrumb. */
  async function ancestorsInScope(actor: Actor, path: string): Promise<{ id: string; name: string }[]> {
    const scopeDepth = ancestorIds(actor.scopePath).length;
    const ids = ancestorIds(path).slice(scopeDepth - 1, -1);
    const names = await q.unitsByIds(db, ids);
    return ids.map((id) => ({ id, name: names.get(id)?.name ?? "" }));
  }

  /** What the resolved measures count, in words (a data element by its name). */
  async function measureTexts(indicator: ResolvedIndicator) {
    const measures = [indicator.numerator, indicator.denominator];
    const needsNames = measures.some((m) => m?.kind === "data_element");
    const names = needsNames
      ? new Map((await listElements(db)).map((e) => [e.code, e.name]))
      : new Map<string, string>();
    const describe = (m: Measure) =>
      describeMeasure(m, m.kind === "data_element" ? names.get(m.elementCode) : undefined);
    return {
      numeratorText: describe(indicator.numerator),
      denominatorText: indicator.denominator ? describe(indicator.denominator) : null,
    };
  }

  /** What a response says about the data it counted, so a screen can label unapproved figures. */
  const basisView = (basis: DataBasis) => ({
    includeUnapproved: basis.kind !== "approved",
    dataBasis: { kind: basis.kind, label: DATA_BASIS_LABELS[basis.kind] },
  });

  const header = async (indicator: ResolvedIndicator, period: Period) => ({
    indicator: {
      code: indicator.code,
      name: indicator.name,
      ...(await measureTexts(indicator)),
      unit: indicator.unit,
      factor: indicator.factor,
      periodType: indicator.periodType,
      snapshot: indicator.snapshot,
      betterWhen: indicator.betterWhen,
      params: indicator.params,
    },
    period: { key: period.key, label: period.label },
  });

  return {
    catalogue,

    /** The catalogue as the explorer shows it, with the periods a picker offers. */
    async catalogueView() {
      const { definitions, names } = await catalogueWithNames();
      const describe = (m: Measure) =>
        describeMeasure(m, m.kind === "data_element" ? names.get(m.elementCode) : undefined);
      const now = clock.now();
      const latest = await q.latestDataPeriods(db);
      const periods = Object.fromEntries(
        PERIOD_TYPES.map((type) => [
          type,
          recentPeriods(type, now, PICKER_PERIODS).map((p) => ({ value: p.key, label: p.label })),
        ]),
      ) as Record<PeriodType, { value: string; label: string }[]>;
      const items = definitions.map((d) => ({
        code: d.code,
        name: d.name,
        unit: d.unit,
        factor: d.factor,
        periodType: d.periodType,
        snapshot: d.snapshot,
        betterWhen: d.betterWhen,
        source: d.source,
        description: d.description,
        numeratorText: describe(d.numerator),
        denominatorText: d.denominator ? describe(d.denominator) : null,
        params: d.params.map((spec) => {
          const param = PARAM_DEFINITIONS[spec.key];
          return { ...param, options: [...param.options], default: spec.default };
        }),
      }));
      return { items, periods, defaults: defaultPeriods(now, latest) };
    },

    /**
     * For other modules (plan targets, exports): one resolved indicator for one unit path and period,
     * from approved figures only — what a leader signs is never moved by a draft.
     */
    async evaluateResolved(indicator: ResolvedIndicator, path: string, period: Period) {
      return figures(indicator, await q.sumsForUnit(db, indicator, { period, basis: APPROVED_ONLY, path }));
    },

    /**
     * `evaluateResolved` for many units at once, values in the order of `paths`: one query over the
     * subtree of their nearest common ancestor (e.g. every district of the city) instead of one per unit.
     */
    async evaluateResolvedForUnits(indicator: ResolvedIndicator, paths: readonly string[], period: Period) {
      if (paths.length === 0) return [];
      if (paths.length === 1) {
        const sums = await q.sumsForUnit(db, indicator, { period, basis: APPROVED_ONLY, path: paths[0]! });
        return [figures(indicator, sums).value];
      }
      const rows = await q.sumsForAllUnits(db, indicator, {
        period,
        basis: APPROVED_ONLY,
        scopePath: commonAncestorPath(paths),
      });
      const byId = new Map(rows.map((row) => [row.orgUnitId, row]));
      return paths.map((path) => {
        const sums = byId.get(ancestorIds(path).at(-1) ?? "");
        return figures(indicator, sums ?? { numerator: 0, denominator: 0 }).value;
      });
    },

    /** Where `evaluateResolved`'s figure comes from: kind of data, approved-as-of time, units counted. */
    async provenanceResolved(indicator: ResolvedIndicator, path: string, period: Period) {
      return indicatorProvenance(db, indicator, { path, period });
    },

    async evaluate(actor: Actor, request: EvaluationRequest) {
      const { indicator, period, unit, options } = await prepare(actor, request);
      const sums = await unitSums.get({ indicator, options: { ...options, path: unit.path } });
      return {
        ...(await header(indicator, period)),
        ...basisView(options.basis),
        orgUnit: unitRef(unit),
        ...figures(indicator, sums),
      };
    },

    /** A unit and each of its children (district → street → institution), for the explorer. */
    async breakdown(actor: Actor, request: EvaluationRequest) {
      const { indicator, period, unit, options } = await prepare(actor, request);
      const [byChild, children, ancestors] = await Promise.all([
        childSums.get({ indicator, options: { ...options, path: unit.path } }),
        q.listChildUnits(db, unit.id),
        ancestorsInScope(actor, unit.path),
      ]);
      const sumsOf = new Map(byChild.map((row) => [row.id, row.sums]));
      const total = byChild.reduce(
        (acc, row) => ({
          numerator: acc.numerator + row.sums.numerator,
          denominator: acc.denominator + row.sums.denominator,
        }),
        { numerator: 0, denominator: 0 },
      );
      return {
        ...(await header(indicator, period)),
        ...basisView(options.basis),
        ancestors,
        orgUnit: { ...unitRef(unit), ...figures(indicator, total) },
        children: children.map((child) => ({
          ...unitRef({ ...child, kind: child.kind as OrgUnitKind }),
          childCount: child.childCount,
          ...figures(indicator, sumsOf.get(child.id) ?? { numerator: 0, denominator: 0 }),
        })),
      };
    },

    /** The same unit over the `count` periods ending with the requested one, oldest first. */
    async series(actor: Actor, request: EvaluationRequest & { count: number }) {
      const { indicator, period, unit, options } = await prepare(actor, request);
      const periods = periodSeries(period, Math.min(request.count, SERIES_MAX));
      const points = await Promise.all(
        periods.map(async (p) => {
          const sums = await q.sumsForUnit(db, indicator, { ...options, period: p, path: unit.path });
          return { period: p.key, label: p.label, ...figures(indicator, sums) };
        }),
      );
      return {
        ...(await header(indicator, period)),
        ...basisView(options.basis),
        orgUnit: unitRef(unit),
        points,
      };
    },

    /** Every unit in the actor's scope at once (one query): for maps, exports and the benchmark. */
    async allUnits(actor: Actor, request: Omit<EvaluationRequest, "orgUnitId">) {
      const indicator = resolve(await definitionOf(request.code), request.params);
      const period = periodFor(indicator, request.period);
      const basis = dataBasisFor(actor, request.includeUnapproved);
      const rows = await q.sumsForAllUnits(db, indicator, { period, basis, scopePath: actor.scopePath });
      return {
        ...(await header(indicator, period)),
        ...basisView(basis),
        items: rows.map((row) => ({ orgUnitId: row.orgUnitId, ...figures(indicator, row) })),
      };
    },
  };
}

export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
