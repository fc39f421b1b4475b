export * from "./calendar-date.ts";
export * from "./identity-result.ts";
export { EARLIEST_BIRTH_YEAR } from "./id-parts.ts";
export type { IdentityOptions } from "./id-parts.ts";
export {
  RESIDENT_ID_CHECK_CHARS,
  RESIDENT_ID_LENGTH,
  RESIDENT_ID_WEIGHTS,
  isValidResidentId,
  parseResidentId,
  residentIdCheckChar,
} from "./resident-id.ts";
export type { ResidentId, Sex } from "./resident-id.ts";
export * from "./student-number.ts";
export * from "./masking.ts";
