/**
 * Masking of personal data for display (PIPL art. 51: de-identify where the full value
 * is not needed). No national rule fixes the pattern, so each rule is an options object
 * with the common defaults; a city may configure its own.
 */
export interface MaskRule {
  /** Characters shown at the start. */
  keepFirst: number;
  /** Characters shown at the end. */
  keepLast: number;
  maskChar: string;
}

export interface MaskingRules {
  name: MaskRule;
  idNumber: MaskRule;
  mobile: MaskRule;
}

export const DEFAULT_MASKING_RULES: Readonly<MaskingRules> = Object.freeze({
  name: { keepFirst: 1, keepLast: 1, maskChar: "*" },
  idNumber: { keepFirst: 6, keepLast: 4, maskChar: "*" },
  mobile: { keepFirst: 3, keepLast: 4, maskChar: "*" },
});

/**
 * Names: a single character is shown as is (nothing to hide it behind); otherwise at
 * least one character is masked, so 张三 → 张* even though the rule keeps the last one.
 * Counts code points so rare characters outside the BMP (𠮷) count as one.
 */
export function maskName(name: string, rule?: Partial<MaskRule>): string {
  const { keepFirst, keepLast, maskChar } = { ...DEFAULT_MASKING_RULES.name, ...rule };
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join("");
  const first = Math.min(keepFirst, chars.length - 1);
  const last = Math.min(keepLast, chars.length - first - 1);
  return maskChars(chars, first, last, maskChar);
}

/** ID numbers: 430102********1234 by default. */
export function maskIdNumber(idNumber: string, rule?: Partial<MaskRule>): string {
  return maskKeepingEnds(idNumber, { ...DEFAULT_MASKING_RULES.idNumber, ...rule });
}

/**
 * Birth dates beside a masked ID number: only the year (1965-**-**). The masked middle of an 18-digit ID
 * is exactly the birth date (GB 11643-1999 §4), so a full date would rebuild the number.
 */
export function maskBirthDate(isoDate: string): string {
  return `${isoDate.slice(0, 4)}-**-**`;
}

/** Mobile numbers: 138****5678 by default. */
export function maskMobile(mobile: string, rule?: Partial<MaskRule>): string {
  return maskKeepingEnds(mobile, { ...DEFAULT_MASKING_RULES.mobile, ...rule });
}

export interface Masker {
  name(value: string): string;
  idNumber(value: string): string;
  mobile(value: string): string;
}

/** One masker per configured city rule, so pages do not repeat the options. */
export function createMasker(rules?: { [K in keyof MaskingRules]?: Partial<MaskRule> }): Masker {
  return {
    name: (value) => maskName(value, rules?.name),
    idNumber: (value) => maskIdNumber(value, rules?.idNumber),
    mobile: (value) => maskMobile(value, rules?.mobile),
  };
}

/**
 * Fails closed: a value too short to keep both ends and still hide something is masked
 * entirely, because a truncated number is more likely a typo than safe to show.
 */
function maskKeepingEnds(value: string, { keepFirst, keepLast, maskChar }: MaskRule): string {
  const chars = Array.from(value.trim());
  if (chars.length <= keepFirst + keepLast) return maskChar.repeat(chars.length);
  return maskChars(chars, keepFirst, keepLast, maskChar);
}

function maskChars(chars: readonly string[], first: number, last: number, maskChar: string): string {
  const hidden = chars.length - first - last;
  return chars.slice(0, first).join("") + maskChar.repeat(hidden) + chars.slice(chars.length - last).join("");
}
