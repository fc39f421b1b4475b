import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor, requirePermission } from "../../http/authenticate.ts";
import type { WorkPlanService } from "./work-plan.service.ts";
import * as s from "./work-plan.schemas.ts";

/** The plan, its tasks and targets with live status, the leaders' dashboard and "my tasks". */
export function workPlanRoutes(service: WorkPlanService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["工作计划"];
    // Every signed-in account: the year pickers of data entry, classes and registration default to it.
    app.get("/calendar", { schema: { tags, response: { 200: s.planCalendar } } }, async (request) => {
      requireActor(request);
      return service.calendar();
    });

    app.get("/plans", { schema: { tags, response: { 200: s.planList } } }, async (request) => {
      requirePermission(request, "plan.read");
      return { items: await service.plans() };
    });

    app.get(
      "/plans/:planId/dashboard",
      { schema: { tags, params: s.planIdParams, response: { 200: s.dashboardSchema } } },
      async (request) => {
        requirePermission(request, "plan.read");
        return service.dashboard(request.params.planId);
      },
    );

    app.get(
      "/plans/:planId/report-progress",
      {
        schema: {
          tags,
          params: s.planIdParams,
          response: { 200: z.object({ progress: s.periodReportProgressSchema }) },
        },
      },
      async (request) => ({
        progress: await service.reportProgress(
          requirePermission(request, "plan.read"),
          request.params.planId,
        ),
      }),
    );

    app.get(
      "/plans/:planId/tasks",
      { schema: { tags, params: s.planIdParams, querystring: s.taskQuery, response: { 200: s.taskList } } },
      async (request) => ({
        items: await service.tasks(
          requirePermission(request, "plan.read"),
          request.params.planId,
          request.query,
        ),
      }),
    );

    app.get(
      "/plans/:planId/targets",
      { schema: { tags, params: s.planIdParams, response: { 200: s.targetList } } },
      async (request) => {
        requirePermission(request, "plan.read");
        return { items: await service.targets(request.params.planId) };
      },
    );

    app.get(
      "/plans/:planId/my-tasks",
      { schema: { tags, params: s.planIdParams, response: { 200: s.myTaskList } } },
      async (request) => ({
        items: await service.myTasks(requirePermission(request, "plan.read"), request.params.planId),
      }),
    );

    app.get(
      "/tasks/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.taskDetail } } },
      async (request) => service.task(requirePermission(request, "plan.read"), request.params.id),
    );

    app.get(
      "/targets/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.targetDetail } } },
      async (request) => {
        requirePermission(request, "plan.read");
        return service.target(request.params.id);
      },
    );
  };
}

/** 政府信息公开: no sign-in, no reports, notices or names of people. */
export function publicWorkPlanRoutes(service: WorkPlanService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["信息公开"];
    app.get("/", { schema: { tags, response: { 200: s.publicYears } } }, async () => ({
      items: await service.publicYears(),
    }));
    app.get(
      "/:year",
      { schema: { tags, params: s.yearParams, response: { 200: s.publicPlan } } },
      async (request) => service.publicPlan(request.params.year),
    );
  };
}
