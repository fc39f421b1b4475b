import type { Permission } from "../access/permissions.ts";

/** Hits per group in the global search: enough to pick from, few enough to read at a glance. */
export const SEARCH_GROUP_LIMIT = 5;

/** The longest text the global search takes (a school's full name fits). */
export const SEARCH_MAX_LENGTH = 40;

/** What the global search needs to be worth running, in words for the message. */
export const SEARCH_TOO_SHORT = "请至少输入 1 个汉字或 2 个字母、数字";

/** Each group of the global search and the permission that lets an account read it. */
export const SEARCH_GROUP_PERMISSIONS = {
  institutions: "registry.read",
  teachers: "teachers.read",
  tasks: "plan.read",
  targets: "plan.read",
} as const satisfies Record<string, Permission>;

const HAN = /\p{Script=Han}/u;

/**
 * The text to search for, or null when it is too short to mean anything: at least one Chinese character,
 * or two letters or digits (one latin letter would match half the city). Surrounding spaces do not count;
 * the length cap is the route's.
 */
export function searchableText(raw: string): string | null {
  const text = raw.trim();
  if (text.length === 0) return null;
  return HAN.test(text) || text.length >= 2 ? text : null;
}
