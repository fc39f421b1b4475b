import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "../../db/database.ts";
import { currentMigrationVersion } from "../../db/migrate.ts";

const healthResponse = z.object({
  status: z.literal("ok"),
  engine: z.enum(["pglite", "postgresql"]),
  migrationVersion: z.number().int(),
  /** Shown on the login page before anyone signs in, e.g. 长沙市教育局. */
  bureauName: z.string().nullable(),
});

async function bureauName(database: Database): Promise<string | null> {
  const rows = await queryRows<{ name: string }>(
    database.db,
    sql`select name from org_units where kind = 'city' order by depth limit 1`,
  );
  return rows[0] ? `${rows[0].name}教育局` : null;
}

export function healthRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/", { schema: { tags: ["系统"], response: { 200: healthResponse } } }, async () => ({
      status: "ok" as const,
      engine: database.engine,
      migrationVersion: await currentMigrationVersion(database),
      bureauName: await bureauName(database),
    }));
  };
}
