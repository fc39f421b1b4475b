import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import type { BenchContext, EngineName } from "../lib/context.ts";
import { login } from "../lib/city.ts";
import { ENGINE_LABELS } from "../lib/context.ts";
import { ms, perSecond } from "../lib/format.ts";
import { freePort } from "../lib/ports.ts";
import { startServer } from "../lib/server-process.ts";
import { createFreshStore } from "../lib/stores.ts";

/**
 * HTTP throughput and p99 latency with autocannon against a server in its own process
 * (the built server as `npm start` runs it, fresh demo data), on each engine:
 * - POST /api/auth/login: argon2id verify + a write transaction (session, audit) per request;
 * - GET /api/auth/me: session lookup only, the path every page load takes;
 * - GET /api/org-units/search?q=区 as a district account: a scoped read.
 * The load generator runs on the same machine and shares its CPUs with the server.
 */

const CONNECTIONS = 50;
const DURATION_S = 10;
const QUICK_DURATION_S = 3;
const WARMUP_S = 1;
/** autocannon's default: a request waiting longer counts as a timeout, not as a latency sample. */
const TIMEOUT_S = 10;
/** DEMO_PASSWORD in apps/server/src/seed/demo-seed.ts. Wrong passwords would lock accounts after 5 tries. */
const DEMO_PASSWORD = "Demo@2019";
/** Demo accounts from the seed; logins rotate through them so no single user row is the bottleneck. */
const DEMO_USERS = [
  "admin",
  "leader",
  "jichu",
  "jiaoshichu",
  "duxue",
  "furong",
  "yuelu",
  "school",
  "teacher",
  "parent",
];
const SEARCH_PATH = `/api/org-units/search?q=${encodeURIComponent("区")}`;
const DRAIN_LIMIT_MS = 60_000;

export async function run(ctx: BenchContext): Promise<void> {
  if (ctx.engines.length === 0) {
    console.log("  无可测引擎，跳过 no engine to measure, skipped");
    return;
  }
  const duration = ctx.quick ? QUICK_DURATION_S : DURATION_S;
  console.log(`  ${CONNECTIONS} 并发连接 connections, 每项 ${duration} s each`);
  for (const engine of ctx.engines) await benchEngine(ctx, engine, duration);
}

async function benchEngine(ctx: BenchContext, engine: EngineName, duration: number): Promise<void> {
  const store = await createFreshStore(engine, ctx.pgAdminUrl);
  try {
    const server = await startServer({ repoRoot: ctx.repoRoot, store, port: await freePort() });
    try {
      console.log(`  ${ENGINE_LABELS[engine]} (${server.url}):`);
      // One correct login per account first: proves the password before 50 connections hammer it.
      const cookies = new Map<string, string>();
      for (const username of DEMO_USERS) cookies.set(username, await login(server.url, username));
      const idleMs = await idleLatency(server.url);

      let next = 0;
      const loginResult = await autocannon({
        url: server.url,
        connections: CONNECTIONS,
        duration,
        timeout: TIMEOUT_S,
        requests: [
          {
            method: "POST",
            path: "/api/auth/login",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({
                username: DEMO_USERS[next++ % DEMO_USERS.length],
                password: DEMO_PASSWORD,
              }),
            }),
          },
        ],
      });
      report(
        ctx,
        engine,
        "登录 login",
        `POST /api/auth/login (${DEMO_USERS.length} 个演示账户轮换 accounts in turn)`,
        loginResult,
      );
      await drain(server.url, idleMs);

      const meCookie = cookies.get("admin") ?? "";
      await warmUp(server.url, "/api/auth/me", meCookie);
      await drain(server.url, idleMs);
      const me = await autocannon({
        url: `${server.url}/api/auth/me`,
        connections: CONNECTIONS,
        duration,
        timeout: TIMEOUT_S,
        headers: { cookie: meCookie },
      });
      report(ctx, engine, "当前用户 me", "GET /api/auth/me (admin, 已登录 signed in)", me);
      await drain(server.url, idleMs);

      const searchCookie = cookies.get("furong") ?? "";
      const items = await searchCount(server.url, searchCookie);
      await warmUp(server.url, SEARCH_PATH, searchCookie);
      await drain(server.url, idleMs);
      const search = await autocannon({
        url: `${server.url}${SEARCH_PATH}`,
        connections: CONNECTIONS,
        duration,
        timeout: TIMEOUT_S,
        headers: { cookie: searchCookie },
      });
      report(
        ctx,
        engine,
        "机构搜索 search",
        `GET /api/org-units/search?q=区 (furong 区县 district, ${items} 条 items)`,
        search,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await store.dispose();
  }
}

async function searchCount(url: string, cookie: string): Promise<number> {
  const response = await fetch(`${url}${SEARCH_PATH}`, { headers: { cookie } });
  const body = await response.text();
  if (!response.ok) throw new Error(`搜索失败 search failed: ${response.status} ${body}`);
  const parsed = JSON.parse(body) as { items?: unknown[] };
  return parsed.items?.length ?? 0;
}

/** Latency of one GET /api/health, which also waits behind any queued database work. */
async function healthLatency(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/api/health`);
  await response.arrayBuffer();
  return performance.now() - started;
}

/** The idle server's health latency (best of a few): the yardstick for `drain`. */
async function idleLatency(url: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) samples.push(await healthLatency(url));
  return Math.min(...samples);
}

/**
 * autocannon stops sending at the end of a run, but the server still works off what it accepted
 * (50 logins are a lot of argon2). Wait until health answers about as fast as when idle, so one
 * run's backlog is not billed to the next.
 */
async function drain(url: string, idleMs: number): Promise<void> {
  const started = performance.now();
  const limit = Math.max(idleMs * 3, idleMs + 50);
  let fast = 0;
  while (fast < 3 && performance.now() - started < DRAIN_LIMIT_MS) {
    fast = (await healthLatency(url)) <= limit ? fast + 1 : 0;
  }
  const waited = performance.now() - started;
  if (waited > 1_000)
    console.log(`    (等待服务处理完积压 waited ${ms(waited)} for the server to drain its backlog)`);
}

/** A short unrecorded run so the JIT and the connection pool are warm before measuring. */
async function warmUp(url: string, path: string, cookie: string): Promise<void> {
  await autocannon({ url: `${url}${path}`, connections: 10, duration: WARMUP_S, headers: { cookie } });
}

function report(
  ctx: BenchContext,
  engine: EngineName,
  name: string,
  what: string,
  result: autocannon.Result,
): void {
  const { requests, latency } = result;
  const problems: string[] = [];
  if (result.non2xx > 0) problems.push(`非 2xx non-2xx ${result.non2xx}${statusBreakdown(result)}`);
  if (result.timeouts > 0)
    problems.push(`超时 timeouts (> ${TIMEOUT_S} s, 不计入延迟 not in latency) ${result.timeouts}`);
  if (result.errors > result.timeouts)
    problems.push(`连接错误 connection errors ${result.errors - result.timeouts}`);
  console.log(
    `    ${name} ${what}: 平均 mean ${perSecond(requests.average)} req/s; 延迟 latency p50 ${ms(latency.p50)}, ` +
      `p99 ${ms(latency.p99)}, max ${ms(latency.max)}; 共 total ${result["2xx"].toLocaleString("en-US")} × 2xx in ${result.duration.toFixed(1)} s` +
      (problems.length > 0 ? `; ⚠ ${problems.join(", ")}` : ""),
  );
  const answered = result["2xx"] > 0;
  ctx.record({ metric: `${name} req/s`, engine, value: perSecond(requests.average) });
  ctx.record({
    metric: `${name} p99`,
    engine,
    value: answered ? ms(latency.p99) : "— (无应答 none answered)",
  });
}

function statusBreakdown(result: autocannon.Result): string {
  const stats = result.statusCodeStats ?? {};
  const parts = Object.entries(stats)
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, { count }]) => `${code}×${count ?? 0}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
