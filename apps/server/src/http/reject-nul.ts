import type { FastifyInstance } from "fastify";
import { problems } from "./problem.ts";

/** Where in a parsed body, query or params a string holds a NUL character (PostgreSQL text cannot). */
export function nulFieldOf(value: unknown, path: readonly string[] = []): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "(请求)" : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulFieldOf(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = [...path, key];
      if (key.includes("\u0000")) return keyPath.join(".");
      const found = nulFieldOf(item, keyPath);
      if (found !== null) return found;
    }
  }
  return null;
}

/** One check for every route: a NUL in any text field is a 400 naming the field, never a database error. */
export function registerNulRejection(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const field = nulFieldOf(part);
      if (field !== null) throw problems.field(field, "不能包含空字符（NUL）");
    }
  });
}
