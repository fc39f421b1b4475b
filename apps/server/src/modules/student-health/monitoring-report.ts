import {
  GRADE_LABELS,
  HEALTHY_CHINA_GOOD_RATE_TARGETS,
  MYOPIA_2030_TARGETS,
  healthyChinaGoodRateTarget,
  isGrade,
  myopiaTargetRate,
} from "@edubureau/domain/health";
import type { Db } from "../../db/database.ts";
import { change, ratesOf, type HealthRates } from "./health-rates.ts";
import { EMPTY_COUNTS, healthCounts, unitNames, type CountRow } from "./health-rates.queries.ts";
import { parseSchoolYear, schoolYearLabel } from "@edubureau/domain/registry";

export interface ReportUnit {
  id: string;
  name: string;
  kind: string;
  path: string;
}

export interface GradeLine {
  grade: number;
  gradeLabel: string;
  sex: "all" | "male" | "female";
  current: HealthRates;
  previous: HealthRates | null;
}

export interface ChildLine {
  id: string;
  name: string;
  current: HealthRates;
  previous: HealthRates | null;
  myopiaChange: number | null;
  goodRateChange: number | null;
}

/** 学生体质健康监测报告 of one school, district or the city for one school year. */
export interface MonitoringReport {
  unit: ReportUnit;
  schoolYear: string;
  previousYear: string;
  overall: { current: HealthRates; previous: HealthRates | null };
  bySex: { sex: "male" | "female"; current: HealthRates; previous: HealthRates | null }[];
  byGrade: GradeLine[];
  /** Districts for the city, schools for a district; empty for a school. */
  childKind: "district" | "school" | null;
  children: ChildLine[];
  /** Schools whose 近视率 / 优良率 moved most against the previous year (largest absolute change first). */
  largestChanges: { myopia: ChildLine[]; goodRate: ChildLine[] };
  trend: { schoolYear: string; rates: HealthRates }[];
  targets: {
    /** 八部门方案: 2018 baseline less 0.5 point a year; null without a 2018-2019 screening. */
    myopiaThisYear: number | null;
    myopiaBaseline: number | null;
    myopia2030: typeof MYOPIA_2030_TARGETS;
    /** 健康中国行动: 优良率 ≥ 50% by 2022, ≥ 60% by 2030. */
    goodRate2022: number;
    goodRate2030: number;
    goodRateThisYear: number | null;
  };
}

const LARGEST = 10;

type GroupKey = Partial<Pick<CountRow, "grade" | "sex" | "unitId">>;

const keyOf = (kind: CountRow["kind"], year: string, at: GroupKey) =>
  `${kind}|${year}|${String(at.grade ?? null)}|${String(at.sex ?? null)}|${String(at.unitId ?? null)}`;

/** Rates of one group by its key: a city report looks up thousands of schools, so no scan per lookup. */
function groupFinder(rows: readonly CountRow[]) {
  const byKey = new Map(rows.map((r) => [keyOf(r.kind, r.schoolYear, r), r]));
  return (kind: CountRow["kind"], year: string, at: GroupKey = {}) => {
    const row = byKey.get(keyOf(kind, year, at));
    return row ? ratesOf(row.counts) : null;
  };
}

/** `schoolYear` null: the latest school year with data (or `fallbackYear` when there is none). */
export async function buildMonitoringReport(
  db: Db,
  unit: ReportUnit,
  requestedYear: string | null,
  fallbackYear: string,
): Promise<MonitoringReport> {
  const childKind =
    unit.kind === "city" || unit.kind === "division"
      ? "district"
      : unit.kind === "district"
        ? "school"
        : null;
  const rows = await healthCounts(db, {
    scopePath: unit.path,
    groups: ["grade", "gradeSex", "sex", "district", "school"],
  });
  const find = groupFinder(rows);
  const years = [...new Set(rows.filter((r) => r.kind === "total").map((r) => r.schoolYear))].sort();
  const schoolYear = requestedYear ?? years.at(-1) ?? fallbackYear;
  const start = parseSchoolYear(schoolYear) ?? 0;
  const previousYear = schoolYearLabel(start - 1);
  const empty = ratesOf(EMPTY_COUNTS);
  const current = find("total", schoolYear) ?? empty;
  const previous = find("total", previousYear);

  const byGrade: GradeLine[] = [];
  const grades = [
    ...new Set(
      rows.filter((r) => r.kind === "grade" && r.schoolYear === schoolYear).map((r) => r.grade ?? 0),
    ),
  ].sort((a, b) => a - b);
  for (const grade of grades) {
    const label = isGrade(grade) ? GRADE_LABELS[grade] : String(grade);
    byGrade.push({
      grade,
      gradeLabel: label,
      sex: "all",
      current: find("grade", schoolYear, { grade }) ?? empty,
      previous: find("grade", previousYear, { grade }),
    });
    for (const sex of ["male", "female"] as const) {
      const c = find("gradeSex", schoolYear, { grade, sex });
      if (c)
        byGrade.push({
          grade,
          gradeLabel: label,
          sex,
          current: c,
          previous: find("gradeSex", previousYear, { grade, sex }),
        });
    }
  }
  const bySex = (["male", "female"] as const).map((sex) => ({
    sex,
    current: find("sex", schoolYear, { sex }) ?? empty,
    previous: find("sex", previousYear, { sex }),
  }));

  const lines = (kind: "district" | "school"): ChildLine[] => {
    const ids = [
      ...new Set(
        rows.filter((r) => r.kind === kind && r.schoolYear === schoolYear).map((r) => r.unitId ?? ""),
      ),
    ];
    return ids.map((id) => {
      const cur = find(kind, schoolYear, { unitId: id }) ?? empty;
      const prev = find(kind, previousYear, { unitId: id });
      return {
        id,
        name: "",
        current: cur,
        previous: prev,
        myopiaChange: change(cur.myopiaRate, prev?.myopiaRate),
        goodRateChange: change(cur.goodRate, prev?.goodRate),
      };
    });
  };
  const children = childKind ? lines(childKind) : [];
  const schools = unit.kind === "institution" ? [] : lines("school");
  const byChange = (pick: (l: ChildLine) => number | null) =>
    schools
      .filter((l) => pick(l) !== null)
      .sort((a, b) => Math.abs(pick(b) ?? 0) - Math.abs(pick(a) ?? 0))
      .slice(0, LARGEST);
  const largestChanges = {
    myopia: byChange((l) => l.myopiaChange),
    goodRate: byChange((l) => l.goodRateChange),
  };
  const names = await unitNames(
    db,
    [...children, ...largestChanges.myopia, ...largestChanges.goodRate].map((l) => l.id),
  );
  for (const l of [...children, ...largestChanges.myopia, ...largestChanges.goodRate])
    l.name = names.get(l.id) ?? "";
  children.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));

  const trend = years.map((y) => ({ schoolYear: y, rates: find("total", y) ?? empty }));
  const baseline = find("total", "2018-2019")?.myopiaRate ?? null;
  return {
    unit,
    schoolYear,
    previousYear,
    overall: { current, previous },
    bySex,
    byGrade,
    childKind,
    children,
    largestChanges,
    trend,
    targets: {
      myopiaThisYear: baseline === null ? null : myopiaTargetRate({ baselineRate: baseline, year: start }),
      myopiaBaseline: baseline,
      myopia2030: MYOPIA_2030_TARGETS,
      goodRate2022: HEALTHY_CHINA_GOOD_RATE_TARGETS[0].minGoodRate,
      goodRate2030: HEALTHY_CHINA_GOOD_RATE_TARGETS[1].minGoodRate,
      goodRateThisYear: healthyChinaGoodRateTarget(start),
    },
  };
}
