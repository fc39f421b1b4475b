import { and, asc, count, eq, ilike, inArray, isNotNull, like, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { InstitutionStatus, InstitutionType, Ownership } from "@edubureau/domain/registry";
import { queryRows, type Db } from "../../db/database.ts";
import { withinPath } from "../org-units/org-units.queries.ts";
import { escapeLike } from "../../db/like.ts";
import { listOrder, type SortOrder } from "../../db/list-order.ts";
import { bulkInsert, bulkUpdate, col, type TableSpec } from "../../platform/bulk-insert.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { institutions, type InstitutionRow } from "./institutions.tables.ts";

const district = alias(orgUnits, "district");
const street = alias(orgUnits, "street");

export interface InstitutionFilters {
  districtId?: string | undefined;
  streetId?: string | undefined;
  type?: InstitutionType | undefined;
  ownership?: Ownership | undefined;
  inclusive?: boolean | undefined;
  status?: InstitutionStatus | undefined;
  /** Name fragment or 学校标识码 prefix. */
  q?: string | undefined;
}

const viewColumns = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  type: institutions.type,
  ownership: institutions.ownership,
  inclusive: institutions.inclusive,
  educationGroup: institutions.educationGroup,
  groupLead: institutions.groupLead,
  district: { id: district.id, code: district.code, name: district.name },
  street: { id: street.id, code: street.code, name: street.name },
  address: institutions.address,
  longitude: institutions.longitude,
  latitude: institutions.latitude,
  status: institutions.status,
  places: institutions.places,
  updatedAt: institutions.updatedAt,
};

function where(scopePath: string, filters: InstitutionFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [withinPath(scopePath)];
  if (filters.districtId) conditions.push(eq(institutions.districtId, filters.districtId));
  if (filters.streetId) conditions.push(eq(institutions.streetId, filters.streetId));
  if (filters.type) conditions.push(eq(institutions.type, filters.type));
  if (filters.ownership) conditions.push(eq(institutions.ownership, filters.ownership));
  if (filters.inclusive !== undefined) conditions.push(eq(institutions.inclusive, filters.inclusive));
  if (filters.status) conditions.push(eq(institutions.status, filters.status));
  if (filters.q) {
    const text = escapeLike(filters.q);
    conditions.push(or(ilike(orgUnits.name, `%${text}%`), like(orgUnits.code, `${text}%`)));
  }
  return and(...conditions);
}

function selectViews<Extra extends Record<string, SQL.Aliased> = Record<never, never>>(
  db: Db,
  extra?: Extra,
) {
  return db
    .select({ ...viewColumns, ...(extra as Extra) })
    .from(institutions)
    .innerJoin(orgUnits, eq(orgUnits.id, institutions.orgUnitId))
    .innerJoin(district, eq(district.id, institutions.districtId))
    .leftJoin(street, eq(street.id, institutions.streetId));
}

/** What the 机构名录 sorts on (the page's rows are chosen and shown in the same order). */
const SORT_COLUMNS = {
  district: sql`${district.code}`,
  code: sql`${orgUnits.code}`,
  name: sql`${orgUnits.name}`,
  type: sql`${institutions.type}`,
  places: sql`${institutions.places}`,
  status: sql`${institutions.status}`,
  updatedAt: sql`${institutions.updatedAt}`,
};
export interface InstitutionSort {
  sort?: keyof typeof SORT_COLUMNS | undefined;
  order?: SortOrder | undefined;
}

export type InstitutionViewRow = Awaited<ReturnType<typeof findInScope>> & object;

/**
 * One page and the number of matches, in one query. The scope is a prefix of the org path (an index range
 * on org_units.path); the page is chosen on the narrow sort keys first — the count of all matches comes
 * with it as a window over the same rows — and only its rows are joined to their district and street, so
 * the whole city costs a sort of codes, not of full rows. Only a page past the end (no row to carry the
 * count) needs a second query.
 */
export async function listInScope(
  db: Db,
  options: {
    scopePath: string;
    filters: InstitutionFilters;
    page: number;
    pageSize: number;
  } & InstitutionSort,
) {
  const condition = where(options.scopePath, options.filters);
  const order = listOrder(
    SORT_COLUMNS,
    options.sort ?? "district",
    options.order ?? "asc",
    sql`${district.code}`,
    sql`${orgUnits.code}`,
  );
  const page = db
    .select({ id: institutions.orgUnitId, total: sql<number>`count(*) over ()`.as("total") })
    .from(institutions)
    .innerJoin(orgUnits, eq(orgUnits.id, institutions.orgUnitId))
    .innerJoin(district, eq(district.id, institutions.districtId))
    .where(condition)
    .orderBy(order)
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize)
    .as("page");
  const rows = await selectViews(db, { total: page.total })
    .innerJoin(page, eq(page.id, institutions.orgUnitId))
    .orderBy(order);
  const items = rows.map(({ total: _total, ...item }) => item);
  const first = rows[0];
  if (first) return { items, total: Number(first.total) };
  if (options.page === 1) return { items, total: 0 };
  const totals = await db
    .select({ total: count() })
    .from(institutions)
    .innerJoin(orgUnits, eq(orgUnits.id, institutions.orgUnitId))
    .where(condition);
  return { items, total: totals[0]?.total ?? 0 };
}

/** Every match, for the export. */
export async function allInScope(db: Db, scopePath: string, filters: InstitutionFilters) {
  return selectViews(db).where(where(scopePath, filters)).orderBy(asc(district.code), asc(orgUnits.code));
}

export async function findInScope(db: Db, id: string, scopePath: string) {
  const rows = await selectViews(db)
    .where(and(eq(orgUnits.id, id), withinPath(scopePath)))
    .limit(1);
  return rows[0];
}

export async function pointsInScope(db: Db, scopePath: string, filters: InstitutionFilters) {
  const condition = where(scopePath, filters);
  const [items, totals] = await Promise.all([
    db
      .select({
        id: orgUnits.id,
        name: orgUnits.name,
        type: institutions.type,
        lng: institutions.longitude,
        lat: institutions.latitude,
      })
      .from(institutions)
      .innerJoin(orgUnits, eq(orgUnits.id, institutions.orgUnitId))
      .where(and(condition, isNotNull(institutions.longitude), isNotNull(institutions.latitude)))
      .orderBy(asc(orgUnits.code)),
    db
      .select({ total: count() })
      .from(institutions)
      .innerJoin(orgUnits, eq(orgUnits.id, institutions.orgUnitId))
      .where(condition),
  ]);
  return {
    items: items.flatMap((p) => (p.lng === null || p.lat === null ? [] : [{ ...p, lng: p.lng, lat: p.lat }])),
    total: totals[0]?.total ?? 0,
  };
}

export interface AreaRow {
  id: string;
  code: string;
  name: string;
  kind: "district" | "street";
  parentId: string | null;
  path: string;
  depth: number;
}

/** Districts and streets an account may place institutions in. */
export async function areasInScope(db: Db, scopePath: string): Promise<AreaRow[]> {
  return db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      kind: sql<"district" | "street">`${orgUnits.kind}`,
      parentId: orgUnits.parentId,
      path: orgUnits.path,
      depth: orgUnits.depth,
    })
    .from(orgUnits)
    .where(and(withinPath(scopePath), inArray(orgUnits.kind, ["district", "street"])))
    .orderBy(asc(orgUnits.code));
}

export interface UnitByCode {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string;
  registered: boolean;
}

const CHUNK = 1000;

/** Org units holding any of these codes, with whether each already has a registry row. */
export async function unitsByCodes(db: Db, codes: readonly string[]): Promise<Map<string, UnitByCode>> {
  const found = new Map<string, UnitByCode>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const rows = await db
      .select({
        id: orgUnits.id,
        code: orgUnits.code,
        name: orgUnits.name,
        kind: orgUnits.kind,
        parentId: orgUnits.parentId,
        path: orgUnits.path,
        registered: sql<boolean>`${institutions.orgUnitId} is not null`,
      })
      .from(orgUnits)
      .leftJoin(institutions, eq(institutions.orgUnitId, orgUnits.id))
      .where(inArray(orgUnits.code, codes.slice(i, i + CHUNK)));
    for (const row of rows) found.set(row.code, row);
  }
  return found;
}

/** An org unit holding an imported code: its registry row if it has one, and its latest enrolment. */
export interface InstitutionByCode extends UnitByCode {
  registry: InstitutionValues | null;
  enrolment: Enrolment | null;
}

interface ByCodeRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string;
  registered: boolean;
  type: InstitutionValues["type"] | null;
  ownership: InstitutionValues["ownership"] | null;
  inclusive: boolean | null;
  educationGroup: string | null;
  groupLead: boolean | null;
  districtId: string | null;
  streetId: string | null;
  address: string | null;
  longitude: number | null;
  latitude: number | null;
  status: InstitutionValues["status"] | null;
  places: number | null;
  schoolYear: string | null;
  students: number | null;
}

/**
 * What an import needs to know of its codes, in one query per batch: the org unit holding each code, its
 * registry row, and its pupils in its latest school year (a sum over the classes module's read model).
 */
export async function institutionsByCodes(
  db: Db,
  neighbours: RegistryNeighbours,
  codes: readonly string[],
): Promise<Map<string, InstitutionByCode>> {
  const found = new Map<string, InstitutionByCode>();
  if (codes.length === 0) return found;
  const rows = await queryRows<ByCodeRow>(
    db,
    sql`select u.id, u.code, u.name, u.kind, u.parent_id as "parentId", u.path,
          i.org_unit_id is not null as registered, i.type, i.ownership, i.inclusive,
          i.education_group as "educationGroup", i.group_lead as "groupLead", i.district_id as "districtId",
          i.street_id as "streetId", i.address, i.longitude, i.latitude, i.status, i.places,
          e.school_year as "schoolYear", e.students
        from org_units u
        left join institutions i on i.org_unit_id = u.id
        left join lateral (
          select c.school_year, sum(c.students)::int as students from ${neighbours.classSizes} c
          where u.kind = 'institution' and c.institution_id = u.id
          group by c.school_year order by c.school_year desc limit 1
        ) e on true
        where u.code = any(${sql.param([...codes])}::text[])`,
  );
  for (const row of rows) {
    const { schoolYear, students, registered, ...rest } = row;
    const { id, code, name, kind, parentId, path } = rest;
    found.set(code, {
      id,
      code,
      name,
      kind,
      parentId,
      path,
      registered,
      registry: registered ? registryOf(row) : null,
      enrolment: schoolYear !== null && students !== null ? { schoolYear, students } : null,
    });
  }
  return found;
}

/** The registry columns of a joined row whose institution row exists (so they are not null). */
function registryOf(row: ByCodeRow): InstitutionValues {
  return {
    orgUnitId: row.id,
    type: row.type as InstitutionValues["type"],
    ownership: row.ownership as InstitutionValues["ownership"],
    inclusive: row.inclusive as boolean,
    educationGroup: row.educationGroup,
    groupLead: row.groupLead as boolean,
    districtId: row.districtId as string,
    streetId: row.streetId,
    address: row.address,
    longitude: row.longitude,
    latitude: row.latitude,
    status: row.status as InstitutionValues["status"],
    places: row.places as number,
  };
}

export async function registryRows(db: Db, ids: readonly string[]): Promise<Map<string, InstitutionRow>> {
  const found = new Map<string, InstitutionRow>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select()
      .from(institutions)
      .where(inArray(institutions.orgUnitId, ids.slice(i, i + CHUNK)));
    for (const row of rows) found.set(row.orgUnitId, row);
  }
  return found;
}

export interface Enrolment {
  schoolYear: string;
  students: number;
}

/** What other modules publish for the registry's detail and checks (wired in by the composition root). */
export interface RegistryNeighbours {
  /** The classes module's `institution_id, school_year, students`. */
  classSizes: SQL;
  /** Designations' `institution_id` of those not revoked. */
  activeDesignations: SQL;
}

/** Pupils in each institution's latest school year of classes (a sum over the classes module's read model). */
export async function latestEnrolment(
  db: Db,
  neighbours: RegistryNeighbours,
  ids: readonly string[],
): Promise<Map<string, Enrolment>> {
  const found = new Map<string, Enrolment>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await queryRows<{ institution_id: string; school_year: string; students: number }>(
      db,
      sql`select distinct on (institution_id) institution_id, school_year, sum(students)::int as students
          from ${neighbours.classSizes} c
          where institution_id in (${sql.join(
            chunk.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
          group by institution_id, school_year
          order by institution_id, school_year desc`,
    );
    for (const row of rows)
      found.set(row.institution_id, { schoolYear: row.school_year, students: row.students });
  }
  return found;
}

export async function designationCount(db: Db, neighbours: RegistryNeighbours, id: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${neighbours.activeDesignations} d where institution_id = ${id}`,
  );
  return rows[0]?.n ?? 0;
}

export type InstitutionValues = Omit<InstitutionRow, "createdAt" | "updatedAt" | "communityId">;

const REGISTRY_COLUMNS: TableSpec<InstitutionValues>["columns"] = [
  col("type", "text", (r) => r.type),
  col("ownership", "text", (r) => r.ownership),
  col("inclusive", "boolean", (r) => r.inclusive),
  col("education_group", "text", (r) => r.educationGroup),
  col("group_lead", "boolean", (r) => r.groupLead),
  col("district_id", "uuid", (r) => r.districtId),
  col("street_id", "uuid", (r) => r.streetId),
  col("address", "text", (r) => r.address),
  col("longitude", "float8", (r) => r.longitude),
  col("latitude", "float8", (r) => r.latitude),
  col("status", "text", (r) => r.status),
  col("places", "int", (r) => r.places),
];
const registryKey = col<InstitutionValues>("org_unit_id", "uuid", (r) => r.orgUnitId);

export async function insertInstitutions(
  db: Db,
  rows: readonly InstitutionValues[],
  at: Date,
): Promise<void> {
  await bulkInsert(
    db,
    {
      table: "institutions",
      columns: [registryKey, ...REGISTRY_COLUMNS],
      stamped: ["created_at", "updated_at"],
    },
    rows,
    { at },
  );
}

export async function updateInstitutions(
  db: Db,
  rows: readonly InstitutionValues[],
  at: Date,
): Promise<void> {
  await bulkUpdate(
    db,
    { table: "institutions", key: registryKey, columns: REGISTRY_COLUMNS, stamped: ["updated_at"] },
    rows,
    { at },
  );
}

export interface InstitutionUnitChange {
  id: string;
  code: string;
  name: string;
  parentId: string;
  path: string;
  depth: number;
}

/**
 * Renames or moves institutions' own org units. The org-units service has no transactional update,
 * and an institution has no children, so only its own row (path included) changes; the kind guard
 * keeps this from ever touching a district or street.
 */
export async function updateInstitutionUnits(
  db: Db,
  units: readonly InstitutionUnitChange[],
  at: Date,
): Promise<void> {
  await bulkUpdate<InstitutionUnitChange>(
    db,
    {
      table: "org_units",
      key: col("id", "uuid", (u) => u.id),
      columns: [
        col("code", "text", (u) => u.code),
        col("name", "text", (u) => u.name),
        col("parent_id", "uuid", (u) => u.parentId),
        col("path", "text", (u) => u.path),
        col("depth", "int", (u) => u.depth),
      ],
      stamped: ["updated_at"],
      guard: sql`t.kind = 'institution'`,
    },
    units,
    { at },
  );
}
