/**
 * GB/T 2260 administrative division codes: six digits, PPCCDD.
 * A prefecture-level city ends in "00"; a district/county has a non-zero last pair.
 */
const SIX_DIGITS = /^[1-9]\d{5}$/;

export function isAdminDivisionCode(code: string): boolean {
  return SIX_DIGITS.test(code);
}

export function isCityCode(code: string): boolean {
  return isAdminDivisionCode(code) && code.endsWith("00") && !code.endsWith("0000");
}

export function isDistrictCode(code: string): boolean {
  return isAdminDivisionCode(code) && !code.endsWith("00");
}

/** The city a district code belongs to: 430102 → 430100. */
export function cityOfDistrict(code: string): string {
  return `${code.slice(0, 4)}00`;
}
