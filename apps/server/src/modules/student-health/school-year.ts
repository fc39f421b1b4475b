/**
 * School years run from 1 September to 31 August (教育部学年: 秋季学期开学为学年开始), written "2019-2020".
 * Dates are calendar dates (YYYY-MM-DD), never Date objects.
 */
export function schoolYearStart(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 9 ? year : year - 1;
}

export function schoolYearOf(date: string): string {
  const start = schoolYearStart(date);
  return `${start}-${start + 1}`;
}

export function schoolYearLabel(start: number): string {
  return `${start}-${start + 1}`;
}

/** "2019-2020" → 2019; null for anything else. */
export function parseSchoolYear(text: string): number | null {
  const match = /^(\d{4})-(\d{4})$/.exec(text);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return null;
  return Number(match[1]);
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
