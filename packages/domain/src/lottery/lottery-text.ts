/**
 * Version and text rules shared by every hashed text of the lottery. Changing how
 * anything is serialised, hashed or ranked needs a new version string.
 */
export const LOTTERY_ALGORITHM_VERSION = "edubureau-lottery/1";

/**
 * Applicant numbers, school codes, unit ids, round and seed labels: ASCII letters,
 * digits, "-" and "_". Excluding "=", ":", "," and line breaks keeps the canonical
 * texts unambiguous, and ASCII makes sort order the same as UTF-8 byte order.
 */
const TOKEN = /^[0-9A-Za-z_-]{1,40}$/;

export function isToken(value: string): boolean {
  return TOKEN.test(value);
}

export function tokenProblem(value: string, what: string): string | null {
  if (isToken(value)) return null;
  return `${what}「${value}」只能由1至40位字母、数字、“-”或“_”组成`;
}

/** Plain code-unit order, never localeCompare: the order must not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lines joined by "\n" with no trailing newline. */
export function joinLines(lines: readonly string[]): string {
  return lines.join("\n");
}
