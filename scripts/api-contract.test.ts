import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../apps/server/src/openapi-document.ts";
import { API_SCHEMA_FILE, generateApiSchema } from "./api-contract.ts";

/**
 * Routes that answer a file or an event stream rather than JSON: workbooks, reports and uploaded files
 * (attachments, materials, evidence, photos — through `platform/downloads.ts`), a report job's finished file
 * and server-sent events.
 */
function answersFileOrStream(method: string, path: string): boolean {
  if (method !== "get") return false;
  return (
    /\.(xlsx|docx|pdf|csv|zip)$/.test(path) ||
    /\/events$/.test(path) ||
    /\/(attachments|materials|evidence|photos)\/\{\w+\}$/.test(path) ||
    /\/report-jobs\/\{\w+\}\/file$/.test(path) ||
    path === "/api/teachers/export" ||
    path === "/api/work-plan/reports/{id}/attachments/{attachmentId}"
  );
}

interface Operation {
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

/** "METHOD /path" of every JSON route whose reply has no schema, so the web would get no type for it. */
function routesWithoutResponseSchema(paths: Record<string, Record<string, Operation>>): string[] {
  const missing: string[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (answersFileOrStream(method, path)) continue;
      const responses = operation.responses ?? {};
      const typed = Object.entries(responses).some(
        ([code, response]) =>
          code === "204" ||
          (code.startsWith("2") && response.content?.["application/json"]?.schema !== undefined),
      );
      if (!typed) missing.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return missing;
}

describe("the web's API contract", () => {
  it("matches the server's OpenAPI document", { timeout: 120_000 }, async () => {
    const generated = await generateApiSchema();
    const committed = fs.existsSync(API_SCHEMA_FILE) ? fs.readFileSync(API_SCHEMA_FILE, "utf8") : "";
    // A route or schema changed without regenerating the web's types.
    expect(
      committed === generated,
      "apps/web/src/app/api-schema.ts 与服务端接口不一致：请运行 npm run api:generate 并提交该文件",
    ).toBe(true);
  });

  it(
    "types every JSON reply: each route declares a response schema (or 204)",
    { timeout: 120_000 },
    async () => {
      const document = await buildOpenApiDocument();
      const paths = document.paths as unknown as Record<string, Record<string, Operation>>;
      expect(Object.keys(paths).length).toBeGreaterThan(50);
      // Each entry: add `response: { 200: schema }` (or `{ 204: noContent }`) to the route.
      expect(routesWithoutResponseSchema(paths)).toEqual([]);
    },
  );

  it("notices a route without a response schema", () => {
    const paths = {
      "/api/things": { get: { responses: { 200: { description: "Default Response" } } } },
      "/api/things/{id}": {
        get: { responses: { 200: { content: { "application/json": { schema: { type: "object" } } } } } },
        delete: { responses: { 204: {} } },
      },
      "/api/things/export.xlsx": { get: { responses: { 200: {} } } },
    };
    expect(routesWithoutResponseSchema(paths)).toEqual(["GET /api/things"]);
  });
});
