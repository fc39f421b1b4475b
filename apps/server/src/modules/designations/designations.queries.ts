import { and, asc, count, desc, eq, ilike, isNull, like, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/database.ts";
import { institutionFacts } from "../institutions/institutions.read-model.ts";
import { escapeLike } from "../../db/like.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { designations, designationTypes, type DesignationRow } from "./designations.tables.ts";

const unit = alias(orgUnits, "institution_unit");
const district = alias(orgUnits, "district_unit");

const columns = {
  id: designations.id,
  typeCode: designations.typeCode,
  typeName: designationTypes.name,
  year: designations.year,
  documentNo: designations.documentNo,
  documentDate: designations.documentDate,
  revokedOn: designations.revokedOn,
  revokeReason: designations.revokeReason,
  createdAt: designations.createdAt,
  updatedAt: designations.updatedAt,
  institution: {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    type: institutionFacts.type,
    ownership: institutionFacts.ownership,
  },
  district: { id: district.id, code: district.code, name: district.name },
};

export type DesignationListRow = Awaited<ReturnType<typeof findInScope>> & object;

function joined(db: Db) {
  return db
    .select(columns)
    .from(designations)
    .innerJoin(designationTypes, eq(designationTypes.code, designations.typeCode))
    .innerJoin(institutionFacts, eq(institutionFacts.orgUnitId, designations.institutionId))
    .innerJoin(unit, eq(unit.id, designations.institutionId))
    .innerJoin(district, eq(district.id, institutionFacts.districtId));
}

function inScope(scopePath: string): SQL {
  return like(unit.path, `${escapeLike(scopePath)}%`);
}

export interface DesignationFilters {
  scopePath: string;
  typeCode?: string | undefined;
  year?: number | undefined;
  districtId?: string | undefined;
  institutionId?: string | undefined;
  q?: string | undefined;
  includeRevoked: boolean;
}

function filterConditions(filters: DesignationFilters): SQL | undefined {
  const conditions: SQL[] = [inScope(filters.scopePath)];
  if (filters.typeCode) conditions.push(eq(designations.typeCode, filters.typeCode));
  if (filters.year !== undefined) conditions.push(eq(designations.year, filters.year));
  if (filters.districtId) conditions.push(eq(institutionFacts.districtId, filters.districtId));
  if (filters.institutionId) conditions.push(eq(designations.institutionId, filters.institutionId));
  if (filters.q) conditions.push(ilike(unit.name, `%${escapeLike(filters.q)}%`));
  if (!filters.includeRevoked) conditions.push(isNull(designations.revokedOn));
  return and(...conditions);
}

export async function listInScope(db: Db, filters: DesignationFilters & { page: number; pageSize: number }) {
  const where = filterConditions(filters);
  const [items, totals] = await Promise.all([
    joined(db)
      .where(where)
      .orderBy(desc(designations.year), asc(designations.typeCode), asc(unit.code))
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    db
      .select({ total: count() })
      .from(designations)
      .innerJoin(institutionFacts, eq(institutionFacts.orgUnitId, designations.institutionId))
      .innerJoin(unit, eq(unit.id, designations.institutionId))
      .where(where),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

export async function findInScope(db: Db, id: string, scopePath: string) {
  const rows = await joined(db)
    .where(and(eq(designations.id, id), inScope(scopePath)))
    .limit(1);
  return rows[0];
}

export async function summary(
  db: Db,
  filters: { scopePath: string; year?: number | undefined; districtId?: string | undefined },
) {
  const conditions: SQL[] = [inScope(filters.scopePath)];
  if (filters.year !== undefined) conditions.push(eq(designations.year, filters.year));
  if (filters.districtId) conditions.push(eq(institutionFacts.districtId, filters.districtId));
  return db
    .select({
      typeCode: designations.typeCode,
      typeName: designationTypes.name,
      year: designations.year,
      active: sql<number>`(count(*) filter (where ${designations.revokedOn} is null))::int`,
      revoked: sql<number>`(count(*) filter (where ${designations.revokedOn} is not null))::int`,
    })
    .from(designations)
    .innerJoin(designationTypes, eq(designationTypes.code, designations.typeCode))
    .innerJoin(institutionFacts, eq(institutionFacts.orgUnitId, designations.institutionId))
    .innerJoin(unit, eq(unit.id, designations.institutionId))
    .where(and(...conditions))
    .groupBy(designations.typeCode, designationTypes.name, designations.year)
    .orderBy(desc(designations.year), asc(designations.typeCode));
}

export async function listTypes(db: Db) {
  return db.select().from(designationTypes).orderBy(asc(designationTypes.code));
}

export async function findType(db: Db, code: string) {
  const rows = await db.select().from(designationTypes).where(eq(designationTypes.code, code)).limit(1);
  return rows[0];
}

/** Registry facts of an institution; the caller has already checked it is in scope. */
export async function findInstitution(db: Db, orgUnitId: string) {
  const rows = await db
    .select({ type: institutionFacts.type, ownership: institutionFacts.ownership })
    .from(institutionFacts)
    .where(eq(institutionFacts.orgUnitId, orgUnitId))
    .limit(1);
  return rows[0];
}

export async function findAward(db: Db, key: { institutionId: string; typeCode: string; year: number }) {
  const rows = await db
    .select({ id: designations.id, revokedOn: designations.revokedOn })
    .from(designations)
    .where(
      and(
        eq(designations.institutionId, key.institutionId),
        eq(designations.typeCode, key.typeCode),
        eq(designations.year, key.year),
      ),
    )
    .limit(1);
  return rows[0];
}

export async function insertDesignation(
  db: Db,
  values: Pick<DesignationRow, "institutionId" | "typeCode" | "year" | "documentNo" | "documentDate"> & {
    at: Date;
  },
): Promise<string> {
  const { at, ...rest } = values;
  const rows = await db
    .insert(designations)
    .values({ ...rest, createdAt: at, updatedAt: at })
    .returning({ id: designations.id });
  const row = rows[0];
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function updateDesignation(
  db: Db,
  id: string,
  values: Partial<Pick<DesignationRow, "documentNo" | "documentDate" | "revokedOn" | "revokeReason">> & {
    at: Date;
  },
): Promise<void> {
  const { at, ...rest } = values;
  await db
    .update(designations)
    .set({ ...rest, updatedAt: at })
    .where(eq(designations.id, id));
}
