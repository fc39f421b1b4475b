import { can } from "@edubureau/domain";
import type { Actor } from "../../http/actor.ts";
import type { HazardsService } from "../campus-safety/hazards.service.ts";
import type { IncidentsService } from "../campus-safety/incidents.service.ts";
import type { EnrolmentReviewService } from "../enrolment/enrolment-review.service.ts";
import type { RectificationService } from "../inspectorate/rectification.service.ts";
import type { ServiceCasesService } from "../services-hall/service-cases.service.ts";
import type { PlanReportsService } from "../work-plan/plan-reports.service.ts";
import type { SupervisionService } from "../work-plan/supervision.service.ts";

export const WORK_ITEM_KEYS = [
  "notices",
  "noticesToInstruct",
  "reportsToReview",
  "reportsReturned",
  "applicationsToReview",
  "casesToHandle",
  "casesToCorrect",
  "rectificationsToAnswer",
  "rectificationsToVerify",
  "hazardsOpen",
  "hazardsOverdue",
  "incidentsToAcknowledge",
] as const;

/** One kind of work waiting for this account: how many, and the page where it is done. */
export interface WorkItem {
  key: (typeof WORK_ITEM_KEYS)[number];
  count: number;
  path: string;
}

/**
 * 工作台 待办: what is waiting on this account, counted by the modules that own the work without reading their
 * lists (in SQL, but for the leader's 督办单, whose state needs the plan's evaluation), in the same scope their
 * pages show. Only kinds the account can act on are listed; a zero is listed too, so the page can say
 * "nothing waiting" rather than hide the kind.
 */
export function createWorkQueueService(deps: {
  supervision: Pick<SupervisionService, "awaitingResponseCount" | "awaitingInstructionCount">;
  planReports: Pick<PlanReportsService, "count">;
  enrolmentReview: Pick<EnrolmentReviewService, "pendingCount">;
  serviceCases: Pick<ServiceCasesService, "count">;
  rectifications: Pick<RectificationService, "waitingCount">;
  hazards: Pick<HazardsService, "waitingCounts">;
  incidents: Pick<IncidentsService, "awaitingAcknowledgement">;
}) {
  return {
    async items(actor: Actor): Promise<WorkItem[]> {
      const items: WorkItem[] = [];
      if (can(actor.role, "plan.report")) {
        items.push({
          key: "notices",
          count: await deps.supervision.awaitingResponseCount(actor),
          path: "/work-plan/supervision",
        });
        items.push({
          key: "reportsReturned",
          count: await deps.planReports.count(actor, { queue: "mine", status: "returned" }),
          path: "/work-plan/mine",
        });
        items.push({
          key: "reportsToReview",
          count: await deps.planReports.count(actor, { queue: "review", status: "submitted" }),
          path: "/work-plan/reviews",
        });
      }
      // A leader writes the 批示 on 督办单 escalated unanswered; one already instructed waits on the unit.
      if (actor.role === "city_leader") {
        items.push({
          key: "noticesToInstruct",
          count: await deps.supervision.awaitingInstructionCount(actor),
          path: "/work-plan/supervision",
        });
      }
      if (can(actor.role, "enrolment.review")) {
        items.push({
          key: "applicationsToReview",
          count: await deps.enrolmentReview.pendingCount(actor),
          path: "/enrolment/review",
        });
      }
      // 一网通办: cases this unit must accept or review; an applicant's cases sent back for 补正.
      if (can(actor.role, "services.handle")) {
        items.push({
          key: "casesToHandle",
          count: await deps.serviceCases.count(actor, { mine: false, awaitingUnit: actor.orgUnitId }),
          path: "/services/queue",
        });
      }
      if (can(actor.role, "services.apply") && actor.role !== "public") {
        items.push({
          key: "casesToCorrect",
          count: await deps.serviceCases.count(actor, { mine: true, status: "correction" }),
          path: "/services/mine",
        });
      }
      // 整改单: the responsible district or school answers; the 督学 verifies and closes.
      if (can(actor.role, "inspectorate.rectify")) {
        items.push({
          key: "rectificationsToAnswer",
          count: await deps.rectifications.waitingCount(actor, "unit"),
          path: "/inspectorate/rectifications",
        });
      }
      if (can(actor.role, "inspectorate.inspect")) {
        items.push({
          key: "rectificationsToVerify",
          count: await deps.rectifications.waitingCount(actor, "inspector"),
          path: "/inspectorate/rectifications",
        });
      }
      // 校园安全: a school rectifies its hazards; its district also verifies them and signs for incidents.
      if (actor.role === "school" || actor.role === "district") {
        const hazards = await deps.hazards.waitingCounts(actor);
        items.push({
          key: "hazardsOpen",
          count: actor.role === "school" ? hazards.toRectify : hazards.toRectify + hazards.toVerify,
          path: "/campus-safety/hazards",
        });
        items.push({ key: "hazardsOverdue", count: hazards.overdue, path: "/campus-safety/hazards" });
      }
      if (actor.role === "district") {
        items.push({
          key: "incidentsToAcknowledge",
          count: await deps.incidents.awaitingAcknowledgement(actor),
          path: "/campus-safety/incidents",
        });
      }
      return items;
    },
  };
}

export type WorkQueueService = ReturnType<typeof createWorkQueueService>;
