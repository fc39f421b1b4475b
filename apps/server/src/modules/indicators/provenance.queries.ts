import { sql, type SQL } from "drizzle-orm";
import { APPROVED_STATUSES, type Period, type ResolvedIndicator } from "@edubureau/domain/indicators";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import { isClassMeasure } from "./measure-sql.ts";

/** Where an indicator's figures come from, for one subtree and period. */
export interface IndicatorProvenance {
  /** reported: units' forms; class_lists: schools' class lists; registry: records that count once entered. */
  kind: "reported" | "class_lists" | "registry";
  /** Latest 区县审核 or 市局确认 among the counted units; null for registry records or none yet. */
  approvedAsOf: Date | null;
  /** Units with figures (any state), units counted (approved), and units not counted (see below). */
  units: { reporting: number; approved: number; missing: number } | null;
}

interface CountRow {
  reporting: number;
  approved: number;
  expectedWithout: number;
  asOf: Date | string | null;
}

/**
 * Counts for reported facts held per unit (`reporters`: unit ids with figures in the period). Missing units
 * are those whose figures are not counted yet (draft, submitted or returned) plus, for district forms, any
 * district of the subtree that has sent nothing.
 */
async function reportedCounts(db: Db, reporters: SQL, period: Period, path: string, districts: boolean) {
  const like = `${escapeLike(path)}%`;
  const expected = districts
    ? sql`(select count(*) from org_units d where d.kind = 'district' and d.path like ${like}
          and d.id not in (select unit_id from r))::int`
    : sql`0`;
  const [row] = await queryRows<CountRow>(
    db,
    sql`with r as (${reporters})
      select count(*)::int as reporting,
        (count(*) filter (where a.status in ${APPROVED_STATUSES}))::int as approved,
        ${expected} as "expectedWithout",
        max(coalesce(a.city_confirmed_at, a.district_approved_at)) filter (where a.status in ${APPROVED_STATUSES}) as "asOf"
      from r left join data_approvals a on a.org_unit_id = r.unit_id and a.period = ${period.key}`,
  );
  const reporting = row?.reporting ?? 0;
  const approved = row?.approved ?? 0;
  return {
    approvedAsOf: row?.asOf ? new Date(row.asOf) : null,
    units: { reporting, approved, missing: reporting - approved + (row?.expectedWithout ?? 0) },
  };
}

export async function indicatorProvenance(
  db: Db,
  indicator: ResolvedIndicator,
  options: { path: string; period: Period },
): Promise<IndicatorProvenance> {
  const measures = [indicator.numerator, indicator.denominator].filter((m) => m !== null);
  const like = `${escapeLike(options.path)}%`;
  const elements = measures.flatMap((m) => (m.kind === "data_element" ? [m.elementCode] : []));
  if (elements.length > 0) {
    const reporters = sql`select distinct v.org_unit_id as unit_id from data_values v
      join org_units o on o.id = v.org_unit_id
      where v.element_code in ${elements} and v.period = ${options.period.key} and o.path like ${like}`;
    return { kind: "reported", ...(await reportedCounts(db, reporters, options.period, options.path, true)) };
  }
  if (measures.some(isClassMeasure)) {
    const reporters = sql`select distinct c.institution_id as unit_id from school_classes c
      join org_units o on o.id = c.institution_id
      where c.school_year = ${options.period.key} and o.path like ${like}`;
    return {
      kind: "class_lists",
      ...(await reportedCounts(db, reporters, options.period, options.path, false)),
    };
  }
  return { kind: "registry", approvedAsOf: null, units: null };
}
