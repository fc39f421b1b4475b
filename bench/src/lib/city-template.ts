import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { EngineName } from "./context.ts";
import { ms } from "./format.ts";
import { CHECKOUT_TAG, createFreshStore, likePrefix, type FreshStore } from "./stores.ts";

/**
 * Seeding the full synthetic city (registry, 1.5 million pupils with health records, 90,000 teachers
 * with their training credits, the work plan) takes minutes; every suite wants the same data. The first
 * suite to ask seeds a template — a PostgreSQL database `eb_bench_city_<fingerprint>` or a PGlite data
 * directory under the temp dir — and every suite then gets a fresh copy of it. The fingerprint covers
 * the migrations, the generator, the seeders and the shipped plan, so a change to any of them builds a
 * new template; this checkout's templates of other fingerprints are removed (names carry the checkout's
 * tag, see stores.ts, so other checkouts' templates are never dropped).
 *
 * New migrations alone do not seed the city again: a template whose fingerprint matches the code with its
 * last migrations left out is copied, migrated forward and kept as the new template (minutes → seconds).
 */

const SOURCES = ["apps/server/src/db/migrations", "apps/server/src/seed", "tools/synthetic-city", "plans"];
/** This checkout's templates only: another checkout's (other tag) are never touched. */
const PREFIX = `eb_bench_city_${CHECKOUT_TAG}_`;

/** How many of the newest migrations a template may lack and still be brought forward. */
const MIGRATIONS_BEHIND = 5;

/**
 * The fingerprint of the code's seeding inputs, counting only the first `migrationCount` migrations
 * (all of them by default): the fingerprint the code had before its newest migrations were added.
 */
function fingerprint(repoRoot: string, migrationCount = Number.POSITIVE_INFINITY): string {
  const hash = createHash("sha256");
  const migrationsDir = path.join(repoRoot, SOURCES[0] ?? "");
  const walk = (dir: string) => {
    let entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    if (dir === migrationsDir) entries = entries.slice(0, migrationCount);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.includes(".test.")) hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  for (const source of SOURCES) walk(path.join(repoRoot, source));
  // Module seeders that live beside their module (…/modules/<feature>/*seed*.ts).
  const modules = path.join(repoRoot, "apps/server/src/modules");
  for (const feature of fs.readdirSync(modules).sort()) {
    for (const file of fs
      .readdirSync(path.join(modules, feature))
      .filter((f) => f.includes("seed"))
      .sort()) {
      hash.update(file).update(fs.readFileSync(path.join(modules, feature, file)));
    }
  }
  return hash.digest("hex").slice(0, 12);
}

/** Fingerprints of this code with its 1…MIGRATIONS_BEHIND newest migrations left out, newest first. */
function olderFingerprints(repoRoot: string): string[] {
  const count = fs.readdirSync(path.join(repoRoot, SOURCES[0] ?? "")).length;
  return Array.from({ length: Math.min(MIGRATIONS_BEHIND, count - 1) }, (_, i) =>
    fingerprint(repoRoot, count - 1 - i),
  );
}

/** Applies the code's migrations to a copied template (the bench's own handle, see city.ts). */
async function migrateForward(store: FreshStore): Promise<number> {
  const [{ migrate }, { openStore }] = await Promise.all([
    import("@edubureau/server/db/migrate"),
    import("./city.ts"),
  ]);
  const database = await openStore(store);
  try {
    return await migrate(database);
  } finally {
    await database.close();
  }
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface CityTemplateOptions {
  engine: EngineName;
  pgAdminUrl: string;
  repoRoot: string;
  /** Seeds an empty store at city scale (migrations included). */
  seed: (store: FreshStore) => Promise<void>;
}

/** A fresh store holding the city-scale synthetic data, copied from the template (built if missing). */
export async function cityStore(options: CityTemplateOptions): Promise<FreshStore> {
  const print = fingerprint(options.repoRoot);
  return options.engine === "postgresql" ? postgresCopy(options, print) : pgliteCopy(options, print);
}

async function postgresCopy(options: CityTemplateOptions, print: string): Promise<FreshStore> {
  const template = `${PREFIX}${print}`;
  const existing = await withAdmin(options.pgAdminUrl, async (client) =>
    (
      await client.query<{ datname: string }>("select datname from pg_database where datname like $1", [
        likePrefix(PREFIX),
      ])
    ).rows.map((r) => r.datname),
  );
  const older = existing.includes(template)
    ? undefined
    : olderFingerprints(options.repoRoot)
        .map((f) => `${PREFIX}${f}`)
        .find((name) => existing.includes(name));
  for (const stale of existing.filter(
    (name) => name !== template && name !== older && name.startsWith(PREFIX),
  )) {
    await withAdmin(options.pgAdminUrl, (c) => c.query(`drop database if exists ${stale} with (force)`));
  }
  if (!existing.includes(template)) {
    const building = `${template}_building`;
    await withAdmin(options.pgAdminUrl, async (c) => {
      await c.query(`drop database if exists ${building} with (force)`);
      await c.query(older ? `create database ${building} template ${older}` : `create database ${building}`);
    });
    const url = new URL(options.pgAdminUrl);
    url.pathname = `/${building}`;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}tpl_`));
    const store: FreshStore = {
      engine: "postgresql",
      dataDir,
      databaseUrl: url.toString(),
      pgliteDir: path.join(dataDir, "db"),
      env: {},
      dispose: async () => {},
    };
    try {
      if (older) {
        const started = performance.now();
        await migrateForward(store);
        console.log(
          `  PostgreSQL: 全市数据模板迁移至新版本 city template migrated forward in ${ms(performance.now() - started)}`,
        );
      } else await options.seed(store);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    await withAdmin(options.pgAdminUrl, async (c) => {
      await c.query(`alter database ${building} rename to ${template}`);
      if (older) await c.query(`drop database if exists ${older} with (force)`);
    });
  } else {
    console.log(`  PostgreSQL: 复用全市合成数据模板 reusing city template ${template}`);
  }
  const store = await createFreshStore("postgresql", options.pgAdminUrl);
  const name = new URL(store.databaseUrl ?? "").pathname.slice(1);
  await withAdmin(options.pgAdminUrl, async (c) => {
    await c.query(`drop database ${name}`);
    await c.query(`create database ${name} template ${template}`);
  });
  return store;
}

async function pgliteCopy(options: CityTemplateOptions, print: string): Promise<FreshStore> {
  const root = os.tmpdir();
  const template = path.join(root, `${PREFIX}${print}`);
  const isReady = (dir: string) => fs.existsSync(path.join(dir, "ready"));
  const older = isReady(template)
    ? undefined
    : olderFingerprints(options.repoRoot)
        .map((f) => path.join(root, `${PREFIX}${f}`))
        .find(isReady);
  for (const stale of fs
    .readdirSync(root)
    .map((n) => path.join(root, n))
    .filter((dir) => path.basename(dir).startsWith(PREFIX) && dir !== template && dir !== older)) {
    fs.rmSync(stale, { recursive: true, force: true });
  }
  if (!isReady(template)) {
    fs.rmSync(template, { recursive: true, force: true });
    fs.mkdirSync(template, { recursive: true });
    const store: FreshStore = {
      engine: "pglite",
      dataDir: template,
      databaseUrl: undefined,
      pgliteDir: path.join(template, "db"),
      env: {},
      dispose: async () => {},
    };
    if (older) {
      const started = performance.now();
      fs.cpSync(path.join(older, "db"), store.pgliteDir, { recursive: true });
      await migrateForward(store);
      fs.rmSync(older, { recursive: true, force: true });
      console.log(
        `  PGlite: 全市数据模板迁移至新版本 city template migrated forward in ${ms(performance.now() - started)}`,
      );
    } else await options.seed(store);
    fs.writeFileSync(path.join(template, "ready"), new Date().toISOString());
  } else {
    console.log(`  PGlite: 复用全市合成数据模板 reusing city template ${template}`);
  }
  const store = await createFreshStore("pglite", options.pgAdminUrl);
  fs.cpSync(path.join(template, "db"), store.pgliteDir, { recursive: true });
  return store;
}
