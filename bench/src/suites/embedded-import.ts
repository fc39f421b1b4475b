import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import {
  INSTITUTION_COLUMNS,
  INSTITUTION_SHEET_NAME,
  INSTITUTION_TEMPLATE_VERSION,
  TEMPLATE_INFO_SHEET_NAME,
  TEMPLATE_VERSION_LABEL,
  type InstitutionColumnKey,
  type SheetCell,
} from "@edubureau/domain/registry";
import type { BenchContext } from "../lib/context.ts";
import { signIn } from "../lib/city.ts";
import { ms } from "../lib/format.ts";
import { freePort } from "../lib/ports.ts";
import { sleep, startServer } from "../lib/server-process.ts";
import { createFreshStore } from "../lib/stores.ts";

/**
 * Issue 14 item 5: is the server still answering while the embedded engine works through a large import?
 * A built server on fresh demo data, once with PGlite on the event loop (EDUBUREAU_PGLITE_MODE=inprocess,
 * the old way) and once in its worker thread (the default), is sent a 50,000-row 机构名录 workbook through
 * POST /api/institutions/import. Until the job ends, GET /api/health (one small query, so it also waits for
 * the engine) and an unauthenticated GET /api/auth/me (401 without touching the database: the event loop
 * alone) are each sampled every 20 ms; their p50/p99/max are printed per mode.
 */

const ROWS = 50_000;
const QUICK_ROWS = 5_000;
const SAMPLE_MS = 20;
const MODES = ["inprocess", "worker"] as const;

export async function run(ctx: BenchContext): Promise<void> {
  if (!ctx.engines.includes("pglite")) {
    console.log("  仅测嵌入式引擎 embedded engine only: 未选 not selected, skipped");
    return;
  }
  const rows = ctx.quick ? QUICK_ROWS : ROWS;
  const started = performance.now();
  // Generating 50,000 rows takes exceljs a minute or two; the file is kept for the next run.
  const cached = path.join(
    os.tmpdir(),
    `eb-bench-institutions-${rows}-v${INSTITUTION_TEMPLATE_VERSION}.xlsx`,
  );
  const file = fs.existsSync(cached) ? fs.readFileSync(cached) : await workbook(rows);
  fs.writeFileSync(cached, file);
  console.log(
    `  生成 generated ${rows} 行 rows xlsx (${(file.length / 1024 / 1024).toFixed(1)} MB) in ${ms(performance.now() - started)}`,
  );
  for (const mode of MODES) await benchMode(ctx, mode, file, rows);
}

async function benchMode(ctx: BenchContext, mode: (typeof MODES)[number], file: Buffer, rows: number) {
  const store = await createFreshStore("pglite", ctx.pgAdminUrl);
  try {
    const server = await startServer({
      repoRoot: ctx.repoRoot,
      store,
      port: await freePort(),
      env: { EDUBUREAU_PGLITE_MODE: mode },
      // A fresh data folder: initdb, migrations and the demo seed first (minutes on a busy shared machine).
      timeoutMs: 600_000,
    });
    try {
      const session = await signIn(server.url, "admin");
      const form = new FormData();
      form.append("file", new Blob([file]), "bench.xlsx");
      const importStarted = performance.now();
      const accepted = await fetch(`${server.url}/api/institutions/import`, {
        method: "POST",
        headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
        body: form,
      });
      const acceptedBody = await accepted.text();
      if (accepted.status !== 202)
        throw new Error(`导入未受理 import refused: ${accepted.status} ${acceptedBody}`);
      const { jobId } = JSON.parse(acceptedBody) as { jobId: string };

      let finished: string | undefined;
      const health: number[] = [];
      const loop: number[] = [];
      let failures = 0;
      const sampler = async (apiPath: string, into: number[], expected: number) => {
        while (!finished) {
          const t0 = performance.now();
          try {
            const response = await fetch(`${server.url}${apiPath}`);
            await response.arrayBuffer();
            if (response.status !== expected) failures++;
          } catch {
            // A loop stalled past the client's connect timeout: counted, and its wait kept as a sample.
            failures++;
          }
          const took = performance.now() - t0;
          into.push(took);
          await sleep(Math.max(0, SAMPLE_MS - took));
        }
      };
      const watcher = async () => {
        while (!finished) {
          await sleep(250);
          const response = await fetchRetrying(`${server.url}/api/institutions/import/${jobId}`, {
            headers: { cookie: session.cookie },
          });
          const job = (await response.json()) as { state: string; errors?: unknown[] };
          if (job.state === "done" || job.state === "failed") {
            finished = job.state;
            if (job.state === "failed")
              console.log(`    ⚠ 导入失败 import failed: ${JSON.stringify(job.errors?.slice(0, 3))}`);
          }
        }
      };
      await Promise.all([sampler("/api/health", health, 200), sampler("/api/auth/me", loop, 401), watcher()]);
      const importMs = performance.now() - importStarted;
      const label =
        mode === "worker" ? "工作线程 worker thread (默认 default)" : "事件循环内 in-process (旧 before)";
      console.log(
        `  PGlite ${label}: ${rows} 行导入 rows imported in ${ms(importMs)} (${finished}); 失败请求 failed requests ${failures}`,
      );
      for (const [name, samples] of [
        ["GET /api/health", health],
        ["GET /api/auth/me 401 (不查库 no query)", loop],
      ] as const) {
        const { p50, p99, max } = percentiles(samples);
        console.log(
          `    ${name}: ${samples.length} 次 samples, p50 ${ms(p50)}, p99 ${ms(p99)}, max ${ms(max)}`,
        );
      }
      const h = percentiles(health);
      const engine = "pglite" as const;
      ctx.record({
        metric: `导入时 during import /api/health p99 (${mode})`,
        engine,
        value: ms(h.p99),
        target: "< 100 ms",
      });
      ctx.record({ metric: `导入时 during import /api/health max (${mode})`, engine, value: ms(h.max) });
      ctx.record({ metric: `${rows} 行导入 rows import (${mode})`, engine, value: ms(importMs) });
    } finally {
      await server.stop();
    }
  } finally {
    await store.dispose();
  }
}

/** The job's status, asked again when a stalled server drops the connection. */
async function fetchRetrying(url: string, init: RequestInit): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url, init);
    } catch {
      await sleep(100);
    }
  }
}

function percentiles(samples: readonly number[]): { p50: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

/** New schools in 芙蓉区 (a demo district) with codes no demo institution uses. */
async function workbook(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(INSTITUTION_SHEET_NAME);
  sheet.addRow(INSTITUTION_COLUMNS.map((c) => c.header));
  for (let i = 0; i < rows; i++) {
    const record: Partial<Record<InstitutionColumnKey, SheetCell>> = {
      code: String(8143100000 + i),
      name: `芙蓉区基准测试学校${i + 1}`,
      type: i % 3 === 0 ? "幼儿园" : "小学",
      ownership: i % 5 === 0 ? "民办" : "公办",
      inclusive: i % 3 === 0 ? "是" : null,
      district: "芙蓉区",
      address: `长沙市芙蓉区测试路${i + 1}号`,
      longitude: 112.95 + (i % 100) / 1000,
      latitude: 28.15 + Math.floor(i / 1000) / 1000,
      status: "在办",
      places: 300 + (i % 1500),
    };
    sheet.addRow(INSTITUTION_COLUMNS.map((c) => record[c.key] ?? null));
  }
  book
    .addWorksheet(TEMPLATE_INFO_SHEET_NAME, { state: "hidden" })
    .addRow([TEMPLATE_VERSION_LABEL, INSTITUTION_TEMPLATE_VERSION]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
