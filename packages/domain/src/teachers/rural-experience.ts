import { addDays, compareDates, monthsAndDaysBetween } from "./calendar-date.ts";
import type { IsoDate } from "./calendar-date.ts";
import { isValidPeriod, mergePeriods, periodDays } from "./date-periods.ts";
import type { DatePeriod } from "./date-periods.ts";
import type { EmploymentKind } from "./first-registration.ts";

/**
 * 农村(薄弱)学校任教经历认定. The 2019 plan (长沙市教育局2019年工作计划 §七) asks for a
 * 《关于对公办学校编外教师和民办学校教师农村(薄弱)学校任教经历认定办法》: the city recognises such service
 * for 公办 编外 and 民办 teachers as well, not only for 在编 staff, who are already covered by the national
 * rule that 城市中小学教师晋升高级职称应有在乡村学校或薄弱学校任教一年以上的经历 (国办发〔2015〕43号
 * 《乡村教师支持计划（2015—2020年）》; 人社部发〔2015〕79号). The one-year threshold follows that rule; the
 * 认定办法 is the city's to write, so the threshold is configurable.
 */
export const DEFAULT_RURAL_EXPERIENCE_MIN_MONTHS = 12;

/**
 * Leftover days (beyond each posting's whole calendar months) are added up and make one more month per
 * 31: a leftover can be 30 days (08-01 → 08-30) without being a month, so a posting one day short of a
 * year is never rounded up to a year.
 */
const DAYS_PER_MONTH = 31;

export interface TeachingPosting {
  school: string;
  from: IsoDate;
  /** null while the teacher is still in the post. */
  to: IsoDate | null;
  /** The school was a 农村 or 薄弱 school during the posting. */
  ruralOrWeak: boolean;
}

export interface RuralExperienceOptions {
  postings: readonly TeachingPosting[];
  employment: EmploymentKind;
  /** Date the service is counted up to; open postings end here. */
  asOf: IsoDate;
  minMonths?: number;
}

export interface RuralExperience {
  /** Rural service after merging postings that overlap or follow on without a gap. */
  periods: DatePeriod[];
  totalDays: number;
  /** Whole months; each period counts its calendar months, leftover days add a month per 31. */
  totalMonths: number;
  years: number;
  months: number;
  recognised: boolean;
  /** The rule the recognition rests on for this kind of teacher. */
  basis: string;
  message: string;
}

const BASIS: Record<EmploymentKind, string> = {
  publicInStaff: "国办发〔2015〕43号《乡村教师支持计划（2015—2020年）》",
  publicOffStaff: "长沙市公办学校编外教师和民办学校教师农村(薄弱)学校任教经历认定办法",
  privateInPost: "长沙市公办学校编外教师和民办学校教师农村(薄弱)学校任教经历认定办法",
};

/** Teachers the city's 认定办法 (2019 plan §七) is written for: 公办 编外 and 民办, named in its title. */
export function coveredByCityRecognition(employment: EmploymentKind): boolean {
  switch (employment) {
    case "publicOffStaff":
    case "privateInPost":
      return true;
    case "publicInStaff":
      return false;
  }
}

export function ruralRecognitionBasis(employment: EmploymentKind): string {
  return BASIS[employment];
}

function ruralPeriods(postings: readonly TeachingPosting[], asOf: IsoDate): DatePeriod[] {
  const periods: DatePeriod[] = [];
  for (const posting of postings) {
    if (!posting.ruralOrWeak || compareDates(posting.from, asOf) > 0) continue;
    const to = posting.to === null || compareDates(posting.to, asOf) > 0 ? asOf : posting.to;
    const period = { from: posting.from, to };
    if (!isValidPeriod(period)) {
      throw new RangeError(`任教经历“${posting.school}”的结束日期 ${to} 早于开始日期 ${posting.from}`);
    }
    periods.push(period);
  }
  return mergePeriods(periods);
}

export function ruralExperience(options: RuralExperienceOptions): RuralExperience {
  const minMonths = options.minMonths ?? DEFAULT_RURAL_EXPERIENCE_MIN_MONTHS;
  const periods = ruralPeriods(options.postings, options.asOf);
  let wholeMonths = 0;
  let leftoverDays = 0;
  for (const period of periods) {
    const span = monthsAndDaysBetween(period.from, addDays(period.to, 1));
    wholeMonths += span.months;
    leftoverDays += span.days;
  }
  const totalMonths = wholeMonths + Math.floor(leftoverDays / DAYS_PER_MONTH);
  const years = Math.floor(totalMonths / 12);
  const months = totalMonths % 12;
  const recognised = totalMonths >= minMonths;
  const served = `累计农村(薄弱)学校任教 ${years} 年 ${months} 个月`;
  return {
    periods,
    totalDays: periods.reduce((sum, period) => sum + periodDays(period), 0),
    totalMonths,
    years,
    months,
    recognised,
    basis: BASIS[options.employment],
    message: recognised
      ? `${served}，达到 ${minMonths} 个月，认定具有农村(薄弱)学校任教经历`
      : `${served}，不足 ${minMonths} 个月，不予认定`,
  };
}

/**
 * 认定证书编号, e.g. 长教农认〔2019〕0001号: the bureau's one-character abbreviation (the city's first
 * character, 长沙市教育局 → 长教), 农认 for 农村任教经历认定, the year of certification and a serial within it.
 */
export function ruralCertificateNumber(cityName: string, year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`证书序号应为正整数：${serial}`);
  const abbreviation = Array.from(cityName.trim())[0] ?? "";
  return `${abbreviation}教农认〔${year}〕${String(serial).padStart(4, "0")}号`;
}
