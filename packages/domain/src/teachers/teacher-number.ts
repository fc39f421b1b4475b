import { cityOfDistrict, isDistrictCode } from "../org-units/admin-division-code.ts";

/**
 * 教师编号 in the city's own format — not the national 全国教师管理信息系统 number: the six-digit GB/T 2260
 * code of the district (区县(市)) that employs the teacher, then an eight-digit serial the district assigns
 * (not all zeros): 43010200000123 is valid; 43010000000123 is not (430100 is the city, not a district).
 * The serial carries no check digit: imports catch typing errors by duplicate checks instead.
 */
export const TEACHER_NUMBER_LENGTH = 14;
const TEACHER_NUMBER = /^(\d{6})(\d{8})$/;
export const CHANGSHA_CITY_CODE = "430100";

export type TeacherNumberCheck =
  { ok: true; districtCode: string; serial: string } | { ok: false; message: string };

export function parseTeacherNumber(value: string, cityCode: string = CHANGSHA_CITY_CODE): TeacherNumberCheck {
  const match = TEACHER_NUMBER.exec(value.trim());
  if (!match)
    return { ok: false, message: `教师编号应为 ${TEACHER_NUMBER_LENGTH} 位数字（6 位区县代码 + 8 位序号）` };
  const [, districtCode = "", serial = ""] = match;
  if (!isDistrictCode(districtCode) || cityOfDistrict(districtCode) !== cityCode) {
    return { ok: false, message: `教师编号前 6 位 ${districtCode} 不是本市区县(市)代码` };
  }
  if (/^0+$/.test(serial)) return { ok: false, message: "教师编号的 8 位序号不能全为 0" };
  return { ok: true, districtCode, serial };
}

export function isTeacherNumber(value: string, cityCode: string = CHANGSHA_CITY_CODE): boolean {
  return parseTeacherNumber(value, cityCode).ok;
}
