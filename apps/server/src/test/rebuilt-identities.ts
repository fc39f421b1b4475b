import { isValidResidentId } from "@edubureau/domain/identity";

/** A masked ID number or student number whose eight hidden digits are the birth date (GB 11643-1999 §4). */
const MASKED_ID = /^G?\d{6}\*{8}\d{3}[\dX]$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The full ID numbers a response lets anyone rebuild: an object that carries a masked ID beside a full
 * date that, put in the stars, gives a valid resident ID. Empty when masking holds.
 */
export function rebuiltIdentities(json: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const texts = Object.values(value).filter((v): v is string => typeof v === "string");
    const dates = texts.filter((text) => FULL_DATE.test(text));
    for (const masked of texts.filter((text) => MASKED_ID.test(text))) {
      for (const date of dates) {
        const candidate = masked.replace(/^G/, "").replace("********", date.replaceAll("-", ""));
        if (isValidResidentId(candidate)) found.push(candidate);
      }
    }
    Object.values(value).forEach(visit);
  };
  visit(json);
  return found;
}
