import {
  addWorkingDays,
  fullyOnlineShare,
  isBadRating,
  isOnlineApplicable,
  percent,
  type OnlineDepth,
} from "@edubureau/domain/services-hall";
import { maskName } from "@edubureau/domain/identity";
import type { DataContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { serviceCasePolicy } from "../../policies/service-case.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { notify } from "../notifications/notifications.service.ts";
import { caseRecord } from "./case-views.ts";
import type { ServiceCasesService } from "./service-cases.service.ts";
import * as q from "./service-cases.queries.ts";
import * as iq from "./service-items.queries.ts";
import * as rq from "./service-ratings.queries.ts";
import { resultDocx } from "./service-result.docx.ts";
import * as sq from "./services-stats.queries.ts";

/** A bad rating must be answered within this many working days. */
export const FOLLOW_UP_WORKING_DAYS = 5;

export const VERIFY_PAGE = "/public/services-verify";

export function createServiceFeedbackService(ctx: DataContext, deps: { cases: ServiceCasesService }) {
  const { db } = ctx.database;
  const { clock } = ctx;

  return {
    /** The electronic result of a delivered case (.docx), for the applicant and the handling unit. */
    async resultDocument(actor: Actor, id: string) {
      const { c, rating } = await deps.cases.load(actor, id);
      serviceCasePolicy.authorize(actor, "readMaterials", caseRecord(c, rating));
      if (c.status !== "delivered" || c.verificationCode === null) throw problems.notFound("办理结果");
      const events = await q.listEvents(db, id);
      const notes = events.filter((e) => e.action === "review" || e.action === "deliver").map((e) => e.note);
      const title = `${c.itemName}${c.outcome === "refused" ? "不予办理决定书" : "办理结果通知书"}`;
      const file = await resultDocx({
        c,
        title,
        code: c.verificationCode,
        verifyUrl: `${VERIFY_PAGE}?code=${c.verificationCode}`,
        notes,
      });
      return { file, name: `${title}.docx`, asciiName: `result-${c.caseNo}.docx` as const };
    },

    /** Public: is the result with this code genuine and unrevoked? */
    async verify(code: string) {
      const row = await q.findResultByCode(db, code.trim().toUpperCase());
      if (!row)
        return {
          found: false,
          valid: false,
          title: null,
          caseNo: null,
          itemName: null,
          holder: null,
          unit: null,
          issuedOn: null,
          revoked: false,
        };
      return {
        found: true,
        valid: !row.revoked,
        title: row.title,
        caseNo: row.caseNo,
        itemName: row.itemName,
        holder: maskName(row.applicantName),
        unit: row.handlingUnitName,
        issuedOn: row.issuedOn,
        revoked: row.revoked,
      };
    },

    /** 好差评: 1–5 stars once after 办结; a bad rating opens a follow-up due in 5 working days. */
    async rate(actor: Actor, id: string, input: { rating: number; comment?: string | undefined }) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const { c, rating } = await deps.cases.load(actor, id, tx, true);
        serviceCasePolicy.authorize(actor, "rate", caseRecord(c, rating));
        const bad = isBadRating(input.rating);
        const comment = input.comment?.trim() || null;
        if (bad && comment === null)
          throw problems.field("comment", "差评请写明不满意的原因，以便办理单位整改。");
        const due = bad ? addWorkingDays(deps.cases.today(), FOLLOW_UP_WORKING_DAYS) : null;
        await rq.insertRating(tx, { caseId: id, rating: input.rating, comment, followUpDue: due, at: now });
        if (bad) {
          await notify(
            tx,
            [
              {
                orgUnitId: c.handlingUnitId,
                role: null,
                kind: "service_bad_rating",
                title: `差评待整改答复：${c.itemName}（${c.caseNo}）`,
                body: comment ?? "",
              },
            ],
            now,
          );
        }
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SERVICE_CASE_RATED", entityId: id, after: { rating: input.rating, comment } },
          now,
        );
        return deps.cases.detail(actor, id, tx);
      });
    },

    async answerRating(actor: Actor, id: string, answer: string) {
      const text = answer.trim();
      if (text.length === 0) throw problems.field("answer", "请填写整改答复。");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const { c, rating } = await deps.cases.load(actor, id, tx, true);
        serviceCasePolicy.authorize(actor, "answerRating", caseRecord(c, rating));
        await rq.answerRating(tx, id, text, now);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SERVICE_RATING_FOLLOWED_UP", entityId: id, after: { answer: text } },
          now,
        );
        return deps.cases.detail(actor, id, tx);
      });
    },

    /**
     * 超期督办: every reviewing case past its deadline is marked escalated once, its unit (the unit head's
     * inbox) notified, and the step recorded; the statistics board counts them for the leaders.
     */
    async escalateOverdue(): Promise<number> {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const overdue = await q.overdueUnescalated(tx, deps.cases.today());
        for (const c of overdue) {
          await q.markEscalated(tx, c.id, now);
          await deps.cases.event(
            tx,
            null,
            c.id,
            "escalate",
            `超期督办：已超过承诺时限（${c.deadline ?? ""}），报单位负责人`,
            now,
          );
          await notify(
            tx,
            [
              {
                orgUnitId: c.handlingUnitId,
                role: null,
                kind: "service_case_overdue",
                title: `办件超期：${c.itemName}（${c.caseNo}）`,
                body: `承诺办结日期 ${c.deadline ?? ""}`,
              },
            ],
            now,
          );
          await recordAudit(
            tx,
            { actorId: null, actorName: "系统", ip: null },
            { event: "SERVICE_CASE_ESCALATED", entityId: c.id, after: { deadline: c.deadline } },
            now,
          );
        }
        return overdue.length;
      });
    },

    /** The statistics board, for the actor's scope (city-wide for the bureau, one district for a district). */
    async stats(actor: Actor) {
      const today = deps.cases.today();
      const [totals, items, depths] = await Promise.all([
        sq.caseTotals(db, actor.scopePath, today),
        sq.itemFigures(db, actor.scopePath),
        iq.publishedDepths(db, "/"),
      ]);
      return {
        catalogue: {
          published: depths.length,
          fullyOnline: depths.filter((d) => d === 4).length,
          fullyOnlineShare: fullyOnlineShare(depths),
          onlineApplicable: depths.filter((d: OnlineDepth) => isOnlineApplicable(d)).length,
        },
        cases: {
          total: totals.cases,
          onlineShare: percent(totals.online, totals.cases),
          concluded: totals.concluded,
          avgDays: totals.avgDays,
          maxDays: totals.maxDays,
          onceRate: percent(totals.onceOrLess, totals.concluded),
          openOverdue: totals.openOverdue,
          escalated: totals.escalated,
        },
        ratings: {
          count: totals.ratings,
          satisfaction: percent(totals.good, totals.ratings),
          bad: totals.bad,
          followUpsOpen: totals.followUpsOpen,
        },
        items: items.map((i) => ({ ...i, satisfaction: percent(i.good, i.ratings) })),
      };
    },
  };
}

export type ServiceFeedbackService = ReturnType<typeof createServiceFeedbackService>;
