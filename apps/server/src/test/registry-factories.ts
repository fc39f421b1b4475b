import { randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import { ancestorIds, type OrgUnitKind } from "@edubureau/domain";
import type {
  DesignationTypeCode,
  InstitutionStatus,
  InstitutionType,
  Ownership,
  ProjectKind,
  ProjectStatus,
  SchoolLevel,
} from "@edubureau/domain/registry";
import { queryRows, type Db } from "../db/database.ts";
import { constructionProjects } from "../modules/construction-projects/construction-projects.tables.ts";
import { designations } from "../modules/designations/designations.tables.ts";
import { dataApprovals } from "../modules/indicators/indicators.tables.ts";
import { institutions } from "../modules/institutions/institutions.tables.ts";
import { insertUnit } from "../modules/org-units/org-units.service.ts";
import type { OrgUnitRow } from "../modules/org-units/org-units.tables.ts";
import { schoolClasses } from "../modules/school-classes/school-classes.tables.ts";

/**
 * Registry rows written straight to the database, for tests that need a known city without going
 * through the registry modules' routes. Codes and names are random so no test depends on another.
 */

const AT = new Date("2019-03-01T00:00:00Z");

function randomCode(prefix: string): string {
  return `${prefix}${randomInt(1e9).toString().padStart(9, "0")}`;
}

export async function addUnit(
  db: Db,
  parent: OrgUnitRow,
  kind: Exclude<OrgUnitKind, "city" | "institution">,
  name?: string,
): Promise<OrgUnitRow> {
  const code = randomCode(kind === "district" ? "D" : kind === "street" ? "S" : "C");
  return insertUnit(db, parent, { code, name: name ?? `${kind}-${code}`, kind }, AT);
}

/** The district and street a unit lies in, read off its path (institutions store both). */
async function placeOf(db: Db, path: string): Promise<{ districtId: string; streetId: string | null }> {
  const ids = ancestorIds(path);
  const rows = await queryRows<{ id: string; kind: OrgUnitKind }>(
    db,
    sql`select id, kind from org_units where id in ${ids}`,
  );
  const districtId = rows.find((r) => r.kind === "district")?.id;
  if (!districtId) throw new Error("an institution must lie inside a district");
  return { districtId, streetId: rows.find((r) => r.kind === "street")?.id ?? null };
}

export interface InstitutionInput {
  type: InstitutionType;
  ownership?: Ownership;
  inclusive?: boolean;
  status?: InstitutionStatus;
  /** The community a 社区学习中心 serves. */
  community?: OrgUnitRow;
  name?: string;
}

/** An institution org unit below `parent` with its registry row. */
export async function addInstitution(
  db: Db,
  parent: OrgUnitRow,
  input: InstitutionInput,
): Promise<OrgUnitRow> {
  const code = randomCode("9");
  const unit = await insertUnit(
    db,
    parent,
    { code, name: input.name ?? `学校${code}`, kind: "institution" },
    AT,
  );
  const place = await placeOf(db, unit.path);
  await db.insert(institutions).values({
    orgUnitId: unit.id,
    type: input.type,
    ownership: input.ownership ?? "public",
    inclusive: input.inclusive ?? false,
    status: input.status ?? "operating",
    communityId: input.community?.id ?? null,
    ...place,
    places: 1000,
    createdAt: AT,
    updatedAt: AT,
  });
  return unit;
}

/** Classes of one school year: one per entry, `students` pupils in `grade`. */
/**
 * A school year's classes. They count in figures only once the school year is approved, so by default the
 * school year is also recorded as 市局已确认; `approved: false` leaves it to the test's own workflow.
 */
export async function addClasses(
  db: Db,
  institution: { id: string },
  schoolYear: string,
  classes: readonly { grade: number; students: number }[],
  options: { approved?: boolean } = {},
): Promise<void> {
  if (options.approved ?? true) {
    await db
      .insert(dataApprovals)
      .values({
        orgUnitId: institution.id,
        period: schoolYear,
        status: "city_confirmed",
        cityConfirmedAt: AT,
      })
      .onConflictDoNothing();
  }
  if (classes.length === 0) return;
  await db.insert(schoolClasses).values(
    classes.map((c, i) => ({
      institutionId: institution.id,
      schoolYear,
      grade: c.grade,
      name: `${c.grade}年级${i + 1}班`,
      students: c.students,
      createdAt: AT,
      updatedAt: AT,
    })),
  );
}

export async function addDesignation(
  db: Db,
  input: { institution: { id: string }; type: DesignationTypeCode; year: number; revokedOn?: string },
): Promise<void> {
  await db.insert(designations).values({
    institutionId: input.institution.id,
    typeCode: input.type,
    year: input.year,
    revokedOn: input.revokedOn ?? null,
    createdAt: AT,
    updatedAt: AT,
  });
}

export interface ProjectInput {
  district: { id: string };
  /** The school built; without one the project is for a school still being planned. */
  institution?: { id: string };
  level: SchoolLevel;
  kind: ProjectKind;
  ownership?: Ownership;
  status: ProjectStatus;
  actualStart?: string;
  actualFinish?: string;
}

export async function addProject(db: Db, input: ProjectInput): Promise<void> {
  const name = randomCode("项目");
  await db.insert(constructionProjects).values({
    name,
    institutionId: input.institution?.id ?? null,
    plannedInstitutionName: input.institution ? null : `规划学校${name}`,
    districtId: input.district.id,
    kind: input.kind,
    level: input.level,
    ownership: input.ownership ?? "public",
    status: input.status,
    actualStart: input.actualStart ?? null,
    actualFinish: input.actualFinish ?? null,
    createdAt: AT,
    updatedAt: AT,
  });
}
