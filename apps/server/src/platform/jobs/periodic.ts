import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import type { Clock } from "../../http/clock.ts";
import { INSTANCE_ID } from "./instance.ts";

/**
 * Claims period `period` of the periodic job `name` for this instance: true for exactly one caller per
 * period, however many instances ask at once. One statement: the row lock makes a concurrent caller wait
 * and then see last_period already moved, so its WHERE fails and it gets no row back.
 */
export async function claimPeriod(db: Db, name: string, period: number, at: Date): Promise<boolean> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`insert into periodic_runs (name, last_period, instance_id, claimed_at)
        values (${name}, ${period}, ${INSTANCE_ID}, ${at})
        on conflict (name) do update
          set last_period = excluded.last_period, instance_id = excluded.instance_id,
              claimed_at = excluded.claimed_at
          where periodic_runs.last_period < excluded.last_period
        returning name`,
  );
  return rows.length > 0;
}

export interface PeriodicJob {
  name: string;
  periodMs: number;
  run(period: number): Promise<unknown>;
}

/**
 * Runs each job once per period across every instance on one database: each instance checks every
 * `checkMs` (at most a minute) and runs a period only when its claim succeeds. A period claimed by an
 * instance that dies before finishing is not run again; the next period runs as usual.
 */
export function createPeriodicRunner(options: {
  db: Db;
  clock: Clock;
  jobs: readonly PeriodicJob[];
  onError: (name: string, error: unknown) => void;
}) {
  const { db, clock, jobs, onError } = options;
  const running = new Set<string>();
  const timers: ReturnType<typeof setInterval>[] = [];

  async function tick(job: PeriodicJob): Promise<boolean> {
    if (running.has(job.name)) return false;
    running.add(job.name);
    try {
      const now = clock.now();
      const period = Math.floor(now.getTime() / job.periodMs);
      if (!(await claimPeriod(db, job.name, period, now))) return false;
      await job.run(period);
      return true;
    } catch (error) {
      onError(job.name, error);
      return false;
    } finally {
      running.delete(job.name);
    }
  }

  return {
    /** One check of every job now; resolves to the names this instance ran. */
    async tickAll(): Promise<string[]> {
      const ran = await Promise.all(jobs.map(async (job) => ((await tick(job)) ? job.name : null)));
      return ran.filter((name): name is string => name !== null);
    },
    start(): void {
      for (const job of jobs) {
        const timer = setInterval(() => void tick(job), Math.min(60_000, Math.max(250, job.periodMs / 4)));
        timer.unref();
        timers.push(timer);
      }
    },
    stop(): void {
      for (const timer of timers.splice(0)) clearInterval(timer);
    },
  };
}
