import { can } from "@edubureau/domain";
import type { Actor } from "../../http/actor.ts";
import type { EnrolmentReviewService } from "../enrolment/enrolment-review.service.ts";
import type { PlanReportsService } from "../work-plan/plan-reports.service.ts";
import type { SupervisionService } from "../work-plan/supervision.service.ts";

/** One kind of work waiting for this account: how many, and the page where it is done. */
export interface WorkItem {
  key: "notices" | "reportsToReview" | "reportsReturned" | "applicationsToReview";
  count: number;
  path: string;
}

/**
 * 工作台 待办: what is waiting on this account, counted by the modules that own the work, in the same scope
 * their pages show. Only kinds the account can act on are listed; a zero is listed too, so the page can say
 * "nothing waiting" rather than hide the kind.
 */
export function createWorkQueueService(deps: {
  supervision: Pick<SupervisionService, "list">;
  planReports: Pick<PlanReportsService, "list">;
  enrolmentReview: Pick<EnrolmentReviewService, "pendingCount">;
}) {
  return {
    async items(actor: Actor): Promise<WorkItem[]> {
      const items: WorkItem[] = [];
      if (can(actor.role, "plan.report")) {
        const notices = await deps.supervision.list(actor, { view: "mine" });
        items.push({
          key: "notices",
          count: notices.filter((n) => n.canRespond).length,
          path: "/work-plan/supervision",
        });
        const returned = await deps.planReports.list(actor, { queue: "mine", status: "returned" });
        items.push({ key: "reportsReturned", count: returned.length, path: "/work-plan/mine" });
        const toReview = await deps.planReports.list(actor, { queue: "review", status: "submitted" });
        items.push({ key: "reportsToReview", count: toReview.length, path: "/work-plan/review" });
      }
      if (can(actor.role, "enrolment.review")) {
        items.push({
          key: "applicationsToReview",
          count: await deps.enrolmentReview.pendingCount(actor),
          path: "/enrolment/review",
        });
      }
      return items;
    },
  };
}

export type WorkQueueService = ReturnType<typeof createWorkQueueService>;
