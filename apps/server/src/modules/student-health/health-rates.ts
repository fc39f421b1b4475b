import type { HealthCounts } from "./health-rates.queries.ts";

/** Rates from counts; null where nobody was screened or tested, so an empty school does not read 0 %. */
export interface HealthRates {
  screened: number;
  /** 近视率 = myopic in either eye / screened (WS/T 663-2020, 筛查性近视). */
  myopiaRate: number | null;
  poorVisionRate: number | null;
  tested: number;
  /** 及格率 = (及格 + 良好 + 优秀) / tested. */
  passRate: number | null;
  /** 优良率 = (良好 + 优秀) / tested. */
  goodRate: number | null;
  excellentRate: number | null;
  bmiScreened: number;
  /** WS/T 586-2018 超重率 and 肥胖率. */
  overweightRate: number | null;
  obesityRate: number | null;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function ratesOf(c: HealthCounts): HealthRates {
  return {
    screened: c.screened,
    myopiaRate: ratio(c.myopic, c.screened),
    poorVisionRate: ratio(c.poorVision, c.screened),
    tested: c.tested,
    passRate: ratio(c.passed, c.tested),
    goodRate: ratio(c.good, c.tested),
    excellentRate: ratio(c.excellent, c.tested),
    bmiScreened: c.bmiScreened,
    overweightRate: ratio(c.overweight, c.bmiScreened),
    obesityRate: ratio(c.obese, c.bmiScreened),
  };
}

/** Change in percentage points (as a fraction), null when either side is missing. */
export function change(current: number | null, previous: number | null | undefined): number | null {
  return current === null || previous === null || previous === undefined ? null : current - previous;
}
