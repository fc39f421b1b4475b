import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "@edubureau/server/db/database";
import type { BenchContext, EngineName } from "./context.ts";
import { openStore } from "./city.ts";
import { createFreshStore, pgAdminUrlFromEnv, pgUnreachableReason, type FreshStore } from "./stores.ts";

/**
 * The start every suite shares: the runner's context (or, for a bare `run()`, every reachable engine), a note
 * when no engine can be measured, then one measurement per engine — in the order given by `order`, if any.
 */
export async function runPerEngine(
  ctx: BenchContext | undefined,
  benchEngine: (ctx: BenchContext, engine: EngineName) => Promise<void>,
  order?: (a: EngineName, b: EngineName) => number,
): Promise<void> {
  const context = ctx ?? (await defaultContext());
  if (context.engines.length === 0) {
    console.log("  无可测引擎，跳过 no engine to measure, skipped");
    return;
  }
  const engines = order ? [...context.engines].sort(order) : context.engines;
  for (const engine of engines) await benchEngine(context, engine);
}

async function defaultContext(): Promise<BenchContext> {
  const pgAdminUrl = pgAdminUrlFromEnv();
  const pgReachable = (await pgUnreachableReason(pgAdminUrl)) === null;
  return {
    engines: pgReachable ? ["pglite", "postgresql"] : ["pglite"],
    pgAdminUrl,
    quick: false,
    repoRoot: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.."),
    record: (row) => console.log(`  ${row.metric} ${row.engine ?? ""}: ${row.value}`),
  };
}

/** Opens a store for `work`, then closes it and drops the store (a fresh one, or a copy of the city). */
export async function withStore<T>(store: FreshStore, work: (database: Database) => Promise<T>): Promise<T> {
  try {
    const database = await openStore(store);
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  } finally {
    await store.dispose();
  }
}

/** A fresh, empty database for one engine, for a suite that seeds its own data. */
export async function withFreshDatabase<T>(
  ctx: BenchContext,
  engine: EngineName,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  return withStore(await createFreshStore(engine, ctx.pgAdminUrl), work);
}
