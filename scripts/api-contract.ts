import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import prettier from "prettier";
import { buildOpenApiDocument } from "../apps/server/src/openapi-document.ts";

/** The web's generated contract: committed, and compared with a fresh generation by `npm test`. */
export const API_SCHEMA_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../apps/web/src/app/api-schema.ts",
);

const HEADER = `/**
 * The server's API contract as TypeScript types, generated from its OpenAPI document (the zod route schemas).
 * Do not edit: run \`npm run api:generate\` after changing a route or a schema.
 */
`;

/** Keys in code-point order, so the file does not change when routes are registered in another order. */
function sortedByKey<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  if (record === undefined) return undefined;
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A module's list route is registered as "/" under its prefix; Fastify answers both "/api/users" and
 * "/api/users/", and the web calls the first.
 */
function withoutTrailingSlash(paths: OpenAPI3["paths"]): NonNullable<OpenAPI3["paths"]> {
  return Object.fromEntries(
    Object.entries(paths ?? {}).map(([key, item]) => [key.length > 1 ? key.replace(/\/$/, "") : key, item]),
  );
}

/**
 * Only the components a route reaches: every named schema is offered as input and output ("…Input"), and the
 * variant no route uses would repeat the other in the contract.
 */
function referencedOnly(document: OpenAPI3): Record<string, unknown> | undefined {
  const schemas = document.components?.schemas as Record<string, unknown> | undefined;
  if (schemas === undefined) return undefined;
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string") {
          const name = value.replace("#/components/schemas/", "");
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(value);
      }
    }
  };
  visit(document.paths);
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
}

/** The generated file's text: the same document always gives the same bytes. */
export async function generateApiSchema(): Promise<string> {
  const document = (await buildOpenApiDocument()) as unknown as OpenAPI3;
  const components = document.components
    ? { ...document.components, schemas: sortedByKey(referencedOnly(document) as Record<string, never>) }
    : undefined;
  const ordered: OpenAPI3 = {
    ...document,
    paths: sortedByKey(withoutTrailingSlash(document.paths)) ?? {},
    ...(components ? { components } : {}),
  };
  const ast = await openapiTS(ordered, { defaultNonNullable: true });
  const options = await prettier.resolveConfig(API_SCHEMA_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_SCHEMA_FILE });
}
