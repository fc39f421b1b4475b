/**
 * School years run from 1 September to 31 August (教育部学年: 秋季学期开学为学年开始), written "2019-2020".
 * Dates are calendar dates (YYYY-MM-DD, Beijing), never Date objects. The one copy of this rule.
 */
export const SCHOOL_YEAR_START_MONTH = 9;

/** The calendar year the school year holding a date starts in. */
export function schoolYearStart(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= SCHOOL_YEAR_START_MONTH ? year : year - 1;
}

/** "2019-2020" for the school year starting in 2019. */
export function schoolYearLabel(start: number): string {
  return `${start}-${start + 1}`;
}

/** The school year a Beijing calendar day falls in; a new one starts on 1 September. */
export function schoolYearOn(isoDate: string): string {
  return schoolYearLabel(schoolYearStart(isoDate));
}

/** "2019-2020" → 2019; null for anything else. */
export function parseSchoolYear(text: string): number | null {
  const match = /^(\d{4})-(\d{4})$/.exec(text);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return null;
  return Number(match[1]);
}

/** "2019-2020": the school year that starts in autumn 2019. */
export function isSchoolYear(text: string): boolean {
  return parseSchoolYear(text) !== null;
}

/**
 * The grade a student was in on a date: students are stored with the grade of one school year
 * (`gradeYear`), one grade up per school year. Below 1 means the date is before the student started school.
 */
export function gradeOn(grade: number, gradeYear: string, on: string): number {
  return grade - ((parseSchoolYear(gradeYear) ?? schoolYearStart(on)) - schoolYearStart(on));
}

/** Plan years read the school year that starts in them: the 2019 plan reads 2019-2020. */
export function schoolYearOfPlanYear(year: number): string {
  return schoolYearLabel(year);
}
