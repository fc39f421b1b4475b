import type { z } from "zod";

export type ShapeCheck = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A plain predicate with the same answer as `schema.safeParse(value).success`, for schemas made of
 * objects (stripping unknown keys), arrays (with at most a minimum length), strings, finite numbers,
 * booleans, enums, literals, unions, optional and nullable; null for anything else. It copies nothing,
 * so a bundle with half a million list and result entries is checked in a few milliseconds where
 * zod builds a copy of every entry (tests compare the two on every field of a sample bundle).
 */
export function compileShapeCheck(schema: z.core.$ZodType): ShapeCheck | null {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  const checks = def.checks ?? [];
  if (def.type !== "array" && checks.length > 0) return null;
  if (def.type === "string") return (v) => typeof v === "string";
  if (def.type === "number") return (v) => Number.isFinite(v);
  if (def.type === "boolean") return (v) => typeof v === "boolean";
  if (def.type === "enum" || def.type === "literal") {
    const values = new Set<unknown>(def.type === "enum" ? Object.values(def.entries) : def.values);
    return (v) => values.has(v);
  }
  if (def.type === "optional" || def.type === "nullable") {
    const inner = compileShapeCheck(def.innerType);
    const empty = def.type === "optional" ? undefined : null;
    return inner && ((v) => v === empty || inner(v));
  }
  if (def.type === "union") {
    const options: ShapeCheck[] = [];
    for (const option of def.options) {
      const check = compileShapeCheck(option);
      if (check === null) return null;
      options.push(check);
    }
    return (v) => options.some((check) => check(v));
  }
  if (def.type === "object") {
    if (def.catchall !== undefined) return null;
    const fields: [string, ShapeCheck][] = [];
    for (const [key, field] of Object.entries(def.shape)) {
      const check = compileShapeCheck(field);
      if (check === null) return null;
      fields.push([key, check]);
    }
    return (v) => isObject(v) && fields.every(([key, check]) => check(v[key]));
  }
  if (def.type === "array") {
    const element = compileShapeCheck(def.element);
    let min = 0;
    for (const check of checks) {
      const rule = (check as z.core.$ZodChecks)._zod.def;
      if (rule.check !== "min_length") return null;
      min = Math.max(min, rule.minimum);
    }
    if (element === null) return null;
    const items = itemsCheck(def.element) ?? ((v: unknown[]) => v.every((item) => element(item)));
    return (v) => Array.isArray(v) && v.length >= min && items(v);
  }
  return null;
}

type Primitive = "string" | "number" | "boolean";

function primitive(schema: z.core.$ZodType): Primitive | null {
  const { type, checks } = (schema as z.core.$ZodTypes)._zod.def;
  const plain = checks === undefined || checks.length === 0;
  return plain && (type === "string" || type === "number" || type === "boolean") ? type : null;
}

function isPrimitive(value: unknown, kind: Primitive): boolean {
  return kind === "number" ? Number.isFinite(value) : typeof value === kind;
}

/**
 * Loops for the arrays a bundle is made of (numbers, list entries of plain fields) that test each
 * item in place: a call per item through the general checks would cost most of the time.
 */
function itemsCheck(element: z.core.$ZodType): ((items: unknown[]) => boolean) | null {
  const kind = primitive(element);
  if (kind !== null) {
    return (items) => {
      for (let i = 0; i < items.length; i++) if (!isPrimitive(items[i], kind)) return false;
      return true;
    };
  }
  const def = (element as z.core.$ZodTypes)._zod.def;
  if (def.type !== "object" || def.catchall !== undefined || (def.checks ?? []).length > 0) return null;
  const keys = Object.keys(def.shape);
  const kinds: Primitive[] = [];
  for (const key of keys) {
    const field = primitive(def.shape[key] as z.core.$ZodType);
    if (field === null) return null;
    kinds.push(field);
  }
  return (items) => {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isObject(item)) return false;
      for (let k = 0; k < keys.length; k++)
        if (!isPrimitive(item[keys[k] ?? ""], kinds[k] ?? "string")) return false;
    }
    return true;
  };
}
