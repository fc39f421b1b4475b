/**
 * One screening import in a process of its own, so its peak RSS is the import's and not the city seeding's
 * that ran before it. Reads the job from argv (JSON), prints one JSON line with the figures.
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { benchActor } from "./bench-actor.ts";

interface ChildJob {
  databaseUrl?: string;
  pgliteDir: string;
  file: string;
  scopePath: string;
  orgUnitId: string;
}

const job = JSON.parse(process.argv[2] ?? "{}") as ChildJob;
const [
  { openDatabase },
  { createHealthImporter },
  { loadConfig },
  { systemClock },
  { createPasswordHasher },
] = await Promise.all([
  import("@edubureau/server/db/open-database"),
  import("@edubureau/server/modules/student-health/health-import.service"),
  import("@edubureau/server/config"),
  import("@edubureau/server/http/clock"),
  import("@edubureau/server/modules/auth/password-hash"),
]);
const database = await openDatabase({ databaseUrl: job.databaseUrl, pgliteDir: job.pgliteDir });
try {
  const importer = createHealthImporter({
    database,
    config: loadConfig({}),
    clock: systemClock,
    passwordHasher: createPasswordHasher(),
  });
  const actor = benchActor(
    "district",
    { id: job.orgUnitId, path: job.scopePath },
    "00000000-0000-4000-8000-000000000001",
  );
  const rssBefore = process.memoryUsage().rss;
  const buffer = fs.readFileSync(job.file);
  const started = performance.now();
  const running = await importer.screening.start(actor, { buffer, fileName: "bench.xlsx" });
  const phases: Record<string, number> = {};
  let phase = running.state;
  let phaseStart = started;
  let sampledPeak = 0;
  while (running.state !== "done" && running.state !== "failed") {
    await sleep(50);
    sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
    if (running.state !== phase) {
      phases[phase] = performance.now() - phaseStart;
      phase = running.state;
      phaseStart = performance.now();
    }
  }
  phases[phase] = performance.now() - phaseStart;
  console.log(
    JSON.stringify({
      state: running.state,
      rows: running.result?.rows ?? 0,
      errors: running.errors?.slice(0, 3) ?? running.message ?? null,
      totalMs: performance.now() - started,
      phases,
      rssBefore,
      sampledPeak,
      peakRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
} finally {
  await database.close();
}
