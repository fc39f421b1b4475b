import { sql } from "drizzle-orm";
import { queryRows, type Database, type Db } from "../db/database.ts";

/**
 * A number the database raises with every committed write to any table a read model may read (migration
 * 0018: a statement-level trigger on each table bumps that table's counter). Reads of it see committed
 * writes only, so a cache keyed on it is never stale once a write has committed. Sign-ins, sessions, the
 * audit log and notifications do not move it.
 *
 * Where the app watches the version (`watchDataVersion`), the number is kept in memory between writes, so
 * a cached read asks the database nothing.
 */
export async function dataVersion(db: Db): Promise<string> {
  const watch = await watches.get(db)?.watch;
  return watch ? watch.current() : readDataVersion(db);
}

async function readDataVersion(db: Db): Promise<string> {
  const [row] = await queryRows<{ v: string | null }>(
    db,
    sql`select coalesce(sum(version), 0)::text as v from data_versions`,
  );
  return row?.v ?? "0";
}

/** Migration 0029: the trigger that moves the version notifies this channel when the write commits. */
export const DATA_VERSION_CHANNEL = "eb_data_version";

export interface DataVersionWatch {
  /** The version: from memory while no write can have moved it, else read again. */
  current(): Promise<string>;
  /**
   * This instance is writing (an HTTP write request, from its start until its answer is sent): until it
   * ends, and once after, the version is read again, so the writer's next read sees its own write without
   * waiting for the notice.
   */
  writing(): () => void;
  close(): Promise<void>;
}

/** One watch per database handle in a process, shared by the apps on it (tests run several). */
const watches = new WeakMap<Db, { watch: Promise<DataVersionWatch | undefined>; users: number }>();

/**
 * Keeps the data version of `database` in memory: read once, then read again only after a notice of a
 * committed write (any instance's, migration 0029), a write of this instance, or while the notice
 * connection is down. Another instance's write is seen once its notice arrives, milliseconds after it
 * commits. Without LISTEN (a test double) nothing is kept and every call reads.
 */
export async function watchDataVersion(database: Pick<Database, "db" | "listen">): Promise<DataVersionWatch> {
  const { db } = database;
  let entry = watches.get(db);
  if (!entry) {
    entry = { watch: openWatch(database), users: 0 };
    watches.set(db, entry);
  }
  entry.users++;
  const watch = await entry.watch;
  let closed = false;
  return {
    current: () => (watch ? watch.current() : readDataVersion(db)),
    writing: () => watch?.writing() ?? (() => undefined),
    async close() {
      if (closed || !entry) return;
      closed = true;
      entry.users--;
      if (entry.users > 0) return;
      watches.delete(db);
      await watch?.close();
    },
  };
}

async function openWatch(database: Pick<Database, "db" | "listen">): Promise<DataVersionWatch | undefined> {
  if (!database.listen) return undefined;
  const { db } = database;
  /** Moves with every notice, local write and lost connection: a read begun before a move is not kept. */
  let generation = 0;
  let listening = false;
  let writers = 0;
  let known: { version: string; generation: number } | undefined;
  const moved = () => {
    generation++;
    known = undefined;
  };
  let unlisten: () => Promise<void>;
  try {
    unlisten = await database.listen(DATA_VERSION_CHANNEL, moved, (up) => {
      listening = up;
      moved();
    });
  } catch (error) {
    // Without notices nothing can be kept: every read asks the database, as before migration 0029.
    console.warn(`数据版本监听失败，缓存读取将每次查询数据版本：${String(error)}`);
    return undefined;
  }
  listening = true;
  return {
    async current() {
      if (known && known.generation === generation && listening && writers === 0) return known.version;
      const started = generation;
      const canKeep = listening && writers === 0;
      const version = await readDataVersion(db);
      if (canKeep && started === generation && writers === 0) known = { version, generation };
      return version;
    },
    writing() {
      writers++;
      moved();
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        writers--;
        moved();
      };
    },
    async close() {
      listening = false;
      moved();
      await unlisten();
    },
  };
}

/** Tables whose writes leave the data version alone (migration 0018's list, and bookkeeping tables of later migrations). */
export const UNVERSIONED_TABLES: readonly string[] = [
  "schema_migrations",
  "data_versions",
  "users",
  "sessions",
  "audit_log",
  // The audit chain's own bookkeeping moves with every audit row, sign-ins included.
  "audit_chain_head",
  "audit_chain_anchor",
  "notifications",
  "notification_reads",
  // Derived from vision_screenings and fitness_results, whose writes already move the version.
  "health_count_facts",
  // Parent sign-up bookkeeping (migration 0023), like sessions.
  "sms_outbox",
  "sign_up_codes",
  // Job bookkeeping (migration 0022): progress and heartbeats move every second during an import.
  "import_jobs",
  "periodic_runs",
  // Report jobs (migration 0025): progress and the finished file, no figure depends on them.
  "report_jobs",
];
