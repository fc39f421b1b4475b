import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../db/database.ts";

/**
 * A number the database raises with every committed write to any table a read model may read (migration
 * 0018: a statement-level trigger on each table bumps that table's counter). Reads of it see committed
 * writes only, so a cache keyed on it is never stale once a write has committed. Sign-ins, sessions, the
 * audit log and notifications do not move it.
 */
export async function dataVersion(db: Db): Promise<string> {
  const [row] = await queryRows<{ v: string | null }>(
    db,
    sql`select coalesce(sum(version), 0)::text as v from data_versions`,
  );
  return row?.v ?? "0";
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
