import type { CalendarDate } from "./calendar-date.ts";
import type { IdentityOptions } from "./id-parts.ts";
import { checkBirthDate, checkRegionCode, todayOf } from "./id-parts.ts";
import type { IdentityResult } from "./identity-result.ts";
import { identityFailure } from "./identity-result.ts";

/** GB 11643-1999 校验码 (ISO 7064 MOD 11-2): weights of the first 17 digits. */
export const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** GB 11643-1999: check character for (weighted sum mod 11) = 0, 1, …, 10. */
export const RESIDENT_ID_CHECK_CHARS = "10X98765432";
export const RESIDENT_ID_LENGTH = 18;

export type Sex = "male" | "female";

export interface ResidentId {
  /** Trimmed, with a lower-case check character x written as X. */
  number: string;
  regionCode: string;
  birthDate: CalendarDate;
  sex: Sex;
}

/** The check character of 17 digits. Throws on other input: callers check the shape first. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("residentIdCheckChar needs exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (RESIDENT_ID_WEIGHTS[i] ?? 0);
  return RESIDENT_ID_CHECK_CHARS.charAt(sum % 11);
}

/** Upper-cases the check character and drops surrounding spaces pasted from spreadsheets. */
export function normalizeIdText(input: string): string {
  return input.trim().toUpperCase();
}

/**
 * Checks 18 characters built like an ID number (also used for "J" student numbers).
 * Order: characters, region, birth date, check digit, so a date typo names the date.
 */
export function checkIdShapedNumber(
  body: string,
  subject: string,
  today: CalendarDate,
): IdentityResult<ResidentId> {
  if (!/^\d{17}[\dX]$/.test(body)) {
    return identityFailure("characters", `${subject}应为17位数字加1位校验码（数字或X）`);
  }
  const region = checkRegionCode(body.slice(0, 6), subject);
  if (!region.ok) return region;
  const birthDate = checkBirthDate(body.slice(6, 14), subject, today);
  if (!birthDate.ok) return birthDate;
  const expected = residentIdCheckChar(body.slice(0, 17));
  if (body[17] !== expected) {
    return identityFailure(
      "checkDigit",
      `${subject}的校验码不正确（末位应为${expected}），请核对是否有输错的数字`,
    );
  }
  // GB 11643-1999 顺序码: the last of its three digits is odd for men, even for women.
  const sex: Sex = Number(body[16]) % 2 === 1 ? "male" : "female";
  return { ok: true, value: { number: body, regionCode: region.value, birthDate: birthDate.value, sex } };
}

/** Parses a 居民身份证号码 (GB 11643-1999). 15-digit first-generation numbers are refused. */
export function parseResidentId(input: string, options?: IdentityOptions): IdentityResult<ResidentId> {
  const text = normalizeIdText(input);
  if (text.length === 15 && /^\d{15}$/.test(text)) {
    return identityFailure("length", "身份证号码长度应为18位；15位旧号码已停止使用，请填写18位号码");
  }
  if (text.length !== RESIDENT_ID_LENGTH) {
    return identityFailure("length", `身份证号码长度应为18位，实际为${text.length}位`);
  }
  return checkIdShapedNumber(text, "身份证号码", todayOf(options));
}

export function isValidResidentId(input: string, options?: IdentityOptions): boolean {
  return parseResidentId(input, options).ok;
}
