import { ancestorIds } from "@edubureau/domain";
import { and, asc, eq, ilike, inArray, like, or, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import { bulkInsert, col, type TableSpec } from "../../platform/bulk-insert.ts";
import { orgUnits, type OrgUnitRow } from "./org-units.tables.ts";

export type OrgUnitWithCount = OrgUnitRow & { childCount: number };

// Qualified by table name on purpose: Drizzle renders a bare column inside a single-table select.
const childCount = sql<number>`(select count(*)::int from org_units c where c.parent_id = org_units.id)`;

export function withinPath(scopePath: string) {
  return like(orgUnits.path, `${escapeLike(scopePath)}%`);
}

export async function findById(db: Db, id: string): Promise<OrgUnitRow | undefined> {
  const rows = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  return rows[0];
}

export async function findByKind(db: Db, kind: OrgUnitRow["kind"]): Promise<OrgUnitWithCount[]> {
  const rows = await db.select().from(orgUnits).where(eq(orgUnits.kind, kind)).orderBy(orgUnits.depth);
  return rows.map((row) => ({ ...row, childCount: 0 }));
}

export async function findByCode(db: Db, code: string): Promise<OrgUnitRow | undefined> {
  const rows = await db.select().from(orgUnits).where(eq(orgUnits.code, code)).limit(1);
  return rows[0];
}

export async function findInScope(
  db: Db,
  id: string,
  scopePath: string,
): Promise<OrgUnitWithCount | undefined> {
  const rows = await db
    .select({ ...orgUnitColumns(), childCount })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), withinPath(scopePath)))
    .limit(1);
  return rows[0];
}

export async function findByPath(db: Db, path: string): Promise<OrgUnitWithCount[]> {
  return db
    .select({ ...orgUnitColumns(), childCount })
    .from(orgUnits)
    .where(eq(orgUnits.path, path));
}

export async function listChildren(db: Db, parentId: string): Promise<OrgUnitWithCount[]> {
  return db
    .select({ ...orgUnitColumns(), childCount })
    .from(orgUnits)
    .where(eq(orgUnits.parentId, parentId))
    .orderBy(asc(orgUnits.kind), asc(orgUnits.code));
}

/**
 * The names of a unit's ancestors from the top of the scope down (the scope's own unit included, the unit
 * itself not), looked up by the ids its path lists: primary-key probes inside the same query.
 */
function ancestorNames(scopePath: string) {
  const fromDepth = ancestorIds(scopePath).length - 1;
  return sql<string[]>`array(select a.name from org_units a
    where a.id = any(string_to_array(trim(both '/' from org_units.path), '/')::uuid[])
      and a.depth >= ${fromDepth} and a.depth < org_units.depth
    order by a.depth)`;
}

/** Units whose name holds `text` or whose code starts with it, with their ancestors' names: one query. */
export async function search(
  db: Db,
  scopePath: string,
  text: string,
  limit: number,
): Promise<(OrgUnitWithCount & { pathNames: string[] })[]> {
  const pattern = `%${escapeLike(text)}%`;
  return db
    .select({ ...orgUnitColumns(), childCount, pathNames: ancestorNames(scopePath) })
    .from(orgUnits)
    .where(
      and(
        withinPath(scopePath),
        or(ilike(orgUnits.name, pattern), like(orgUnits.code, `${escapeLike(text)}%`)),
      ),
    )
    .orderBy(asc(orgUnits.depth), asc(orgUnits.code))
    .limit(limit);
}

export interface ScopeFilterOptions {
  districts: { id: string; name: string }[];
  schools: { id: string; name: string; districtId: string | null }[];
  schoolCount: number;
}

/**
 * The districts and schools (institutions) inside a scope, for a list's district and school filters: every
 * district, the schools of one district (or of the whole scope) matching `text`, up to `limit`, and how many
 * schools the scope holds in all — so a page hides a filter that could not narrow anything.
 */
export async function scopeFilterOptions(
  db: Db,
  scopePath: string,
  options: { districtId?: string | undefined; text?: string | undefined; limit: number },
): Promise<ScopeFilterOptions> {
  const within = sql`s.path like ${`${escapeLike(scopePath)}%`}`;
  const inDistrict = options.districtId
    ? // Paths are ids between slashes, with nothing LIKE treats specially.
      sql`and exists (select 1 from org_units d where d.id = ${options.districtId} and d.kind = 'district'
          and s.path like d.path || '%')`
    : sql``;
  const matching = options.text
    ? sql`and (s.name ilike ${`%${escapeLike(options.text)}%`} or s.code like ${`${escapeLike(options.text)}%`})`
    : sql``;
  const [districts, schools, counts] = await Promise.all([
    queryRows<{ id: string; name: string }>(
      db,
      sql`select s.id, s.name from org_units s where s.kind = 'district' and ${within} order by s.code`,
    ),
    queryRows<{ id: string; name: string; districtId: string | null }>(
      db,
      sql`select s.id, s.name,
            (select d.id from org_units d where d.kind = 'district'
               and d.id = any(string_to_array(trim(both '/' from s.path), '/')::uuid[]) limit 1) as "districtId"
          from org_units s
          where s.kind = 'institution' and ${within} ${inDistrict} ${matching}
          order by s.code limit ${options.limit}`,
    ),
    queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from org_units s where s.kind = 'institution' and ${within}`,
    ),
  ]);
  return { districts, schools, schoolCount: counts[0]?.total ?? 0 };
}

export async function namesByIds(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(inArray(orgUnits.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function insertOrgUnit(
  db: Db,
  values: Omit<OrgUnitRow, "createdAt" | "updatedAt"> & { at: Date },
): Promise<OrgUnitRow> {
  const { at, ...rest } = values;
  const rows = await db
    .insert(orgUnits)
    .values({ ...rest, createdAt: at, updatedAt: at })
    .returning();
  const row = rows[0];
  if (!row) throw new Error("insert returned no row");
  return row;
}

export type NewOrgUnit = Omit<OrgUnitRow, "createdAt" | "updatedAt">;

const ORG_UNIT_TABLE: TableSpec<NewOrgUnit> = {
  table: "org_units",
  columns: [
    col("id", "uuid", (u) => u.id),
    col("parent_id", "uuid", (u) => u.parentId),
    col("code", "text", (u) => u.code),
    col("name", "text", (u) => u.name),
    col("kind", "text", (u) => u.kind),
    col("path", "text", (u) => u.path),
    col("depth", "int", (u) => u.depth),
  ],
  stamped: ["created_at", "updated_at"],
};

export async function insertOrgUnits(db: Db, units: readonly NewOrgUnit[], at: Date): Promise<void> {
  await bulkInsert(db, ORG_UNIT_TABLE, units, { at });
}

export async function updateOrgUnit(
  db: Db,
  id: string,
  values: { name?: string | undefined; code?: string | undefined; at: Date },
): Promise<OrgUnitRow> {
  const rows = await db
    .update(orgUnits)
    .set({
      ...(values.name === undefined ? {} : { name: values.name }),
      ...(values.code === undefined ? {} : { code: values.code }),
      updatedAt: values.at,
    })
    .where(eq(orgUnits.id, id))
    .returning();
  const row = rows[0];
  if (!row) throw new Error("update returned no row");
  return row;
}

function orgUnitColumns() {
  return {
    id: orgUnits.id,
    parentId: orgUnits.parentId,
    code: orgUnits.code,
    name: orgUnits.name,
    kind: orgUnits.kind,
    path: orgUnits.path,
    depth: orgUnits.depth,
    createdAt: orgUnits.createdAt,
    updatedAt: orgUnits.updatedAt,
  };
}
