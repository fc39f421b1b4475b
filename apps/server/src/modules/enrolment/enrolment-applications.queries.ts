import { and, asc, eq, inArray, like, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import { listOrder, type SortOrder } from "../../db/list-order.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import {
  enrolmentApplicants,
  enrolmentApplications,
  type EnrolmentApplicantRow,
  type EnrolmentApplicationRow,
} from "./enrolment.tables.ts";

export interface ApplicationWithChildren extends EnrolmentApplicationRow {
  districtName: string;
  children: EnrolmentApplicantRow[];
}

async function withChildren(db: Db, rows: (EnrolmentApplicationRow & { districtName: string })[]) {
  if (rows.length === 0) return [];
  const children = await db
    .select()
    .from(enrolmentApplicants)
    .where(
      inArray(
        enrolmentApplicants.applicationId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(enrolmentApplicants.number));
  return rows.map((row) => ({ ...row, children: children.filter((c) => c.applicationId === row.id) }));
}

function selectApplications(db: Db) {
  return db
    .select({
      id: enrolmentApplications.id,
      roundId: enrolmentApplications.roundId,
      number: enrolmentApplications.number,
      parentId: enrolmentApplications.parentId,
      districtId: enrolmentApplications.districtId,
      household: enrolmentApplications.household,
      residence: enrolmentApplications.residence,
      choices: enrolmentApplications.choices,
      secondChoices: enrolmentApplications.secondChoices,
      status: enrolmentApplications.status,
      returnReason: enrolmentApplications.returnReason,
      reviewedBy: enrolmentApplications.reviewedBy,
      reviewedAt: enrolmentApplications.reviewedAt,
      guardianName: enrolmentApplications.guardianName,
      guardianRelation: enrolmentApplications.guardianRelation,
      guardianPhone: enrolmentApplications.guardianPhone,
      homeAddress: enrolmentApplications.homeAddress,
      pledgedAt: enrolmentApplications.pledgedAt,
      createdAt: enrolmentApplications.createdAt,
      updatedAt: enrolmentApplications.updatedAt,
      districtName: orgUnits.name,
    })
    .from(enrolmentApplications)
    .innerJoin(orgUnits, eq(orgUnits.id, enrolmentApplications.districtId));
}

export async function findApplication(db: Db, where: SQL): Promise<ApplicationWithChildren | undefined> {
  const rows = await selectApplications(db).where(where).limit(1);
  return (await withChildren(db, rows))[0];
}

export const byId = (id: string) => eq(enrolmentApplications.id, id);
export const ofParent = (parentId: string) => eq(enrolmentApplications.parentId, parentId);
export const inDistrictScope = (scopePath: string) => like(orgUnits.path, `${escapeLike(scopePath)}%`);

export async function listApplications(db: Db, where: SQL | undefined, limit = 500) {
  const rows = await selectApplications(db)
    .where(where)
    .orderBy(asc(enrolmentApplications.number))
    .limit(limit);
  return withChildren(db, rows);
}

/** What the review list sorts on; the tie-break is the 报名号. */
const REVIEW_SORT_COLUMNS = {
  number: sql`${enrolmentApplications.number}`,
  submittedAt: sql`${enrolmentApplications.createdAt}`,
  status: sql`${enrolmentApplications.status}`,
  household: sql`${enrolmentApplications.household}`,
  district: sql`${orgUnits.code}`,
};
export type ReviewSort = { sort: keyof typeof REVIEW_SORT_COLUMNS; order?: SortOrder | undefined };

/** One page of applications, the scope and filters in `where` before the sort and the limit. */
export async function pageOfApplications(
  db: Db,
  where: SQL | undefined,
  options: ReviewSort & { page: number; pageSize: number },
) {
  const rows = await selectApplications(db)
    .where(where)
    .orderBy(
      listOrder(REVIEW_SORT_COLUMNS, options.sort, options.order, sql`${enrolmentApplications.number}`),
    )
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize);
  return withChildren(db, rows);
}

/** Applications naming a school (choices hold 学校标识码) among their first- or second-round choices. */
export const choosing = (institutionId: string) => {
  const code = sql`jsonb_build_array((select u.code from org_units u where u.id = ${institutionId}))`;
  return sql`(${enrolmentApplications.choices} @> ${code}
    or coalesce(${enrolmentApplications.secondChoices}, '[]'::jsonb) @> ${code})`;
};

export async function countApplications(db: Db, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(enrolmentApplications)
    .innerJoin(orgUnits, eq(orgUnits.id, enrolmentApplications.districtId))
    .where(where);
  return row?.n ?? 0;
}

export async function insertApplication(
  db: Db,
  values: typeof enrolmentApplications.$inferInsert,
): Promise<string> {
  const [row] = await db
    .insert(enrolmentApplications)
    .values(values)
    .returning({ id: enrolmentApplications.id });
  if (!row) throw new Error("insert application returned nothing");
  return row.id;
}

export async function insertApplicants(
  db: Db,
  values: (typeof enrolmentApplicants.$inferInsert)[],
): Promise<void> {
  await db.insert(enrolmentApplicants).values(values);
}

/** Children of the round already on an active application, among these ID numbers. */
export async function activeApplicants(db: Db, roundId: string, residentIds: string[]) {
  return db
    .select({ number: enrolmentApplicants.number, residentId: enrolmentApplicants.residentId })
    .from(enrolmentApplicants)
    .where(
      and(
        eq(enrolmentApplicants.roundId, roundId),
        eq(enrolmentApplicants.active, true),
        inArray(enrolmentApplicants.residentId, residentIds),
      ),
    );
}

export async function updateApplication(
  db: Db,
  id: string,
  values: Partial<typeof enrolmentApplications.$inferInsert>,
): Promise<void> {
  await db.update(enrolmentApplications).set(values).where(eq(enrolmentApplications.id, id));
}

export async function deactivateApplicants(db: Db, applicationId: string): Promise<void> {
  await db
    .update(enrolmentApplicants)
    .set({ active: false })
    .where(eq(enrolmentApplicants.applicationId, applicationId));
}

export const applicationColumns = enrolmentApplications;

/** Approved applications of a round with their children's numbers, for freezing the lists. */
export async function approvedForDraw(db: Db, roundId: string) {
  const rows = await db
    .select({
      number: enrolmentApplications.number,
      choices: enrolmentApplications.choices,
      secondChoices: enrolmentApplications.secondChoices,
      child: enrolmentApplicants.number,
    })
    .from(enrolmentApplications)
    .innerJoin(enrolmentApplicants, eq(enrolmentApplicants.applicationId, enrolmentApplications.id))
    .where(and(eq(enrolmentApplications.roundId, roundId), eq(enrolmentApplications.status, "approved")))
    .orderBy(asc(enrolmentApplicants.number));
  const byApplication = new Map<
    string,
    { number: string; choices: string[]; secondChoices: string[] | null; children: string[] }
  >();
  for (const row of rows) {
    const entry = byApplication.get(row.number) ?? {
      number: row.number,
      choices: row.choices,
      secondChoices: row.secondChoices,
      children: [],
    };
    entry.children.push(row.child);
    byApplication.set(row.number, entry);
  }
  return [...byApplication.values()];
}

/** Names and ID numbers by applicant number, for masked public lists. */
export async function applicantsByNumbers(db: Db, numbers: string[]) {
  if (numbers.length === 0) return new Map<string, { name: string; idNumber: string }>();
  const rows = await db
    .select({
      number: enrolmentApplicants.number,
      name: enrolmentApplicants.name,
      idNumber: enrolmentApplicants.residentId,
    })
    .from(enrolmentApplicants)
    .where(inArray(enrolmentApplicants.number, numbers));
  return new Map(rows.map((r) => [r.number, { name: r.name, idNumber: r.idNumber }]));
}
