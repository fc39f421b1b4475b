import { asc, eq } from "drizzle-orm";
import { DEFAULT_DATA_ELEMENTS } from "@edubureau/domain/indicators";
import type { Db } from "../../db/database.ts";
import { dataElements, type DataElementRow } from "./indicators.tables.ts";

const SHIPPED_ORDER = new Map(DEFAULT_DATA_ELEMENTS.map((e, i) => [e.code, i]));

/** By period type; the shipped elements in their form order (班级总数 before 大班额), then the rest by code. */
export async function listElements(db: Db): Promise<DataElementRow[]> {
  const rows = await db
    .select()
    .from(dataElements)
    .orderBy(asc(dataElements.periodType), asc(dataElements.code));
  const rank = (row: DataElementRow) => SHIPPED_ORDER.get(row.code) ?? SHIPPED_ORDER.size;
  return rows.sort((a, b) => a.periodType.localeCompare(b.periodType) || rank(a) - rank(b));
}

export async function findElement(db: Db, code: string): Promise<DataElementRow | undefined> {
  const rows = await db.select().from(dataElements).where(eq(dataElements.code, code)).limit(1);
  return rows[0];
}

export type ElementInput = Omit<DataElementRow, "createdAt" | "updatedAt">;

export async function insertElement(db: Db, input: ElementInput, at: Date): Promise<DataElementRow> {
  const rows = await db
    .insert(dataElements)
    .values({ ...input, createdAt: at, updatedAt: at })
    .returning();
  const row = rows[0];
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateElement(
  db: Db,
  code: string,
  input: Partial<Omit<ElementInput, "code" | "periodType" | "valueType">>,
  at: Date,
): Promise<DataElementRow> {
  const rows = await db
    .update(dataElements)
    .set({ ...input, updatedAt: at })
    .where(eq(dataElements.code, code))
    .returning();
  const row = rows[0];
  if (!row) throw new Error("update returned no row");
  return row;
}
