import { TEACHER_TITLES, type TeacherTitle } from "@edubureau/domain/teachers";
import { beijingDate } from "@edubureau/domain/work-plan";
import { sql, type SQL } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import { listOrder, pageWindow, type SortOrder } from "../../db/list-order.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { computeRuralExperience } from "./rural-recognition.service.ts";
import * as q from "./teachers.queries.ts";
import { inScope } from "./teachers.queries.ts";
import { teacherExchanges } from "./teachers.tables.ts";
import type { TeachersService } from "./teachers.service.ts";
import { teacherPolicy } from "../../policies/teacher.ts";

export interface PoolFilters {
  districtId?: string | undefined;
  institutionId?: string | undefined;
  subject?: string | undefined;
  minTitle?: TeacherTitle | undefined;
  honoured?: boolean | undefined;
  minHours?: number | undefined;
  ruralCertified?: boolean | undefined;
}

export interface PoolRow {
  id: string;
  teacherNumber: string;
  name: string;
  institutionName: string;
  subject: string;
  title: string;
  hours: number;
  honours: string[];
  /** Holds a certified 农村(薄弱)学校任教经历认定. */
  ruralCertified: boolean;
}

/** Columns the 人才库 sorts on; the default ranks by honours, then hours. */
export const POOL_SORT_KEYS = [
  "honours",
  "hours",
  "teacherNumber",
  "name",
  "institution",
  "subject",
  "title",
] as const;
const SORT_COLUMNS: Record<(typeof POOL_SORT_KEYS)[number], SQL> = {
  honours: sql`cardinality(p.honours)`,
  hours: sql`p.hours`,
  teacherNumber: sql`p."teacherNumber"`,
  name: sql`p.name`,
  institution: sql`p."institutionCode"`,
  subject: sql`p.subject`,
  title: sql`array_position(${sql.param([...TEACHER_TITLES])}::text[], p.title)`,
};

export interface PoolPage {
  page: number;
  pageSize: number;
  sort: (typeof POOL_SORT_KEYS)[number];
  /** Without one, honours and hours run from the most down, the rest ascending. */
  order?: SortOrder | undefined;
}

/**
 * 县管校聘 matching: a searchable pool of the scope's teachers by subject, title, honours and the hours of
 * their current cycle; exchange (交流轮岗) records; rural-experience recognition from teaching history.
 */
/** Training hours and honours come from their owners' read models, wired by the composition root. */
export interface TalentPoolReadModels {
  approvedHoursSince(teacherId: SQL, since: SQL): SQL;
  honourKindsOf(teacherId: SQL): SQL;
}

export function createTalentPoolService(
  ctx: AppContext,
  deps: { teachers: TeachersService; readModels: TalentPoolReadModels },
) {
  const { db } = ctx.database;
  const { clock } = ctx;

  return {
    /**
     * One page of the pool and the number of matches. The scope, the district and school filters and the
     * subject and title are in the inner `where`; honours, hours and 认定 in the outer one — all before the
     * sort and the limit, so the count is of every match.
     */
    async search(
      actor: Actor,
      filters: PoolFilters & PoolPage,
    ): Promise<{ items: PoolRow[]; total: number }> {
      const conditions = [inScope(actor.scopePath)];
      if (filters.districtId) conditions.push(sql`t.district_id = ${filters.districtId}`);
      if (filters.institutionId) conditions.push(sql`t.institution_id = ${filters.institutionId}`);
      if (filters.subject) conditions.push(sql`t.subject = ${filters.subject}`);
      if (filters.minTitle) {
        const titles = TEACHER_TITLES.slice(TEACHER_TITLES.indexOf(filters.minTitle));
        conditions.push(sql`t.title = any(${sql.param([...titles])}::text[])`);
      }
      const having = [sql`true`];
      if (filters.honoured) having.push(sql`cardinality(p.honours) > 0`);
      if (filters.minHours !== undefined) having.push(sql`p.hours >= ${filters.minHours}`);
      if (filters.ruralCertified !== undefined)
        having.push(filters.ruralCertified ? sql`p."ruralCertified"` : sql`not p."ruralCertified"`);
      // Honours and hours run from the most down unless the reader asks otherwise; equal honours by hours.
      const direction =
        filters.order ?? (filters.sort === "honours" || filters.sort === "hours" ? "desc" : "asc");
      const tie =
        filters.sort === "honours" ? [sql`p.hours ${direction === "desc" ? sql`desc` : sql`asc`}`] : [];
      const order = listOrder(SORT_COLUMNS, filters.sort, direction, ...tie, sql`p."teacherNumber"`);
      const run = (window: { page: number; pageSize: number }) =>
        queryRows<PoolRow & { total: number; institutionCode?: string }>(
          db,
          sql`select p.*, count(*) over ()::int as total from (
                select t.id, t.teacher_number as "teacherNumber", t.name, iu.name as "institutionName",
                  iu.code as "institutionCode", t.subject, t.title,
                  ${deps.readModels.approvedHoursSince(sql`t.id`, sql`coalesce(t.registered_on, '1900-01-01')`)}::float8 as hours,
                  ${deps.readModels.honourKindsOf(sql`t.id`)} as honours,
                  exists(select 1 from rural_experience_recognitions r where r.teacher_id = t.id and r.status = 'certified')
                    as "ruralCertified"
                from teachers t join org_units iu on iu.id = t.institution_id
                where ${sql.join(conditions, sql` and `)}) p
              where ${sql.join(having, sql` and `)}
              order by ${order} ${pageWindow(window)}`,
        );
      const rows = await run(filters);
      // A page past the end carries no row to hold the count: ask for the first row instead.
      const total =
        rows[0]?.total ?? (filters.page === 1 ? 0 : ((await run({ page: 1, pageSize: 1 }))[0]?.total ?? 0));
      return { items: rows.map(({ total: _total, institutionCode: _code, ...row }) => row), total };
    },

    /** 农村(薄弱)学校任教经历 computed from the teaching history by the domain rule. */
    async ruralExperience(actor: Actor, id: string) {
      const teacher = await deps.teachers.getVisible(actor, id);
      return computeRuralExperience(db, teacher, beijingDate(clock.now()));
    },

    async exchanges(actor: Actor, id: string) {
      await deps.teachers.getVisible(actor, id);
      return queryRows<{
        id: string;
        kind: string;
        fromName: string;
        toName: string;
        fromDate: string;
        toDate: string | null;
      }>(
        db,
        sql`select e.id, e.kind, f.name as "fromName", d.name as "toName", e.from_date::text as "fromDate", e.to_date::text as "toDate"
            from teacher_exchanges e join org_units f on f.id = e.from_institution_id join org_units d on d.id = e.to_institution_id
            where e.teacher_id = ${id} order by e.from_date desc`,
      );
    },

    /** 交流轮岗/支教/县管校聘: from the teacher's school to another school of the same scope. */
    async recordExchange(
      actor: Actor,
      id: string,
      input: {
        kind: "rotation" | "support" | "countyHired";
        toInstitutionId: string;
        fromDate: string;
        toDate?: string | null | undefined;
      },
    ) {
      teacherPolicy.authorize(actor, "write");
      if (input.toDate && input.toDate < input.fromDate)
        throw problems.field("toDate", "结束日期不能早于开始日期");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const teacher = await deps.teachers.getVisible(actor, id, tx);
        const target = await q.findInstitutionInScope(tx, input.toInstitutionId, actor.scopePath);
        if (!target) throw problems.field("toInstitutionId", "交流学校不存在或不在您的管理范围内");
        if (target.id === teacher.institutionId)
          throw problems.field("toInstitutionId", "交流学校不能是教师现任职学校");
        const [row] = await tx
          .insert(teacherExchanges)
          .values({
            teacherId: id,
            kind: input.kind,
            fromInstitutionId: teacher.institutionId,
            toInstitutionId: target.id,
            fromDate: input.fromDate,
            toDate: input.toDate ?? null,
            createdAt: now,
          })
          .returning({ id: teacherExchanges.id });
        if (!row) throw new AppError("internal", "保存失败");
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "TEACHER_EXCHANGE_RECORDED",
            entityId: id,
            after: { ...input, to: target.name },
          },
          now,
        );
        return { id: row.id };
      });
    },
  };
}

export type TalentPoolService = ReturnType<typeof createTalentPoolService>;
