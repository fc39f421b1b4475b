import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";

/** Counts behind every rate of the health dashboard and report, for one group of students. */
export interface HealthCounts {
  /** Students screened aged 6+ (WS/T 663: myopic + not myopic + undetermined). */
  screened: number;
  myopic: number;
  poorVision: number;
  tested: number;
  passed: number;
  good: number;
  excellent: number;
  /** Students with a WS/T 586 status (6–18 with height and weight). */
  bmiScreened: number;
  overweight: number;
  obese: number;
}

export const EMPTY_COUNTS: HealthCounts = {
  screened: 0,
  myopic: 0,
  poorVision: 0,
  tested: 0,
  passed: 0,
  good: 0,
  excellent: 0,
  bmiScreened: 0,
  overweight: 0,
  obese: 0,
};

export type GroupKind = "total" | "grade" | "gradeSex" | "sex" | "district" | "school";

export interface CountRow {
  kind: GroupKind;
  schoolYear: string;
  grade: number | null;
  sex: "male" | "female" | null;
  unitId: string | null;
  counts: HealthCounts;
}

export interface RatesFilter {
  scopePath: string;
  /** Only these school years; all when omitted. */
  schoolYears?: readonly string[];
  /** Inclusive grade range (小学 1–6, 初中 7–9, 高中 10–12). */
  grades?: readonly [number, number];
  /** Group sets wanted; the total is always there. */
  groups?: readonly GroupKind[];
}

const SETS: Record<GroupKind, string> = {
  total: "(school_year)",
  grade: "(school_year, grade)",
  gradeSex: "(school_year, grade, sex)",
  sex: "(school_year, sex)",
  district: "(school_year, district_id)",
  school: "(school_year, institution_id)",
};

export function ratesWhere(filter: RatesFilter, extra: SQL | null): SQL {
  const parts: SQL[] = [sql`unit_path like ${`${escapeLike(filter.scopePath)}%`}`];
  if (extra) parts.push(extra);
  if (filter.schoolYears) parts.push(sql`school_year = any(${sql.param([...filter.schoolYears])}::text[])`);
  if (filter.grades) parts.push(sql`grade between ${filter.grades[0]} and ${filter.grades[1]}`);
  return sql.join(parts, sql` and `);
}

export function kindOf(g: number): GroupKind {
  // Bits 8 grade, 4 sex, 2 district, 1 school: a set bit is a column not grouped by.
  switch (g) {
    case 15:
      return "total";
    case 7:
      return "grade";
    case 3:
      return "gradeSex";
    case 11:
      return "sex";
    case 13:
      return "district";
    default:
      return "school";
  }
}

export interface RawRow {
  school_year: string;
  grade: number | null;
  sex: "male" | "female" | null;
  district_id: string | null;
  institution_id: string | null;
  g: number;
  [count: string]: unknown;
}

export const num = (value: unknown) => Number(value ?? 0);

/** The GROUPING SETS of a filter and the columns that say which set a result row belongs to. */
export function groupingColumns(filter: RatesFilter): { sets: SQL; groupCols: SQL } {
  const kinds = new Set<GroupKind>(["total", ...(filter.groups ?? [])]);
  const setList = [...kinds].map((k) => SETS[k]);
  const sets = sql.raw(setList.join(", "));
  // GROUPING() may only name columns some set groups by; the others read as constant "not grouped".
  const used = (column: string) => setList.some((set) => set.includes(column));
  const pick = (column: string, type: string) => (used(column) ? column : `null::${type} as ${column}`);
  const bit = (column: string, weight: number) =>
    used(column) ? `grouping(${column}) * ${weight}` : String(weight);
  const groupCols = sql.raw(
    `school_year, ${pick("grade", "int")}, ${pick("sex", "text")}, ${pick("district_id", "uuid")}, ${pick("institution_id", "uuid")}, ` +
      `(${bit("grade", 8)} + ${bit("sex", 4)} + ${bit("district_id", 2)} + ${bit("institution_id", 1)})::int as g`,
  );
  return { sets, groupCols };
}

/**
 * Rates' counts from the health facts (migration 0018: per school year × school × grade × sex, kept in step
 * with the screening and fitness records by triggers), with GROUPING SETS for the breakdowns. Screenings
 * count each student's latest screening of the school year; fitness has one result per student and year.
 * A group appears when it has records of either kind, as the counts over the records themselves would.
 */
export async function healthCounts(db: Db, filter: RatesFilter): Promise<CountRow[]> {
  const { sets, groupCols } = groupingColumns(filter);
  const rows = await queryRows<RawRow>(
    db,
    sql`select ${groupCols},
        sum(screened) as screened, sum(myopic) as myopic, sum(poor_vision) as poor,
        sum(tested) as tested, sum(passed) as passed, sum(good) as good, sum(excellent) as excellent,
        sum(bmi_screened) as bmi_screened, sum(overweight) as overweight, sum(obese) as obese
      from health_count_facts where ${ratesWhere(filter, null)}
      group by grouping sets (${sets})
      having sum(vision_rows) > 0 or sum(fitness_rows) > 0`,
  );
  return rows.map((r) => {
    const kind = kindOf(Number(r.g));
    return {
      kind,
      schoolYear: r.school_year,
      grade: r.grade === null ? null : Number(r.grade),
      sex: r.sex,
      unitId: kind === "district" ? r.district_id : kind === "school" ? r.institution_id : null,
      counts: {
        screened: num(r.screened),
        myopic: num(r.myopic),
        poorVision: num(r.poor),
        tested: num(r.tested),
        passed: num(r.passed),
        good: num(r.good),
        excellent: num(r.excellent),
        bmiScreened: num(r.bmi_screened),
        overweight: num(r.overweight),
        obese: num(r.obese),
      },
    };
  });
}

export async function unitNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from org_units where id = any(${sql.param([...ids])}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function unitById(db: Db, id: string) {
  const [row] = await queryRows<{ id: string; name: string; kind: string; path: string }>(
    db,
    sql`select id, name, kind, path from org_units where id = ${id}`,
  );
  return row;
}
