import { eq, sql } from "drizzle-orm";
import {
  CRISIS_RISK_LABELS,
  isFollowUpOverdue,
  nextFollowUp,
  type CrisisDuty,
  type CrisisRisk,
} from "@edubureau/domain/campus-safety";
import { maskName } from "@edubureau/domain/identity";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { requireSafetyStaff } from "../../policies/campus-safety-scope.ts";
import {
  authorizeNamingOfficer,
  crisisCaseAccess,
  safetyCrisisCasePolicy,
  type CrisisActor,
} from "../../policies/safety-crisis-case.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { safetyCrisisCases, safetyCrisisFollowUps, safetyCrisisOfficers } from "./campus-safety.tables.ts";
import { within } from "./incidents.queries.ts";
import { unitChain } from "./safety-units.queries.ts";

interface CaseRow {
  id: string;
  schoolId: string;
  schoolName: string;
  schoolPath: string;
  subjectKind: "student" | "staff";
  subjectName: string;
  risk: CrisisRisk;
  summary: string;
  intervention: string;
  openedOn: string;
  nextFollowUp: string;
  status: "open" | "closed";
}

const d10 = (v: unknown) => String(v).slice(0, 10);

/**
 * 心理危机个案. Full rows (name, summary, intervention) only for named crisis officers within their reach
 * (policies/safety-crisis-case.ts); every full view writes an audit row. Other staff in scope see masked rows:
 * a masked name, the risk level and the follow-up date — enough to know a case exists and is being followed.
 */
export function createCrisisService(ctx: AppContext) {
  const { db } = ctx.database;
  const today = () => beijingDate(ctx.clock.now());

  async function who(actor: Actor): Promise<CrisisActor> {
    const [row] = await db
      .select({ duty: safetyCrisisOfficers.duty })
      .from(safetyCrisisOfficers)
      .where(eq(safetyCrisisOfficers.userId, actor.userId));
    return { actor, duty: row?.duty ?? null };
  }

  async function rows(scopePath: string, id?: string) {
    const list = await queryRows<CaseRow>(
      db,
      sql`select c.id, c.school_id as "schoolId", u.name as "schoolName", u.path as "schoolPath", c.subject_kind as "subjectKind",
            c.subject_name as "subjectName", c.risk, c.summary, c.intervention, c.opened_on::text as "openedOn",
            c.next_follow_up::text as "nextFollowUp", c.status
          from safety_crisis_cases c join org_units u on u.id = c.school_id
          where ${within(scopePath)} ${id ? sql`and c.id = ${id}` : sql``}
          order by c.status, c.next_follow_up limit 1000`,
    );
    return list.map((r) => ({ ...r, openedOn: d10(r.openedOn), nextFollowUp: d10(r.nextFollowUp) }));
  }

  function rowView(r: CaseRow, full: boolean) {
    return {
      id: r.id,
      school: { id: r.schoolId, name: r.schoolName },
      subjectKind: r.subjectKind,
      // Stricter than the default: only the surname shows (a crisis case is more sensitive than a roster).
      subjectName: full ? r.subjectName : maskName(r.subjectName, { keepLast: 0 }),
      masked: !full,
      risk: r.risk,
      riskLabel: CRISIS_RISK_LABELS[r.risk],
      openedOn: r.openedOn,
      nextFollowUp: r.nextFollowUp,
      followUpOverdue: r.status === "open" && isFollowUpOverdue(r.nextFollowUp, today()),
      status: r.status,
    };
  }

  async function schoolRecord(schoolId: string) {
    const school = await unitChain(db, schoolId);
    if (!school || school.kind !== "institution") throw problems.field("schoolId", "所选学校不存在");
    return { schoolId: school.id, schoolPath: school.path };
  }

  return {
    /** The list: full rows the officer may see (each listed name is a view, audited as one entry), masked otherwise. */
    async list(actor: Actor) {
      requireSafetyStaff(actor);
      const me = await who(actor);
      const all = await rows(actor.scopePath);
      const items = all.map((r) => rowView(r, crisisCaseAccess(me, r) === true));
      const shown = items.filter((i) => !i.masked).map((i) => i.id);
      if (shown.length > 0)
        await db.transaction((tx) =>
          recordAudit(
            tx,
            whoOf(actor),
            { event: "SAFETY_CRISIS_CASE_VIEWED", entityId: null, after: { view: "list", caseIds: shown } },
            ctx.clock.now(),
          ),
        );
      return { fullAccess: me.duty !== null, items };
    },

    /** One case in full: named officers only; the view is audited before the answer leaves. */
    async get(actor: Actor, id: string) {
      requireSafetyStaff(actor);
      const [r] = await rows(actor.scopePath, id);
      if (!r) throw problems.notFound("心理危机个案");
      const me = await who(actor);
      safetyCrisisCasePolicy.authorize(actor, "read", { ...r, who: me });
      const followUps = await db
        .select()
        .from(safetyCrisisFollowUps)
        .where(eq(safetyCrisisFollowUps.caseId, id))
        .orderBy(safetyCrisisFollowUps.onDate);
      await db.transaction((tx) =>
        recordAudit(
          tx,
          whoOf(actor),
          { event: "SAFETY_CRISIS_CASE_VIEWED", entityId: id, after: { view: "detail" } },
          ctx.clock.now(),
        ),
      );
      return {
        ...rowView(r, true),
        summary: r.summary,
        intervention: r.intervention,
        followUps: followUps.map((f) => ({ id: f.id, onDate: d10(f.onDate), note: f.note })),
      };
    },

    async create(
      actor: Actor,
      input: {
        schoolId: string;
        subjectKind: "student" | "staff";
        subjectName: string;
        risk: CrisisRisk;
        summary: string;
        intervention: string;
        openedOn: string;
      },
    ) {
      const record = await schoolRecord(input.schoolId);
      safetyCrisisCasePolicy.authorize(actor, "write", { ...record, who: await who(actor) });
      if (input.openedOn > today()) throw problems.field("openedOn", "日期不能晚于今天");
      const now = ctx.clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(safetyCrisisCases)
          .values({
            ...input,
            nextFollowUp: nextFollowUp(input.risk, input.openedOn),
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: safetyCrisisCases.id });
        // The audit row names the case, not the person: the name stays in the case record only.
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SAFETY_CRISIS_CASE_CREATED",
            entityId: row!.id,
            after: { schoolId: input.schoolId, risk: input.risk },
          },
          now,
        );
        return { id: row!.id };
      });
    },

    async followUp(
      actor: Actor,
      id: string,
      input: { onDate: string; note: string; risk?: CrisisRisk | undefined; close: boolean },
    ) {
      const [r] = await rows(actor.scopePath, id);
      if (!r) throw problems.notFound("心理危机个案");
      safetyCrisisCasePolicy.authorize(actor, "write", { ...r, who: await who(actor) });
      if (r.status === "closed") throw problems.conflict("该个案已结案。");
      if (input.onDate > today()) throw problems.field("onDate", "随访日期不能晚于今天");
      const risk = input.risk ?? r.risk;
      const now = ctx.clock.now();
      await db.transaction(async (tx) => {
        await tx.insert(safetyCrisisFollowUps).values({
          caseId: id,
          onDate: input.onDate,
          note: input.note,
          createdBy: actor.userId,
          createdAt: now,
        });
        await tx
          .update(safetyCrisisCases)
          .set({
            risk,
            nextFollowUp: nextFollowUp(risk, input.onDate),
            status: input.close ? "closed" : "open",
            updatedAt: now,
          })
          .where(eq(safetyCrisisCases.id, id));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SAFETY_CRISIS_FOLLOW_UP_RECORDED",
            entityId: id,
            before: { risk: r.risk },
            after: { risk, onDate: input.onDate, closed: input.close },
          },
          now,
        );
      });
      return { id };
    },

    /** A district names a crisis officer among its own or its schools' accounts. */
    async nameOfficer(
      actor: Actor,
      input: { userId: string; duty: CrisisDuty },
      target: { unitPath: string; role: string },
    ) {
      authorizeNamingOfficer(actor, target);
      if (input.duty === "school_psychologist" && target.role !== "school")
        throw problems.field("duty", "学校心理教师须为学校账号");
      if (input.duty === "district_officer" && target.role !== "district")
        throw problems.field("duty", "区县负责人须为区县教育局账号");
      const now = ctx.clock.now();
      await db.transaction(async (tx) => {
        await tx
          .insert(safetyCrisisOfficers)
          .values({ userId: input.userId, duty: input.duty, namedBy: actor.userId, namedAt: now })
          .onConflictDoUpdate({
            target: safetyCrisisOfficers.userId,
            set: { duty: input.duty, namedBy: actor.userId, namedAt: now },
          });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SAFETY_CRISIS_OFFICER_NAMED", entityId: input.userId, after: input },
          now,
        );
      });
      return { id: input.userId };
    },

    async openCount(scopePath: string) {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from safety_crisis_cases c join org_units u on u.id = c.school_id where ${within(scopePath)} and c.status = 'open'`,
      );
      return row?.n ?? 0;
    },
  };
}

export type CrisisService = ReturnType<typeof createCrisisService>;
