import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { EngineName } from "./context.ts";
import { CHECKOUT_TAG, createFreshStore, likePrefix, type FreshStore } from "./stores.ts";

/**
 * Seeding the full synthetic city (registry, 1.5 million pupils with health records, 90,000 teachers
 * with their training credits, the work plan) takes minutes; every suite wants the same data. The first
 * suite to ask seeds a template — a PostgreSQL database `eb_bench_city_<fingerprint>` or a PGlite data
 * directory under the temp dir — and every suite then gets a fresh copy of it. The fingerprint covers
 * the migrations, the generator, the seeders and the shipped plan, so a change to any of them builds a
 * new template; this checkout's templates of other fingerprints are removed (names carry the checkout's
 * tag, see stores.ts, so other checkouts' templates are never dropped).
 */

const SOURCES = ["apps/server/src/db/migrations", "apps/server/src/seed", "tools/synthetic-city", "plans"];
/** This checkout's templates only: another checkout's (other tag) are never touched. */
const PREFIX = `eb_bench_city_${CHECKOUT_TAG}_`;

function fingerprint(repoRoot: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
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
  for (const stale of existing.filter((name) => name !== template && name.startsWith(PREFIX))) {
    await withAdmin(options.pgAdminUrl, (c) => c.query(`drop database if exists ${stale} with (force)`));
  }
  if (!existing.includes(template)) {
    const building = `${template}_building`;
    await withAdmin(options.pgAdminUrl, async (c) => {
      await c.query(`drop database if exists ${building} with (force)`);
      await c.query(`create database ${building}`);
    });
    const url = new URL(options.pgAdminUrl);
    url.pathname = `/${building}`;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}tpl_`));
    try {
      await options.seed({
        engine: "postgresql",
        dataDir,
        databaseUrl: url.toString(),
        pgliteDir: path.join(dataDir, "db"),
        env: {},
        dispose: async () => {},
      });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    await withAdmin(options.pgAdminUrl, (c) => c.query(`alter database ${building} rename to ${template}`));
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
  for (const stale of fs
    .readdirSync(root)
    .filter((n) => n.startsWith(PREFIX) && path.join(root, n) !== template)) {
    fs.rmSync(path.join(root, stale), { recursive: true, force: true });
  }
  if (!fs.existsSync(path.join(template, "ready"))) {
    fs.rmSync(template, { recursive: true, force: true });
    fs.mkdirSync(template, { recursive: true });
    await options.seed({
      engine: "pglite",
      dataDir: template,
      databaseUrl: undefined,
      pgliteDir: path.join(template, "db"),
      env: {},
      dispose: async () => {},
    });
    fs.writeFileSync(path.join(template, "ready"), new Date().toISOString());
  } else {
    console.log(`  PGlite: 复用全市合成数据模板 reusing city template ${template}`);
  }
  const store = await createFreshStore("pglite", options.pgAdminUrl);
  fs.cpSync(path.join(template, "db"), store.pgliteDir, { recursive: true });
  return store;
}
