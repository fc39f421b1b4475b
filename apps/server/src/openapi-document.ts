import type { OpenAPIV3 } from "openapi-types";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import type { Database, Db } from "./db/database.ts";
import { memoryAttachmentStore } from "./modules/work-plan/attachment-store.ts";

/** Building the routes reads no rows; a query here means a service does I/O at construction. */
const noDatabase = new Proxy(
  {},
  {
    get(_target, property) {
      // Not a thenable: `await db` must not look like a query.
      if (property === "then") return undefined;
      return () => {
        throw new Error(`生成接口文档时不应访问数据库（db.${String(property)}）`);
      };
    },
  },
) as Db;

/**
 * The OpenAPI document the server serves at /api/docs/json, built in-process from the zod route
 * schemas: no port is opened and no database is needed. The web's typed client is generated from it.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIV3.Document> {
  const database: Database = { engine: "pglite", db: noDatabase, close: async () => undefined };
  const app = await buildApp({
    database,
    config: { ...loadConfig({}), webDistDir: undefined },
    attachmentStore: memoryAttachmentStore(),
  });
  try {
    await app.ready();
    return app.swagger() as OpenAPIV3.Document;
  } finally {
    await app.close();
  }
}
