import { createHash, randomBytes } from "node:crypto";

/** Ten single-use codes for a lost phone; each 50 random bits, shown once, stored only as hashes. */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(randomBytes(10), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Typed codes may differ in case, spaces and the dash. */
export function normaliseRecoveryCode(text: string): string {
  return text.toLowerCase().replace(/[\s-]/g, "");
}

export const isRecoveryCodeShaped = (text: string): boolean =>
  /^[a-z0-9]{10}$/.test(normaliseRecoveryCode(text)) && !/^\d+$/.test(normaliseRecoveryCode(text));

export const recoveryCodeHash = (text: string): string =>
  createHash("sha256").update(normaliseRecoveryCode(text)).digest("hex");
