import { z } from "zod";

/** A timestamp: Date inside the server, ISO 8601 text on the wire and in the OpenAPI document. */
export const isoDateTime = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

export const pageQuery = {
  page: z.coerce.number().int().min(1, "页码须为正整数").default(1),
  pageSize: z.coerce.number().int().min(1).max(200, "每页最多 200 条").default(20),
};

export const SORT_ORDERS = ["asc", "desc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * A server-sorted list's `sort` and `order`: `sort` is one of the list's own column keys (a whitelist, so no
 * text from the address bar reaches the SQL), `order` asc or desc; without an order the list uses the
 * column's natural one (ascending, or e.g. most honours first where the list says so).
 */
export function sortQuery<const K extends readonly [string, ...string[]]>(keys: K, defaultKey: K[number]) {
  return {
    sort: z.enum(keys, "排序字段无效").default(defaultKey),
    order: z.enum(SORT_ORDERS, "排序方向须为 asc 或 desc").optional(),
  };
}

/** `sortQuery` for a list whose default order is its own (no sort given: the list's natural order). */
export function optionalSortQuery<const K extends readonly [string, ...string[]]>(keys: K) {
  return {
    sort: z.enum(keys, "排序字段无效").optional(),
    order: z.enum(SORT_ORDERS, "排序方向须为 asc 或 desc").optional(),
  };
}

/** The district and school filters of a list leaders and districts read in bulk; both narrow the scope, never widen it. */
export const scopeFilterQuery = {
  districtId: z.uuid("区县编号格式不正确").optional(),
  institutionId: z.uuid("学校编号格式不正确").optional(),
};

/** The shared list convention: page, pageSize, sort, order, districtId and institutionId. */
export function listQueryOf<const K extends readonly [string, ...string[]]>(keys: K, defaultKey: K[number]) {
  return { ...pageQuery, ...sortQuery(keys, defaultKey), ...scopeFilterQuery };
}

/** A reply without a body (204): declared so the OpenAPI document and the web's types say so. */
export const noContent = z.undefined().describe("无内容");

/**
 * An object with one required field per key, e.g. a count per status. Unlike `z.record(z.enum(…), …)`,
 * the OpenAPI document names each key, so the web's types know every field is there.
 */
export function recordOf<const K extends readonly [string, ...string[]], V extends z.ZodType>(
  keys: K,
  value: V,
) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value])) as { [P in K[number]]: V });
}

/**
 * Names a schema that several routes answer with: the OpenAPI document (and so the web's generated contract)
 * holds it once under components and references it, instead of repeating it in every route.
 */
export function namedSchema<T extends z.ZodType>(id: string, schema: T): T {
  z.globalRegistry.add(schema, { id });
  return schema;
}
