import { sql, type SQL } from "drizzle-orm";
import type { CaseOutcome, CaseStatus, ReviewStep } from "@edubureau/domain/services-hall";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import { listOrder, type SortOrder } from "../../db/list-order.ts";
import type { CASE_SORT_KEYS } from "./services-hall.schemas.ts";

export interface CaseRow {
  id: string;
  caseNo: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  steps: ReviewStep[];
  situationCode: string | null;
  applicantId: string | null;
  applicantName: string;
  handlingUnitId: string;
  handlingUnitName: string;
  handlingUnitPath: string;
  channel: "online" | "counter";
  form: Record<string, string>;
  status: CaseStatus;
  stepIndex: number;
  outcome: CaseOutcome | null;
  correctionItems: string[] | null;
  reason: string | null;
  submittedOn: string;
  acceptedOn: string | null;
  concludedOn: string | null;
  limitDays: number;
  legalDays: number;
  deadline: string | null;
  usedDays: number | null;
  escalatedAt: Date | null;
  verificationCode: string | null;
  updatedAt: Date;
}

const COLUMNS = sql`c.id, c.case_no as "caseNo", c.item_id as "itemId", i.code as "itemCode", i.name as "itemName",
  i.steps, c.situation_code as "situationCode", c.applicant_id as "applicantId", c.applicant_name as "applicantName",
  c.handling_unit_id as "handlingUnitId", u.name as "handlingUnitName", c.handling_unit_path as "handlingUnitPath",
  c.channel, c.form, c.status, c.step_index as "stepIndex", c.outcome, c.correction_items as "correctionItems",
  c.reason, to_char(c.submitted_on, 'YYYY-MM-DD') as "submittedOn", to_char(c.accepted_on, 'YYYY-MM-DD') as "acceptedOn",
  to_char(c.concluded_on, 'YYYY-MM-DD') as "concludedOn", c.limit_days as "limitDays", i.legal_days as "legalDays",
  to_char(c.deadline, 'YYYY-MM-DD') as "deadline", c.used_days as "usedDays", c.escalated_at as "escalatedAt",
  r.verification_code as "verificationCode", c.updated_at as "updatedAt"`;

const FROM = sql`service_cases c join service_items i on i.id = c.item_id join org_units u on u.id = c.handling_unit_id
  left join service_results r on r.case_id = c.id`;

export async function findCase(db: Db, id: string, forUpdate = false): Promise<CaseRow | null> {
  const [row] = await queryRows<CaseRow>(
    db,
    sql`select ${COLUMNS} from ${FROM} where c.id = ${id} ${forUpdate ? sql`for update of c` : sql``}`,
  );
  return row ?? null;
}

/** The read rule of policies/service-case.ts as SQL: own applications, or handled within the actor's scope. */
export interface CaseScope {
  userId: string;
  handles: boolean;
  scopePath: string;
}

/** Which cases: the conditions a list and its count share. */
export interface CaseSelection {
  mine: boolean;
  open?: boolean | undefined;
  status?: CaseStatus | undefined;
  overdueOn?: string | undefined;
  /** One case by its number (the work queue's search box). */
  caseNo?: string | undefined;
  /** Only cases this unit handles that wait on it (待受理 or 审核中): the 工作台's count. */
  awaitingUnit?: string | undefined;
}

export interface CaseFilter extends CaseSelection {
  sort?: (typeof CASE_SORT_KEYS)[number] | undefined;
  order?: SortOrder | undefined;
  page: number;
  pageSize: number;
}

const CASE_SORT_COLUMNS: Record<(typeof CASE_SORT_KEYS)[number], SQL> = {
  caseNo: sql`c.case_no`,
  item: sql`i.code`,
  applicant: sql`c.applicant_name`,
  status: sql`c.status`,
  submittedOn: sql`c.submitted_on`,
  deadline: sql`c.deadline`,
};

function scopeWhere(scope: CaseScope, filter: CaseSelection) {
  const who = filter.mine
    ? sql`c.applicant_id = ${scope.userId}`
    : scope.handles
      ? sql`c.handling_unit_path like ${`${escapeLike(scope.scopePath)}%`}`
      : sql`false`;
  const status = filter.status ? sql`and c.status = ${filter.status}` : sql``;
  const open = filter.open ? sql`and c.status in ('submitted', 'correction', 'reviewing')` : sql``;
  const overdue = filter.overdueOn
    ? sql`and c.status = 'reviewing' and c.deadline < ${filter.overdueOn}`
    : sql``;
  const one = filter.caseNo ? sql`and c.case_no = ${filter.caseNo.trim().toUpperCase()}` : sql``;
  const awaiting = filter.awaitingUnit
    ? sql`and c.handling_unit_id = ${filter.awaitingUnit} and c.status in ('submitted', 'reviewing')`
    : sql``;
  return sql`${who} ${status} ${open} ${overdue} ${one} ${awaiting}`;
}

export async function listCases(db: Db, scope: CaseScope, filter: CaseFilter) {
  const where = scopeWhere(scope, filter);
  const order = filter.sort
    ? listOrder(CASE_SORT_COLUMNS, filter.sort, filter.order, sql`c.case_no`)
    : filter.mine
      ? sql`c.created_at desc`
      : sql`c.deadline asc nulls first, c.created_at asc`;
  const items = await queryRows<CaseRow>(
    db,
    sql`select ${COLUMNS} from ${FROM} where ${where} order by ${order}
        limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  return { items, total: await countCases(db, scope, filter) };
}

/** How many cases a list with the same scope and conditions holds, over all its pages. */
export async function countCases(db: Db, scope: CaseScope, filter: CaseSelection): Promise<number> {
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from service_cases c where ${scopeWhere(scope, filter)}`,
  );
  return count?.n ?? 0;
}

export interface NewCase {
  caseNo: string;
  itemId: string;
  situationCode: string | null;
  applicantId: string;
  applicantName: string;
  handlingUnitId: string;
  handlingUnitPath: string;
  form: Record<string, string>;
  submittedOn: string;
  limitDays: number;
  at: Date;
}

export async function insertCase(db: Db, c: NewCase): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`insert into service_cases (case_no, item_id, situation_code, applicant_id, applicant_name, handling_unit_id,
          handling_unit_path, form, status, submitted_on, limit_days, created_at, updated_at)
        values (${c.caseNo}, ${c.itemId}, ${c.situationCode}, ${c.applicantId}, ${c.applicantName}, ${c.handlingUnitId},
          ${c.handlingUnitPath}, ${JSON.stringify(c.form)}::jsonb, 'submitted', ${c.submittedOn}, ${c.limitDays},
          ${c.at}, ${c.at})
        returning id`,
  );
  if (!row) throw new Error("case not inserted");
  return row.id;
}

export interface CaseUpdate {
  status: CaseStatus;
  stepIndex: number;
  outcome: CaseOutcome | null;
  correctionItems: string[] | null;
  reason: string | null;
  acceptedOn: string | null;
  deadline: string | null;
  concludedOn: string | null;
  usedDays: number | null;
  at: Date;
}

export async function updateCase(db: Db, id: string, u: CaseUpdate): Promise<void> {
  await db.execute(
    sql`update service_cases set status = ${u.status}, step_index = ${u.stepIndex}, outcome = ${u.outcome},
          correction_items = ${u.correctionItems === null ? null : JSON.stringify(u.correctionItems)}::jsonb,
          reason = ${u.reason}, accepted_on = ${u.acceptedOn}, deadline = ${u.deadline},
          concluded_on = ${u.concludedOn}, used_days = ${u.usedDays}, updated_at = ${u.at}
        where id = ${id}`,
  );
}

export interface CaseEvent {
  action: string;
  note: string;
  actorName: string | null;
  at: Date;
  workingDays: number;
}

export async function insertEvent(
  db: Db,
  e: CaseEvent & { caseId: string; actorId: string | null },
): Promise<void> {
  await db.execute(
    sql`insert into service_case_events (case_id, action, note, actor_id, actor_name, at, working_days)
        values (${e.caseId}, ${e.action}, ${e.note}, ${e.actorId}, ${e.actorName}, ${e.at}, ${e.workingDays})`,
  );
}

export async function listEvents(db: Db, caseId: string): Promise<CaseEvent[]> {
  return queryRows<CaseEvent>(
    db,
    sql`select action, note, actor_name as "actorName", at, working_days as "workingDays"
        from service_case_events where case_id = ${caseId} order by seq`,
  );
}

export async function lastEventAt(db: Db, caseId: string): Promise<Date | null> {
  const [row] = await queryRows<{ at: Date | string }>(
    db,
    sql`select max(at) as at from service_case_events where case_id = ${caseId}`,
  );
  return row?.at ? new Date(row.at) : null;
}

/** Open reviewing cases past their deadline and not yet escalated. */
export async function overdueUnescalated(db: Db, today: string): Promise<CaseRow[]> {
  return queryRows<CaseRow>(
    db,
    sql`select ${COLUMNS} from ${FROM}
        where c.status = 'reviewing' and c.deadline < ${today} and c.escalated_at is null
        order by c.deadline limit 1000`,
  );
}

export async function markEscalated(db: Db, id: string, at: Date): Promise<void> {
  await db.execute(sql`update service_cases set escalated_at = ${at} where id = ${id}`);
}

export async function insertResult(
  db: Db,
  r: { caseId: string; code: string; title: string; issuedOn: string },
): Promise<void> {
  await db.execute(
    sql`insert into service_results (case_id, verification_code, title, issued_on)
        values (${r.caseId}, ${r.code}, ${r.title}, ${r.issuedOn})`,
  );
}

export interface ResultRow {
  caseId: string;
  title: string;
  issuedOn: string;
  revoked: boolean;
  caseNo: string;
  itemName: string;
  applicantName: string;
  handlingUnitName: string;
  outcome: CaseOutcome | null;
}

export async function findResultByCode(db: Db, code: string): Promise<ResultRow | null> {
  const [row] = await queryRows<ResultRow>(
    db,
    sql`select r.case_id as "caseId", r.title, to_char(r.issued_on, 'YYYY-MM-DD') as "issuedOn",
          r.revoked_at is not null as revoked, c.case_no as "caseNo", i.name as "itemName",
          c.applicant_name as "applicantName", u.name as "handlingUnitName", c.outcome
        from service_results r join service_cases c on c.id = r.case_id join service_items i on i.id = c.item_id
        join org_units u on u.id = c.handling_unit_id
        where r.verification_code = ${code}`,
  );
  return row ?? null;
}

export async function findUnit(
  db: Db,
  id: string,
): Promise<{ id: string; name: string; path: string; kind: string } | null> {
  const [row] = await queryRows<{ id: string; name: string; path: string; kind: string }>(
    db,
    sql`select id, name, path, kind from org_units where id = ${id}`,
  );
  return row ?? null;
}

export async function listDistricts(db: Db): Promise<{ id: string; name: string }[]> {
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from org_units where kind = 'district' order by code`,
  );
}
