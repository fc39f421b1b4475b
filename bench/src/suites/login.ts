import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import type { BenchContext, EngineName } from "../lib/context.ts";
import { login } from "../lib/city.ts";
import { ENGINE_LABELS } from "../lib/context.ts";
import { ms, perSecond } from "../lib/format.ts";
import { freePort } from "../lib/ports.ts";
import { startServer } from "../lib/server-process.ts";
import { startBareFastify } from "../lib/bare-fastify.ts";
import { seededCity } from "../lib/city.ts";
import { createFreshStore } from "../lib/stores.ts";

/**
 * HTTP throughput and p99 latency with autocannon against a server in its own process
 * (the built server as `npm start` runs it), on each engine, each beside bare Fastify 5 (hello-world JSON,
 * measured in the same run) so the ratios mean something on whatever machine runs them:
 * - GET /api/health: no session, one small query;
 * - POST /api/auth/login: argon2id verify + a write transaction (session, audit) per request;
 * - GET /api/auth/me: session lookup only, the path every page load takes;
 * - GET /api/institutions (20 per page, the whole city as a leader);
 * - GET /api/org-units/search?q=区 as a district account: a scoped read with ancestor names.
 * Data: fresh demo data, or the city-scale synthetic city with BENCH_API_SCALE=city (seeded once per code
 * version, see lib/city-template.ts). The load generator runs on the same machine and shares its CPUs.
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
const INSTITUTIONS_PATH = "/api/institutions?page=1&pageSize=20";
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

const cityScale = () => process.env.BENCH_API_SCALE === "city";
/** The server inherits EDUBUREAU_PGLITE_MODE: `inprocess` measures the embedded engine on the event loop. */
const pgliteMode = () =>
  process.env.EDUBUREAU_PGLITE_MODE === "inprocess" ? "事件循环内 in-process" : "工作线程 worker thread";

async function benchEngine(ctx: BenchContext, engine: EngineName, duration: number): Promise<void> {
  const bare = await bareFastify(ctx, engine, duration);
  const store = cityScale() ? await seededCity(ctx, engine) : await createFreshStore(engine, ctx.pgAdminUrl);
  try {
    const server = await startServer({ repoRoot: ctx.repoRoot, store, port: await freePort() });
    try {
      console.log(
        `  ${ENGINE_LABELS[engine]}${engine === "pglite" ? ` [${pgliteMode()}]` : ""} (${server.url}, ${cityScale() ? "全市数据 city scale" : "演示数据 demo data"}):`,
      );
      const measure = async (name: string, what: string, apiPath: string, cookie?: string) => {
        await warmUp(server.url, apiPath, cookie);
        await drain(server.url, idleMs);
        const result = await autocannon({
          url: `${server.url}${apiPath}`,
          connections: CONNECTIONS,
          duration,
          timeout: TIMEOUT_S,
          ...(cookie ? { headers: { cookie } } : {}),
        });
        report(ctx, engine, name, what, result, bare);
        await drain(server.url, idleMs);
      };
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
        bare,
      );
      await drain(server.url, idleMs);

      await measure("健康检查 health", "GET /api/health (无会话 no session)", "/api/health");
      await measure(
        "当前用户 me",
        "GET /api/auth/me (admin, 已登录 signed in)",
        "/api/auth/me",
        cookies.get("admin"),
      );
      const leader = cookies.get("leader") ?? "";
      const total = await listTotal(server.url, INSTITUTIONS_PATH, leader);
      await measure(
        "机构列表 institutions",
        `GET ${INSTITUTIONS_PATH} (leader 全市 whole city, 共 ${total} 所 institutions)`,
        INSTITUTIONS_PATH,
        leader,
      );
      const searchCookie = cookies.get("furong") ?? "";
      const items = await searchCount(server.url, searchCookie);
      await measure(
        "机构搜索 search",
        `GET /api/org-units/search?q=区 (furong 区县 district, ${items} 条 items)`,
        SEARCH_PATH,
        searchCookie,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await store.dispose();
  }
}

/** Bare Fastify's req/s in this run, the denominator of every ratio printed for this engine. */
async function bareFastify(ctx: BenchContext, engine: EngineName, duration: number): Promise<number> {
  const bare = await startBareFastify(ctx.repoRoot, await freePort());
  try {
    await warmUp(bare.url, "/", undefined);
    const result = await autocannon({
      url: bare.url,
      connections: CONNECTIONS,
      duration,
      timeout: TIMEOUT_S,
    });
    const { requests, latency } = result;
    console.log(
      `  裸 Fastify 5 基线 bare Fastify 5 hello (${ENGINE_LABELS[engine]} 之前 before): 平均 mean ${perSecond(requests.average)} req/s; ` +
        `p99 ${ms(latency.p99)}`,
    );
    ctx.record({ metric: "裸 Fastify bare Fastify req/s", engine, value: perSecond(requests.average) });
    ctx.record({ metric: "裸 Fastify bare Fastify p99", engine, value: ms(latency.p99) });
    return requests.average;
  } finally {
    await bare.stop();
  }
}

async function listTotal(url: string, apiPath: string, cookie: string): Promise<number> {
  const response = await fetch(`${url}${apiPath}`, { headers: { cookie } });
  const body = await response.text();
  if (!response.ok) throw new Error(`${apiPath} → ${response.status}: ${body}`);
  return (JSON.parse(body) as { total?: number }).total ?? 0;
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
async function warmUp(url: string, path: string, cookie: string | undefined): Promise<void> {
  await autocannon({
    url: `${url}${path}`,
    connections: 10,
    duration: WARMUP_S,
    ...(cookie ? { headers: { cookie } } : {}),
  });
}

function report(
  ctx: BenchContext,
  engine: EngineName,
  name: string,
  what: string,
  result: autocannon.Result,
  bareRps: number,
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
  const ratio = bareRps > 0 ? `${(requests.average / bareRps).toFixed(3)}×` : "—";
  console.log(`      相对裸 Fastify relative to bare Fastify: ${ratio}`);
  ctx.record({ metric: `${name} req/s`, engine, value: perSecond(requests.average) });
  ctx.record({
    metric: `${name} / 裸 Fastify bare Fastify`,
    engine,
    value: ratio,
    ...(name.startsWith("当前用户") || name.startsWith("机构列表") ? { target: "≥ 0.25× (PostgreSQL)" } : {}),
  });
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
