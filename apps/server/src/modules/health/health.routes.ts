import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "../../db/database.ts";

const healthResponse = z.object({
  status: z.literal("ok"),
  engine: z.enum(["pglite", "postgresql"]),
  migrationVersion: z.number().int(),
  /** Shown on the login page before anyone signs in, e.g. 长沙市教育局. */
  bureauName: z.string().nullable(),
});

/**
 * One small query: the migration version proves the database answers, and the city's name is shown on
 * the login page before anyone signs in (e.g. 长沙市教育局).
 */
async function status(database: Database): Promise<{ version: number; city: string | null }> {
  const [row] = await queryRows<{ version: number | null; city: string | null }>(
    database.db,
    sql`select (select max(version) from schema_migrations) as version,
      (select name from org_units where kind = 'city' order by depth limit 1) as city`,
  );
  return { version: row?.version ?? 0, city: row?.city ?? null };
}

/** How long the embedded engine's answer is reused while its thread answers pings. */
const STATUS_TTL_MS = 30_000;

/**
 * On the embedded engine in its worker thread, a long write transaction (an import's) holds the one session:
 * the health check then asks the engine's thread whether it is alive and reuses the last answer (refreshed in
 * the background), instead of queuing behind the import.
 */
function statusOf(database: Database): () => Promise<{ version: number; city: string | null }> {
  if (!database.ping) return () => status(database);
  let last: { at: number; value: { version: number; city: string | null } } | undefined;
  let refreshing: Promise<{ version: number; city: string | null }> | undefined;
  const refresh = () =>
    (refreshing ??= status(database)
      .then((value) => ((last = { at: Date.now(), value }), value))
      .finally(() => (refreshing = undefined)));
  return async () => {
    if (!last) return refresh();
    if (Date.now() - last.at > STATUS_TTL_MS) void refresh().catch(() => undefined);
    await database.ping?.();
    return last.value;
  };
}

export function healthRoutes(database: Database, bureauName?: string): FastifyPluginAsyncZod {
  const current = statusOf(database);
  return async (app) => {
    app.get("/", { schema: { tags: ["系统"], response: { 200: healthResponse } } }, async () => {
      const { version, city } = await current();
      return {
        status: "ok" as const,
        engine: database.engine,
        migrationVersion: version,
        bureauName: bureauName ?? (city === null ? null : `${city}教育局`),
      };
    });
  };
}
