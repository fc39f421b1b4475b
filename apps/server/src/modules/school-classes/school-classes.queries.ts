import { and, asc, desc, eq, ilike, inArray, like, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { InstitutionType } from "@edubureau/domain/registry";
import type { Db } from "../../db/database.ts";
import { institutionFacts } from "../institutions/institutions.read-model.ts";
import { escapeLike } from "../../db/like.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { schoolClasses as c, type SchoolClassRow } from "./school-classes.tables.ts";

const unit = alias(orgUnits, "class_institution");
const district = alias(orgUnits, "class_district");

function inScope(scopePath: string): SQL {
  return like(unit.path, `${escapeLike(scopePath)}%`);
}

const institutionColumns = {
  id: unit.id,
  code: unit.code,
  name: unit.name,
  type: institutionFacts.type,
  places: institutionFacts.places,
  district: { id: district.id, name: district.name },
};

export type InstitutionFacts = Awaited<ReturnType<typeof findInstitution>> & object;

/** Institutions in scope of the given kinds, by code; name or code search. */
export async function listInstitutions(
  db: Db,
  options: { scopePath: string; types: InstitutionType[]; q?: string | undefined; limit: number },
) {
  const conditions: SQL[] = [inScope(options.scopePath), inArray(institutionFacts.type, options.types)];
  if (options.q) {
    const match = or(
      ilike(unit.name, `%${escapeLike(options.q)}%`),
      like(unit.code, `${escapeLike(options.q)}%`),
    );
    if (match) conditions.push(match);
  }
  return db
    .select(institutionColumns)
    .from(institutionFacts)
    .innerJoin(unit, eq(unit.id, institutionFacts.orgUnitId))
    .innerJoin(district, eq(district.id, institutionFacts.districtId))
    .where(and(...conditions))
    .orderBy(asc(unit.code))
    .limit(options.limit);
}

/** Registry facts of an institution; the caller has already checked it is in scope. */
export async function findInstitution(db: Db, orgUnitId: string) {
  const rows = await db
    .select(institutionColumns)
    .from(institutionFacts)
    .innerJoin(unit, eq(unit.id, institutionFacts.orgUnitId))
    .innerJoin(district, eq(district.id, institutionFacts.districtId))
    .where(eq(institutionFacts.orgUnitId, orgUnitId))
    .limit(1);
  return rows[0];
}

export async function listClasses(
  db: Db,
  institutionId: string,
  schoolYear: string,
): Promise<SchoolClassRow[]> {
  return db
    .select()
    .from(c)
    .where(and(eq(c.institutionId, institutionId), eq(c.schoolYear, schoolYear)))
    .orderBy(asc(c.grade), asc(c.name));
}

/** School years with classes on record for an institution, newest first. */
export async function yearsOf(db: Db, institutionId: string) {
  return db
    .select({ schoolYear: c.schoolYear, classes: sql<number>`count(*)::int` })
    .from(c)
    .where(eq(c.institutionId, institutionId))
    .groupBy(c.schoolYear)
    .orderBy(desc(c.schoolYear));
}

/** A class whose institution lies in the scope. */
export async function findClassInScope(db: Db, id: string, scopePath: string) {
  const rows = await db
    .select({ row: c })
    .from(c)
    .innerJoin(unit, eq(unit.id, c.institutionId))
    .where(and(eq(c.id, id), inScope(scopePath)))
    .limit(1);
  return rows[0]?.row;
}

export async function nameTaken(
  db: Db,
  key: { institutionId: string; schoolYear: string; grade: number; name: string; exceptId?: string },
): Promise<boolean> {
  const conditions: SQL[] = [
    eq(c.institutionId, key.institutionId),
    eq(c.schoolYear, key.schoolYear),
    eq(c.grade, key.grade),
    eq(c.name, key.name),
  ];
  if (key.exceptId) conditions.push(ne(c.id, key.exceptId));
  const rows = await db
    .select({ id: c.id })
    .from(c)
    .where(and(...conditions))
    .limit(1);
  return rows.length > 0;
}

export async function studentsTotal(
  db: Db,
  key: { institutionId: string; schoolYear: string; exceptId?: string },
): Promise<number> {
  const conditions: SQL[] = [eq(c.institutionId, key.institutionId), eq(c.schoolYear, key.schoolYear)];
  if (key.exceptId) conditions.push(ne(c.id, key.exceptId));
  const rows = await db
    .select({ total: sql<number>`coalesce(sum(${c.students}), 0)::int` })
    .from(c)
    .where(and(...conditions));
  return rows[0]?.total ?? 0;
}

type ClassValues = Pick<SchoolClassRow, "institutionId" | "schoolYear" | "grade" | "name" | "students">;

export async function insertClasses(db: Db, values: ClassValues[], at: Date): Promise<SchoolClassRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(c)
    .values(values.map((value) => ({ ...value, createdAt: at, updatedAt: at })))
    .returning();
}

export async function updateClass(
  db: Db,
  id: string,
  values: Partial<Pick<SchoolClassRow, "grade" | "name" | "students">> & { at: Date },
): Promise<SchoolClassRow> {
  const { at, ...rest } = values;
  const rows = await db
    .update(c)
    .set({ ...rest, updatedAt: at })
    .where(eq(c.id, id))
    .returning();
  const row = rows[0];
  if (!row) throw new Error("update returned no row");
  return row;
}

export async function deleteClass(db: Db, id: string): Promise<void> {
  await db.delete(c).where(eq(c.id, id));
}

export async function deleteYear(db: Db, institutionId: string, schoolYear: string): Promise<void> {
  await db.delete(c).where(and(eq(c.institutionId, institutionId), eq(c.schoolYear, schoolYear)));
}

/** Every class of a school year in scope, with its institution, for roll-ups. */
export async function classesInScope(
  db: Db,
  options: { scopePath: string; schoolYear: string; districtId?: string | undefined },
) {
  const conditions: SQL[] = [inScope(options.scopePath), eq(c.schoolYear, options.schoolYear)];
  if (options.districtId) conditions.push(eq(institutionFacts.districtId, options.districtId));
  return db
    .select({
      id: unit.id,
      code: unit.code,
      name: unit.name,
      type: institutionFacts.type,
      places: institutionFacts.places,
      districtId: district.id,
      districtName: district.name,
      grade: c.grade,
      students: c.students,
    })
    .from(c)
    .innerJoin(institutionFacts, eq(institutionFacts.orgUnitId, c.institutionId))
    .innerJoin(unit, eq(unit.id, c.institutionId))
    .innerJoin(district, eq(district.id, institutionFacts.districtId))
    .where(and(...conditions))
    .orderBy(asc(unit.code));
}
