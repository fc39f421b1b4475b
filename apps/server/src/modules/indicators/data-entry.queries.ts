import { and, eq, sql } from "drizzle-orm";
import type { ApprovalStatus } from "@edubureau/domain/indicators";
import { queryRows, type Db } from "../../db/database.ts";
import { dataApprovals, dataValues, type DataApprovalRow } from "./indicators.tables.ts";

export interface StoredValue {
  elementCode: string;
  value: number;
  updatedAt: Date;
}

export async function valuesOf(db: Db, orgUnitId: string, period: string): Promise<StoredValue[]> {
  return db
    .select({ elementCode: dataValues.elementCode, value: dataValues.value, updatedAt: dataValues.updatedAt })
    .from(dataValues)
    .where(and(eq(dataValues.orgUnitId, orgUnitId), eq(dataValues.period, period)));
}

export async function upsertValue(
  tx: Db,
  row: { elementCode: string; orgUnitId: string; period: string; value: number; userId: string; at: Date },
): Promise<void> {
  const { userId, at, ...key } = row;
  await tx
    .insert(dataValues)
    .values({ ...key, updatedBy: userId, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [dataValues.elementCode, dataValues.orgUnitId, dataValues.period],
      set: { value: row.value, updatedBy: userId, updatedAt: at },
    });
}

export async function deleteValue(tx: Db, key: { elementCode: string; orgUnitId: string; period: string }) {
  await tx
    .delete(dataValues)
    .where(
      and(
        eq(dataValues.elementCode, key.elementCode),
        eq(dataValues.orgUnitId, key.orgUnitId),
        eq(dataValues.period, key.period),
      ),
    );
}

export async function findApproval(
  db: Db,
  orgUnitId: string,
  period: string,
): Promise<DataApprovalRow | undefined> {
  const rows = await db
    .select()
    .from(dataApprovals)
    .where(and(eq(dataApprovals.orgUnitId, orgUnitId), eq(dataApprovals.period, period)))
    .limit(1);
  return rows[0];
}

/**
 * The approval row of a unit and period, created as 草稿 when missing and locked for the rest of the
 * transaction, so a save and an approval of the same form cannot interleave.
 */
export async function lockApproval(
  tx: Db,
  orgUnitId: string,
  period: string,
  at: Date,
): Promise<DataApprovalRow> {
  await tx
    .insert(dataApprovals)
    .values({ orgUnitId, period, status: "draft", updatedAt: at })
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(dataApprovals)
    .where(and(eq(dataApprovals.orgUnitId, orgUnitId), eq(dataApprovals.period, period)))
    .for("update");
  const row = rows[0];
  if (!row) throw new Error("approval row missing after insert");
  return row;
}

export async function updateApproval(
  tx: Db,
  key: { orgUnitId: string; period: string },
  patch: Partial<Omit<DataApprovalRow, "orgUnitId" | "period">>,
): Promise<DataApprovalRow> {
  const rows = await tx
    .update(dataApprovals)
    .set(patch)
    .where(and(eq(dataApprovals.orgUnitId, key.orgUnitId), eq(dataApprovals.period, key.period)))
    .returning();
  const row = rows[0];
  if (!row) throw new Error("update returned no row");
  return row;
}

export interface QueueRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  status: ApprovalStatus;
  valueCount: number;
  submittedAt: Date | null;
  districtApprovedAt: Date | null;
  cityConfirmedAt: Date | null;
  returnedReason: string | null;
}

type RawQueueRow = Omit<QueueRow, "submittedAt" | "districtApprovedAt" | "cityConfirmedAt"> &
  Record<"submittedAt" | "districtApprovedAt" | "cityConfirmedAt", string | Date | null>;

// Raw queries return timestamps as text on both drivers; Drizzle's typed selects return Dates.
const toDate = (value: string | Date | null) => (value === null ? null : new Date(value));

/** Units in scope that reported something for the period or have an approval state for it. */
export async function approvalQueue(
  db: Db,
  options: { scopePattern: string; period: string; status?: ApprovalStatus | undefined },
): Promise<QueueRow[]> {
  const status = options.status ? sql`and coalesce(a.status, 'draft') = ${options.status}` : sql``;
  const rows = await queryRows<RawQueueRow>(
    db,
    sql`select o.id, o.code, o.name, o.kind, coalesce(a.status, 'draft') as status,
        coalesce(v.n, 0)::int as "valueCount", a.submitted_at as "submittedAt",
        a.district_approved_at as "districtApprovedAt", a.city_confirmed_at as "cityConfirmedAt",
        a.returned_reason as "returnedReason"
      from org_units o
      left join data_approvals a on a.org_unit_id = o.id and a.period = ${options.period}
      left join (select org_unit_id, count(*) as n from data_values where period = ${options.period}
        group by org_unit_id) v on v.org_unit_id = o.id
      where o.path like ${options.scopePattern} and (a.org_unit_id is not null or v.n is not null) ${status}
      order by case coalesce(a.status, 'draft') when 'submitted' then 0 when 'district_approved' then 1
        when 'draft' then 2 else 3 end, o.code`,
  );
  return rows.map((row) => ({
    ...row,
    submittedAt: toDate(row.submittedAt),
    districtApprovedAt: toDate(row.districtApprovedAt),
    cityConfirmedAt: toDate(row.cityConfirmedAt),
  }));
}
