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
  const arrays = columnArrays(spec.columns, rows);
  const stamps = stamped.map(() => sql`${sql.param(at.toISOString())}::timestamptz`);
  const selectList = stamps.length > 0 ? sql`*, ${sql.join(stamps, sql`, `)}` : sql`*`;
  return sql`insert into ${sql.raw(spec.table)} (${sql.raw(names)}) select ${selectList} from unnest(${sql.join(arrays, sql`, `)})`;
}

function columnArrays<T>(columns: readonly Column<T>[], rows: readonly T[]): SQL[] {
  return columns.map((c) => sql`${sql.param(rows.map((row) => c.value(row)))}::${sql.raw(c.type)}[]`);
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

export interface UpdateSpec<T> extends TableSpec<T> {
  /** The column rows are matched on; it is also the first value of each row, never itself updated. */
  key: Column<T>;
  /** A further condition on the table's rows (e.g. a kind guard), its columns qualified `t.`. */
  guard?: SQL;
}

/**
 * Updates many rows by key with one UPDATE … FROM unnest(…) per batch, the same array-per-column shape as
 * bulkInsert: a batch is one round trip whatever its size.
 */
export async function bulkUpdate<T>(
  tx: Db,
  spec: UpdateSpec<T>,
  rows: readonly T[],
  options: { at: Date; batchSize?: number },
): Promise<void> {
  const size = options.batchSize ?? BATCH_SIZE;
  const names = spec.columns.map((c) => c.name);
  const sets = [
    ...names.map((name) => sql.raw(`${name} = v.${name}`)),
    ...(spec.stamped ?? []).map(
      (name) => sql`${sql.raw(name)} = ${sql.param(options.at.toISOString())}::timestamptz`,
    ),
  ];
  const key = spec.key.name;
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    const arrays = columnArrays([spec.key, ...spec.columns], batch);
    const guard = spec.guard ? sql` and ${spec.guard}` : sql``;
    await tx.execute(
      sql`update ${sql.raw(spec.table)} t set ${sql.join(sets, sql`, `)}
          from unnest(${sql.join(arrays, sql`, `)}) as v(${sql.raw([key, ...names].join(", "))})
          where t.${sql.raw(key)} = v.${sql.raw(key)}${guard}`,
    );
  }
}
