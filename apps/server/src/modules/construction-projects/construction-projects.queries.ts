import { and, asc, count, desc, eq, ilike, like, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ProjectKind, ProjectStatus, SchoolLevel } from "@edubureau/domain/registry";
import type { Db } from "../../db/database.ts";
import { institutionFacts } from "../institutions/institutions.read-model.ts";
import { escapeLike } from "../../db/like.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { constructionProjects as p, type ConstructionProjectRow } from "./construction-projects.tables.ts";

const district = alias(orgUnits, "project_district");
const unit = alias(orgUnits, "project_institution");

const columns = {
  id: p.id,
  name: p.name,
  plannedInstitutionName: p.plannedInstitutionName,
  kind: p.kind,
  level: p.level,
  ownership: p.ownership,
  placesAdded: p.placesAdded,
  plannedStart: p.plannedStart,
  plannedFinish: p.plannedFinish,
  actualStart: p.actualStart,
  actualFinish: p.actualFinish,
  status: p.status,
  investmentWan: p.investmentWan,
  indoorAirTest: p.indoorAirTest,
  indoorAirTestedOn: p.indoorAirTestedOn,
  syntheticTrackTest: p.syntheticTrackTest,
  syntheticTrackTestedOn: p.syntheticTrackTestedOn,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
  institution: { id: unit.id, code: unit.code, name: unit.name },
  district: { id: district.id, code: district.code, name: district.name, kind: district.kind },
};

export type ProjectListRow = Awaited<ReturnType<typeof findInScope>> & object;

function joined(db: Db) {
  return db
    .select(columns)
    .from(p)
    .innerJoin(district, eq(district.id, p.districtId))
    .leftJoin(unit, eq(unit.id, p.institutionId));
}

/** A project is visible to whoever sees its district, or its school (a school account sees its own). */
function inScope(scopePath: string): SQL {
  const pattern = `${escapeLike(scopePath)}%`;
  return or(like(district.path, pattern), like(unit.path, pattern)) ?? sql`false`;
}

export interface ProjectFilters {
  scopePath: string;
  status?: ProjectStatus | undefined;
  districtId?: string | undefined;
  level?: SchoolLevel | undefined;
  kind?: ProjectKind | undefined;
  q?: string | undefined;
}

function where(filters: ProjectFilters): SQL | undefined {
  const conditions: SQL[] = [inScope(filters.scopePath)];
  if (filters.status) conditions.push(eq(p.status, filters.status));
  if (filters.districtId) conditions.push(eq(p.districtId, filters.districtId));
  if (filters.level) conditions.push(eq(p.level, filters.level));
  if (filters.kind) conditions.push(eq(p.kind, filters.kind));
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    const match = or(
      ilike(p.name, pattern),
      ilike(p.plannedInstitutionName, pattern),
      ilike(unit.name, pattern),
    );
    if (match) conditions.push(match);
  }
  return and(...conditions);
}

export async function listInScope(db: Db, filters: ProjectFilters & { page: number; pageSize: number }) {
  const condition = where(filters);
  const [items, totals] = await Promise.all([
    joined(db)
      .where(condition)
      .orderBy(desc(p.updatedAt), asc(p.name))
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    db
      .select({ total: count() })
      .from(p)
      .innerJoin(district, eq(district.id, p.districtId))
      .leftJoin(unit, eq(unit.id, p.institutionId))
      .where(condition),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

/** Every matching project, for the board: soonest planned finish first. */
export async function listAllInScope(db: Db, filters: ProjectFilters) {
  return joined(db)
    .where(where(filters))
    .orderBy(sql`${p.plannedFinish} asc nulls last`, asc(p.name));
}

export async function findInScope(db: Db, id: string, scopePath: string) {
  const rows = await joined(db)
    .where(and(eq(p.id, id), inScope(scopePath)))
    .limit(1);
  return rows[0];
}

/** Registry facts of an institution; the caller has already checked it is in scope. */
export async function findInstitution(db: Db, orgUnitId: string) {
  const rows = await db
    .select({
      type: institutionFacts.type,
      ownership: institutionFacts.ownership,
      districtId: institutionFacts.districtId,
    })
    .from(institutionFacts)
    .where(eq(institutionFacts.orgUnitId, orgUnitId))
    .limit(1);
  return rows[0];
}

export type ProjectValues = Omit<ConstructionProjectRow, "id" | "createdAt" | "updatedAt">;

export async function insertProject(db: Db, values: ProjectValues & { at: Date }): Promise<string> {
  const { at, ...rest } = values;
  const rows = await db
    .insert(p)
    .values({ ...rest, createdAt: at, updatedAt: at })
    .returning({ id: p.id });
  const row = rows[0];
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function updateProject(
  db: Db,
  id: string,
  values: Partial<ProjectValues> & { at: Date },
): Promise<void> {
  const { at, ...rest } = values;
  await db
    .update(p)
    .set({ ...rest, updatedAt: at })
    .where(eq(p.id, id));
}

export async function deleteProject(db: Db, id: string): Promise<void> {
  await db.delete(p).where(eq(p.id, id));
}
