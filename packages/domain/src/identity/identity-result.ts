/** What is wrong with an identity number; the message names it in Chinese for the form. */
export type IdentityProblem = "length" | "characters" | "prefix" | "region" | "birthDate" | "checkDigit";

export type IdentityResult<T> =
  { ok: true; value: T } | { ok: false; problem: IdentityProblem; message: string };

export function identityFailure<T>(problem: IdentityProblem, message: string): IdentityResult<T> {
  return { ok: false, problem, message };
}
