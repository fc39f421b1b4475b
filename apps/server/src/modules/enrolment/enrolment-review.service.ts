import { and, eq, type SQL } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { applicationSnapshot, childView, view } from "./enrolment-applications.service.ts";
import { getRound, requireWindow } from "./enrolment-common.ts";
import * as aq from "./enrolment-applications.queries.ts";
import { enrolmentApplications } from "./enrolment.tables.ts";
import { enrolmentApplicationPolicy } from "../../policies/student.ts";

export type ReviewStatus = "submitted" | "approved" | "returned" | "withdrawn";

/** 资格审核 by the district bureau of the applicant's household: only its own district's applications. */
export function createEnrolmentReviewService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function getInScope(actor: Actor, id: string, tx: Db = db) {
    const app = await aq.findApplication(tx, and(aq.byId(id), aq.inDistrictScope(actor.scopePath)) as SQL);
    if (!app) throw problems.notFound("入学申请");
    return app;
  }

  function reviewView(app: aq.ApplicationWithChildren) {
    return { ...view(app), children: app.children.map(childView) };
  }

  async function decide(
    actor: Actor,
    id: string,
    decision: { status: "approved" | "returned"; reason: string | null },
  ) {
    return db.transaction(async (tx) => {
      const before = await getInScope(actor, id, tx);
      requireWindow(clock, await getRound(tx, before.roundId, true), "review");
      if (before.status === "withdrawn")
        throw problems.conflict(`报名号 ${before.number} 已由家长撤回，无需审核`);
      if (before.status === decision.status) {
        throw problems.conflict(
          `报名号 ${before.number} 已${decision.status === "approved" ? "审核通过" : "退回"}`,
        );
      }
      const now = clock.now();
      await aq.updateApplication(tx, id, {
        status: decision.status,
        returnReason: decision.reason,
        reviewedBy: actor.userId,
        reviewedAt: now,
        updatedAt: now,
      });
      const after = await getInScope(actor, id, tx);
      await recordAudit(
        tx,
        whoOf(actor),
        {
          event:
            decision.status === "approved"
              ? "ENROLMENT_APPLICATION_APPROVED"
              : "ENROLMENT_APPLICATION_RETURNED",
          entityId: id,
          before: applicationSnapshot(before),
          after: applicationSnapshot(after),
        },
        now,
      );
      return reviewView(after);
    });
  }

  return {
    /** Applications in the actor's district scope waiting for review, over every round (the 工作台's count). */
    async pendingCount(actor: Actor): Promise<number> {
      return aq.countApplications(
        db,
        and(eq(enrolmentApplications.status, "submitted"), aq.inDistrictScope(actor.scopePath)),
      );
    },

    async queue(
      actor: Actor,
      filters: {
        roundId: string;
        status?: ReviewStatus | undefined;
        q?: string | undefined;
        districtId?: string | undefined;
        institutionId?: string | undefined;
        page: number;
        pageSize: number;
      } & aq.ReviewSort,
    ) {
      const conditions = [
        eq(enrolmentApplications.roundId, filters.roundId),
        aq.inDistrictScope(actor.scopePath),
      ];
      if (filters.status) conditions.push(eq(enrolmentApplications.status, filters.status));
      if (filters.q) conditions.push(eq(enrolmentApplications.number, filters.q.trim().toUpperCase()));
      if (filters.districtId) conditions.push(eq(enrolmentApplications.districtId, filters.districtId));
      if (filters.institutionId) conditions.push(aq.choosing(filters.institutionId));
      const where = and(...conditions);
      const [items, total] = await Promise.all([
        aq.pageOfApplications(db, where, filters),
        aq.countApplications(db, where),
      ]);
      return { items: items.map(reviewView), total };
    },

    approve: (actor: Actor, id: string) => decide(actor, id, { status: "approved", reason: null }),

    returnApplication: (actor: Actor, id: string, reason: string) =>
      decide(actor, id, { status: "returned", reason }),

    /** The full ID numbers, for checking against the household register; every look is audited. */
    async personal(actor: Actor, id: string) {
      enrolmentApplicationPolicy.authorize(actor, "readPersonal");
      return db.transaction(async (tx) => {
        const app = await getInScope(actor, id, tx);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "ENROLMENT_APPLICATION_PERSONAL_VIEWED",
            entityId: id,
            after: { number: app.number },
          },
          clock.now(),
        );
        return {
          items: app.children.map((c) => ({
            number: c.number,
            name: c.name,
            idNumber: c.idNumber,
            birthDate: c.birthDate,
          })),
        };
      });
    },
  };
}

export type EnrolmentReviewService = ReturnType<typeof createEnrolmentReviewService>;
