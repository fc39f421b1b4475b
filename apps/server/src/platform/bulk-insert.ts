import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/database.ts";

/** A value as the drivers send it; the column's SQL type says how PostgreSQL reads it. */
export type CellValue = string | number | boolean | null;

export interface Column<T> {
  name: string;
  /** PostgreSQL type of one element, e.g. "uuid", "text", "int", "date", "float8". */
  type: string;
  value(row: T): CellValue;
}

/** One column of a TableSpec. */
export function col<T>(name: string, type: string, value: Column<T>["value"]): Column<T> {
  return { name, type, value };
}

/**
 * Columns that are the row's own fields, written as data: `"id:uuid student_no name grade:int"`. Each column is
 * the field's name in snake_case (`student_no` reads `studentNo`); `:type` is its PostgreSQL type, text when left out.
 */
export function fields<T>(list: string): Column<T>[] {
  return list
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [name, type = "text"] = entry.split(":") as [string, string?];
      const key = name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
      return col<T>(name, type, (row) => (row as Record<string, CellValue>)[key] as CellValue);
    });
}

export interface TableSpec<T> {
  table: string;
  columns: readonly Column<T>[];
  /** Columns set to the seed time for every row (created_at, updated_at …). */
  stamped?: readonly string[];
}

/** Rows per statement: a few thousand keeps statements small and round trips few on both engines. */
export const BATCH_SIZE = 5000;

/**
 * One INSERT … SELECT FROM unnest($1::uuid[], $2::text[], …) per batch: one array parameter per column, so a
 * batch costs one round trip and one parse whatever its size, on PGlite and on PostgreSQL alike (no
 * 65,535-parameter limit, no COPY support needed in the driver).
 */
function insertStatement<T>(spec: TableSpec<T>, rows: readonly T[], at: Date): SQL {
  const stamped = spec.stamped ?? [];
  const names = [...spec.columns.map((c) => c.name), ...stamped].join(", ");
  const arrays = spec.columns.map(
    (c) => sql`${sql.param(rows.map((row) => c.value(row)))}::${sql.raw(c.type)}[]`,
  );
  const stamps = stamped.map(() => sql`${sql.param(at.toISOString())}::timestamptz`);
  const selectList = stamps.length > 0 ? sql`*, ${sql.join(stamps, sql`, `)}` : sql`*`;
  return sql`insert into ${sql.raw(spec.table)} (${sql.raw(names)}) select ${selectList} from unnest(${sql.join(arrays, sql`, `)})`;
}

/** Inserts rows (an array or a lazy iterable, so a large stage can stream) in batches; returns the count. */
export async function bulkInsert<T>(
  tx: Db,
  spec: TableSpec<T>,
  rows: Iterable<T>,
  options: { at: Date; batchSize?: number; onBatch?: (inserted: number) => void },
): Promise<number> {
  const size = options.batchSize ?? BATCH_SIZE;
  let batch: T[] = [];
  let total = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await tx.execute(insertStatement(spec, batch, options.at));
    total += batch.length;
    batch = [];
    options.onBatch?.(total);
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) await flush();
  }
  await flush();
  return total;
}
