import type { ScaleName, SyntheticCity } from "../../../../tools/synthetic-city/index.ts";
import type { Db } from "../db/database.ts";
import type { TableSpec } from "../platform/bulk-insert.ts";

/** What a feature's seeder gets: the transaction, the generated city and a progress-reporting bulk writer. */
export interface FeatureSeedContext {
  tx: Db;
  city: SyntheticCity;
  scale: ScaleName;
  seed: number;
  now: Date;
  /** Bulk-inserts rows in batches, reporting progress under `step`; counts rows per table. */
  write: <T>(step: string, label: string, spec: TableSpec<T>, rows: readonly T[]) => Promise<void>;
}

/**
 * A feature's part of the synthetic city (work plan, students, teachers, enrolment …). Seeders run in
 * order, in the seed's one transaction, after the registry and the demo accounts are written.
 */
export type FeatureSeed = (ctx: FeatureSeedContext) => Promise<void>;
