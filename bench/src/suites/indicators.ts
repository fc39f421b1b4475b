import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import {
  findIndicator,
  APPROVED_ONLY,
  parsePeriod,
  resolveIndicator,
  type ResolvedIndicator,
} from "@edubureau/domain/indicators";
import { queryRows } from "@edubureau/server/db/database";
import type { BenchContext, EngineName } from "../lib/context.ts";
import { runPerEngine } from "../lib/suite.ts";
import { median, ms, perSecond } from "../lib/format.ts";
import { freePort } from "../lib/ports.ts";
import { startServer } from "../lib/server-process.ts";
import { checkOk as check, login, openStore, seededCity } from "../lib/city.ts";
import type { FreshStore } from "../lib/stores.ts";

/**
 * The indicator engine on the synthetic city at full scale (`npm run seed -- --scale city`: ~3,700
 * institutions, ~37,000 classes and ~1.5 million pupils a school year, 166 streets, ~1,580 communities):
 * 1. one indicator evaluated for every org unit of the city in one query (in-process, median of 5), for
 *    大班额比例 and 社区学习中心覆盖率;
 * 2. the explorer's API (GET …/breakdown and …/evaluate for the city) with autocannon at 50 connections,
 *    against a server in its own process. Figures only; targets are printed for reference.
 */

const RUNS = 5;
const CONNECTIONS = 50;
const DURATION_S = 10;
const QUICK_DURATION_S = 3;
const WARMUP_S = 1;
const TARGET_ALL_UNITS: Record<EngineName, string> = { postgresql: "≤ 300 ms", pglite: "≤ 1.5 s" };

const CASES = [
  { code: "large_class_ratio", label: "大班额比例 large-class ratio", period: "2019-2020" },
  { code: "community_learning_centre_coverage", label: "社区学习中心覆盖率 CLC coverage", period: "2019" },
] as const;

const API_PATHS = [
  {
    label: "指标下钻 breakdown",
    path: "/api/indicators/large_class_ratio/breakdown?period=2019-2020",
    what: "GET /api/indicators/large_class_ratio/breakdown (全市 city → 9 区县 districts)",
  },
  {
    label: "指标取值 evaluate",
    path: "/api/indicators/community_learning_centre_coverage/evaluate?period=2019",
    what: "GET /api/indicators/community_learning_centre_coverage/evaluate (全市 city)",
  },
] as const;

/** Runs from `npm run bench` get the runner's context; a bare `run()` measures every reachable engine. */
export async function run(ctx?: BenchContext): Promise<void> {
  await runPerEngine(ctx, benchEngine);
}

async function benchEngine(ctx: BenchContext, engine: EngineName): Promise<void> {
  const store = await seededCity(ctx, engine);
  try {
    await timeAllUnits(ctx, store, engine);
    await apiThroughput(ctx, store, engine);
  } finally {
    await store.dispose();
  }
}

const fmt = (n: number | undefined) => (n ?? 0).toLocaleString("en-US");

function resolved(code: string): ResolvedIndicator {
  const definition = findIndicator(code);
  if (!definition) throw new Error(`unknown indicator ${code}`);
  const result = resolveIndicator(definition, {});
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result.indicator;
}

async function timeAllUnits(ctx: BenchContext, store: FreshStore, engine: EngineName): Promise<void> {
  const { sumsForAllUnits } = await import("@edubureau/server/modules/indicators/indicators.queries");
  const database = await openStore(store);
  try {
    const [root] = await queryRows<{ id: string; path: string }>(
      database.db,
      sql`select id, path from org_units where parent_id is null`,
    );
    if (!root) throw new Error("no city root");
    for (const item of CASES) {
      const indicator = resolved(item.code);
      const period = parsePeriod(item.period);
      if (!period) throw new Error(`bad period ${item.period}`);
      const options = { period, basis: APPROVED_ONLY, scopePath: root.path };
      await sumsForAllUnits(database.db, indicator, options); // warm-up: caches and plans
      const times: number[] = [];
      let units = 0;
      let city = { numerator: 0, denominator: 0 };
      for (let i = 0; i < (ctx.quick ? 3 : RUNS); i++) {
        const started = performance.now();
        const rows = await sumsForAllUnits(database.db, indicator, options);
        times.push(performance.now() - started);
        units = rows.length;
        city = rows.find((r) => r.orgUnitId === root.id) ?? city;
      }
      const value =
        city.denominator === 0 ? "—" : `${((100 * city.numerator) / city.denominator).toFixed(2)}%`;
      console.log(
        `    ${item.label} ${item.period}, 全市每个单位 every org unit (${fmt(units)}): 中位 median ${ms(median(times))} ` +
          `(min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}); 全市 city ${value} = ${fmt(city.numerator)}/${fmt(city.denominator)}`,
      );
      ctx.record({
        metric: `${item.label} 全部单位 all units`,
        engine,
        value: ms(median(times)),
        target: TARGET_ALL_UNITS[engine],
      });
    }
  } finally {
    await database.close();
  }
}

async function apiThroughput(ctx: BenchContext, store: FreshStore, engine: EngineName): Promise<void> {
  const server = await startServer({ repoRoot: ctx.repoRoot, store, port: await freePort() });
  try {
    const cookie = await login(server.url, "leader");
    const duration = ctx.quick ? QUICK_DURATION_S : DURATION_S;
    console.log(`    ${CONNECTIONS} 并发连接 connections, 每项 ${duration} s each (${server.url}):`);
    for (const api of API_PATHS) {
      await check(server.url, api.path, cookie);
      await autocannon({
        url: `${server.url}${api.path}`,
        connections: 10,
        duration: WARMUP_S,
        headers: { cookie },
      });
      const result = await autocannon({
        url: `${server.url}${api.path}`,
        connections: CONNECTIONS,
        duration,
        headers: { cookie },
      });
      const problems =
        result.non2xx > 0 || result.errors > 0
          ? `; ⚠ 非 2xx non-2xx ${result.non2xx}, 错误 errors ${result.errors} (timeouts ${result.timeouts})`
          : "";
      console.log(
        `      ${api.label} ${api.what}: 平均 mean ${perSecond(result.requests.average)} req/s; ` +
          `延迟 latency p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}; ` +
          `共 total ${fmt(result["2xx"])} × 2xx${problems}`,
      );
      ctx.record({ metric: `${api.label} req/s`, engine, value: perSecond(result.requests.average) });
      ctx.record({ metric: `${api.label} p99`, engine, value: ms(result.latency.p99) });
    }
  } finally {
    await server.stop();
  }
}
