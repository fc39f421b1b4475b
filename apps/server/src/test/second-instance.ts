import type { FastifyInstance } from "fastify";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/database.ts";
import { openAppDatabase } from "../db/open-app-database.ts";
import { createPasswordHasher, TEST_HASH_PARAMS } from "../modules/auth/password-hash.ts";
import type { TestApp } from "./test-app.ts";

export interface SecondInstance {
  app: FastifyInstance;
  database: Database;
  /** Where it listens on 127.0.0.1. */
  url: string;
  close(): Promise<void>;
}

/**
 * A second app instance on the test app's database, listening on a free port. PostgreSQL: its own pool and
 * LISTEN connection, as another process has. Embedded: the same engine (one process).
 */
export async function startSecondInstance(a: TestApp): Promise<SecondInstance> {
  const owner = (a.database as { ownerUrl?: string }).ownerUrl;
  const database = owner ? (await openAppDatabase({ databaseUrl: owner, poolSize: 2 })).database : a.database;
  const app = await buildApp({
    database,
    config: { ...loadConfig({}), webDistDir: undefined, loginRatePerMinute: 10_000 },
    clock: a.clock,
    passwordHasher: createPasswordHasher(TEST_HASH_PARAMS),
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    app,
    database,
    url,
    async close() {
      await app.close();
      if (database !== a.database) await database.close();
    },
  };
}
