import { sql, type SQL } from "drizzle-orm";
import type { ResolvedIndicator } from "@edubureau/domain/indicators";
import { queryRows, type Db } from "../../db/database.ts";
import { classPairFacts, isClassMeasure, measureFacts, under, type FactOptions } from "./measure-sql.ts";

export interface Sums {
  numerator: number;
  denominator: number;
}

export interface UnitSums extends Sums {
  orgUnitId: string;
}

interface SumRow {
  id: string | null;
  num: number | null;
  den: number | null;
}

/** Numerator and denominator facts side by side: (unit_id, num, den). */
function facts(indicator: ResolvedIndicator, options: FactOptions): SQL {
  const { numerator: num, denominator: den } = indicator;
  // Both sides from the school year's classes: one pass over them instead of two.
  if (isClassMeasure(num) && (den === null || isClassMeasure(den))) return classPairFacts(num, den, options);
  const numerator = sql`select unit_id, n as num, 0::float8 as den from (${measureFacts(indicator.numerator, options)}) nf`;
  if (!indicator.denominator) return numerator;
  return sql`${numerator} union all
    select unit_id, 0::float8, n from (${measureFacts(indicator.denominator, options)}) df`;
}

/** Facts summed per fact-holding unit inside `path` (one row per unit, with its path). */
function perUnit(indicator: ResolvedIndicator, options: FactOptions, path: string): SQL {
  return sql`select o.path, sum(f.num) as num, sum(f.den) as den
    from (${facts(indicator, { ...options, within: path })}) f join org_units o on o.id = f.unit_id
    where o.path like ${under(path)}
    group by o.path`;
}

const toSums = (row: SumRow | undefined): Sums => ({ numerator: row?.num ?? 0, denominator: row?.den ?? 0 });

/** One unit: everything in its subtree. */
export async function sumsForUnit(
  db: Db,
  indicator: ResolvedIndicator,
  options: FactOptions & { path: string },
): Promise<Sums> {
  const rows = await queryRows<SumRow>(
    db,
    sql`select null as id, sum(u.num) as num, sum(u.den) as den from (${perUnit(indicator, options, options.path)}) u`,
  );
  return toSums(rows[0]);
}

/**
 * Every org unit inside `scopePath` in one query: facts are summed per holding unit, then each sum is
 * added to the unit and to every ancestor up to the scope's root, read off the materialised path.
 * Units without facts get zeros; 处室 (divisions) hold no data and are left out.
 */
export async function sumsForAllUnits(
  db: Db,
  indicator: ResolvedIndicator,
  options: FactOptions & { scopePath: string },
): Promise<UnitSums[]> {
  // 1-based position of the scope root in the path's ids: ancestors above it are outside the scope.
  const rootIndex = options.scopePath.split("/").filter(Boolean).length;
  const rows = await queryRows<SumRow>(
    db,
    sql`with per_unit as (${perUnit(indicator, options, options.scopePath)}),
      rolled as (
        select a.id, sum(p.num) as num, sum(p.den) as den
        from per_unit p
        cross join lateral unnest((string_to_array(trim(both '/' from p.path), '/'))[${rootIndex}:]) as a(id)
        group by a.id
      )
      select u.id, coalesce(r.num, 0) as num, coalesce(r.den, 0) as den
      from org_units u left join rolled r on r.id = u.id::text
      where u.path like ${under(options.scopePath)} and u.kind <> 'division'`,
  );
  return rows.map((row) => ({ orgUnitId: row.id ?? "", ...toSums(row) }));
}

/**
 * A unit's sums split by its direct children, for drill-down. The row with a null id holds facts
 * kept on the unit itself (e.g. a project of a district whose school is not yet founded).
 */
export async function sumsByChild(
  db: Db,
  indicator: ResolvedIndicator,
  options: FactOptions & { path: string },
): Promise<{ id: string | null; sums: Sums }[]> {
  const childIndex = options.path.split("/").filter(Boolean).length + 1;
  const rows = await queryRows<SumRow>(
    db,
    sql`select (string_to_array(trim(both '/' from u.path), '/'))[${childIndex}] as id,
        sum(u.num) as num, sum(u.den) as den
      from (${perUnit(indicator, options, options.path)}) u group by 1`,
  );
  return rows.map((row) => ({ id: row.id, sums: toSums(row) }));
}

export interface ChildUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  childCount: number;
}

/** Children a drill-down can show: every direct child but 处室. */
export async function listChildUnits(db: Db, parentId: string): Promise<ChildUnit[]> {
  return queryRows<ChildUnit>(
    db,
    sql`select c.id, c.code, c.name, c.kind,
        (select count(*) from org_units g where g.parent_id = c.id and g.kind <> 'division')::int as "childCount"
      from org_units c where c.parent_id = ${parentId} and c.kind <> 'division'
      order by case c.kind when 'district' then 0 when 'street' then 1 when 'community' then 2 else 3 end, c.code`,
  );
}

export async function unitsByIds(
  db: Db,
  ids: string[],
): Promise<Map<string, { name: string; kind: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; name: string; kind: string }>(
    db,
    sql`select id, name, kind from org_units where id in ${ids}`,
  );
  return new Map(rows.map((row) => [row.id, { name: row.name, kind: row.kind }]));
}

/** The latest school year with classes and the latest year with designations or finished projects. */
export async function latestDataPeriods(db: Db): Promise<{ schoolYear: string | null; year: number | null }> {
  const rows = await queryRows<{ schoolYear: string | null; year: number | null }>(
    db,
    sql`select (select max(school_year) from school_classes) as "schoolYear",
      greatest((select max(year) from designations),
        (select max(extract(year from actual_finish))::int from construction_projects)) as year`,
  );
  return rows[0] ?? { schoolYear: null, year: null };
}
