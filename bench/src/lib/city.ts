import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "@edubureau/server/db/database";
import { ms } from "./format.ts";
import { cityStore } from "./city-template.ts";
import type { BenchContext, EngineName } from "./context.ts";
import { ENGINE_LABELS } from "./context.ts";
import type { FreshStore } from "./stores.ts";

const DEMO_PASSWORD = "Demo@2019";
const SESSION_COOKIE = "eb_sid";

/**
 * The bench's own handle on a store: the embedded engine in this thread, so seeding the city and timing a
 * query measure the engine itself, not the worker thread's socket round trips (servers the bench starts
 * run the embedded engine as `npm start` does, in its worker thread).
 */
export async function openStore(store: FreshStore): Promise<Database> {
  const { openDatabase } = await import("@edubureau/server/db/open-database");
  return openDatabase({
    databaseUrl: store.databaseUrl,
    pgliteDir: store.pgliteDir,
    pgliteMode: "inprocess",
  });
}

/** The other engineers' generator, as `npm run seed -- --scale city` writes it. */
export async function seedCity(store: FreshStore, label: string): Promise<void> {
  const [{ migrate }, { seedSyntheticCity }, { createPasswordHasher }] = await Promise.all([
    import("@edubureau/server/db/migrate"),
    import("@edubureau/server/seed/synthetic-city-seed"),
    import("@edubureau/server/modules/auth/password-hash"),
  ]);
  const database = await openStore(store);
  try {
    const started = performance.now();
    await migrate(database);
    const result = await seedSyntheticCity(database, {
      scale: "city",
      hasher: createPasswordHasher(),
      production: false,
      now: new Date(),
    });
    // Planner statistics for the fresh tables, as autovacuum would gather them on PostgreSQL.
    await database.db.execute(sql`analyze`);
    const [row = {}] = await queryRows<Record<string, number>>(
      database.db,
      sql`select
        (select count(*) from institutions)::int as institutions,
        (select count(*) from school_classes where school_year = '2019-2020')::int as classes,
        (select coalesce(sum(students), 0) from school_classes where school_year = '2019-2020')::int as students,
        (select count(*) from org_units where kind = 'street')::int as streets,
        (select count(*) from org_units where kind = 'community')::int as communities,
        (select count(*) from org_units)::int as units`,
    );
    console.log(
      `  ${label}: 全市合成数据 city-scale synthetic data ${ms(performance.now() - started)} ` +
        `(${result.seeded ? "已载入 seeded" : "已存在 already there"}): 机构 institutions ${fmt(row.institutions)}, ` +
        `2019-2020 班级 classes ${fmt(row.classes)} / 学生 students ${fmt(row.students)}, ` +
        `街道 streets ${fmt(row.streets)}, 社区 communities ${fmt(row.communities)}, 机构单位合计 org units ${fmt(row.units)}`,
    );
  } finally {
    await database.close();
  }
}

/** A fresh copy of the city-scale data for one engine (seeded once per code version; see city-template.ts). */
export async function seededCity(ctx: BenchContext, engine: EngineName): Promise<FreshStore> {
  return cityStore({
    engine,
    pgAdminUrl: ctx.pgAdminUrl,
    repoRoot: ctx.repoRoot,
    seed: (store) => seedCity(store, ENGINE_LABELS[engine]),
  });
}

const fmt = (n: number | undefined) => (n ?? 0).toLocaleString("en-US");

/** Signs a demo account in and returns its session cookie for autocannon. */
export async function login(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`登录失败 login failed for ${username}: ${response.status} ${body}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`登录未返回会话 no session cookie for ${username}`);
  return cookie;
}

/** A signed-in account that can also write (the session's CSRF token beside its cookie). */
export async function signIn(url: string, username: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`登录失败 login failed for ${username}: ${response.status} ${text}`);
  const cookie = (response.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  const { csrfToken } = JSON.parse(text) as { csrfToken: string };
  return {
    cookie,
    csrf: csrfToken,
    async send<T = unknown>(method: string, path: string, body: unknown): Promise<T> {
      const r = await fetch(`${url}${path}`, {
        method,
        headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!r.ok) throw new Error(`${method} ${path} → ${r.status}: ${await r.text()}`);
      return (await r.json()) as T;
    },
  };
}

/** One request before measuring, so a broken route fails loudly instead of timing 4xx answers. */
export async function checkOk(url: string, apiPath: string, cookie: string): Promise<void> {
  const response = await fetch(`${url}${apiPath}`, { headers: { cookie } });
  const body = await response.text();
  if (!response.ok) throw new Error(`${apiPath} → ${response.status}: ${body}`);
}
