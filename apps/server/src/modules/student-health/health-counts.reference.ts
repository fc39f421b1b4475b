import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import {
  EMPTY_COUNTS,
  groupingColumns,
  kindOf,
  num,
  ratesWhere,
  type CountRow,
  type RatesFilter,
  type RawRow,
} from "./health-rates.queries.ts";

/**
 * The report's counts straight from the records: the query health-rates.queries.ts ran before the facts of
 * migration 0018, kept as the reference the facts must always agree with.
 * Rates' counts in one scan per table, with GROUPING SETS for the breakdowns. Screenings count each
 * student's latest screening of the school year (`counted`); fitness has one result per student and year.
 */
export async function healthCountsFromRecords(db: Db, filter: RatesFilter): Promise<CountRow[]> {
  const { sets, groupCols } = groupingColumns(filter);
  const [vision, fitness] = await Promise.all([
    queryRows<RawRow>(
      db,
      sql`select ${groupCols},
          count(*) filter (where myopia <> 'not_applicable') as screened,
          count(*) filter (where myopia = 'myopic') as myopic,
          count(*) filter (where poor_vision) as poor
        from vision_screenings where ${ratesWhere(filter, sql`counted`)}
        group by grouping sets (${sets})`,
    ),
    queryRows<RawRow>(
      db,
      sql`select ${groupCols},
          count(*) as tested,
          count(*) filter (where band <> 'fail') as passed,
          count(*) filter (where band in ('good', 'excellent')) as good,
          count(*) filter (where band = 'excellent') as excellent,
          count(*) filter (where weight_status is not null) as bmi_screened,
          count(*) filter (where weight_status = 'overweight') as overweight,
          count(*) filter (where weight_status = 'obese') as obese
        from fitness_results where ${ratesWhere(filter, null)}
        group by grouping sets (${sets})`,
    ),
  ]);
  const merged = new Map<string, CountRow>();
  const entry = (r: RawRow): CountRow => {
    const kind = kindOf(Number(r.g));
    const unitId = kind === "district" ? r.district_id : kind === "school" ? r.institution_id : null;
    const key = `${kind}|${r.school_year}|${String(r.grade)}|${String(r.sex)}|${String(unitId)}`;
    let row = merged.get(key);
    if (!row) {
      row = {
        kind,
        schoolYear: r.school_year,
        grade: r.grade === null ? null : Number(r.grade),
        sex: r.sex,
        unitId,
        counts: { ...EMPTY_COUNTS },
      };
      merged.set(key, row);
    }
    return row;
  };
  for (const r of vision) {
    const c = entry(r).counts;
    c.screened = num(r.screened);
    c.myopic = num(r.myopic);
    c.poorVision = num(r.poor);
  }
  for (const r of fitness) {
    const c = entry(r).counts;
    c.tested = num(r.tested);
    c.passed = num(r.passed);
    c.good = num(r.good);
    c.excellent = num(r.excellent);
    c.bmiScreened = num(r.bmi_screened);
    c.overweight = num(r.overweight);
    c.obese = num(r.obese);
  }
  return [...merged.values()];
}
