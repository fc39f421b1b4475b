import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../org-units/org-units.queries.ts";

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

function where(filter: RatesFilter, extra: SQL | null): SQL {
  const parts: SQL[] = [sql`unit_path like ${`${escapeLike(filter.scopePath)}%`}`];
  if (extra) parts.push(extra);
  if (filter.schoolYears) parts.push(sql`school_year = any(${sql.param([...filter.schoolYears])}::text[])`);
  if (filter.grades) parts.push(sql`grade between ${filter.grades[0]} and ${filter.grades[1]}`);
  return sql.join(parts, sql` and `);
}

function kindOf(g: number): GroupKind {
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

interface RawRow {
  school_year: string;
  grade: number | null;
  sex: "male" | "female" | null;
  district_id: string | null;
  institution_id: string | null;
  g: number;
  [count: string]: unknown;
}

const num = (value: unknown) => Number(value ?? 0);

/**
 * Rates' counts in one scan per table, with GROUPING SETS for the breakdowns. Screenings count each
 * student's latest screening of the school year (`counted`); fitness has one result per student and year.
 */
export async function healthCounts(db: Db, filter: RatesFilter): Promise<CountRow[]> {
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
  const [vision, fitness] = await Promise.all([
    queryRows<RawRow>(
      db,
      sql`select ${groupCols},
          count(*) filter (where myopia <> 'not_applicable') as screened,
          count(*) filter (where myopia = 'myopic') as myopic,
          count(*) filter (where poor_vision) as poor
        from vision_screenings where ${where(filter, sql`counted`)}
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
        from fitness_results where ${where(filter, null)}
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
