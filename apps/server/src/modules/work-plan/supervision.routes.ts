import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { SupervisionService } from "./supervision.service.ts";
import * as s from "./work-plan.schemas.ts";

/** 督办单: the unit's inbox, the leaders' escalations, replies, and a manual sweep for administrators. */
export function supervisionRoutes(service: SupervisionService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["督查督办"];
    app.get(
      "/notices",
      { schema: { tags, querystring: s.noticeQuery, response: { 200: s.noticeList } } },
      async (request) => ({
        items: await service.list(requirePermission(request, "plan.read"), request.query),
      }),
    );
    app.post(
      "/notices/:id/respond",
      { schema: { tags, params: s.idParams, body: s.respondBody, response: { 200: s.respondResult } } },
      async (request) =>
        service.respond(requirePermission(request, "plan.report"), request.params.id, request.body.response),
    );
    app.post(
      "/notices/:id/instruct",
      {
        schema: { tags, params: s.idParams, body: s.instructBody, response: { 200: s.instructResult } },
      },
      async (request) =>
        service.instruct(requirePermission(request, "plan.read"), request.params.id, request.body),
    );
    app.post("/sweep", { schema: { tags, response: { 200: s.sweepResult } } }, async (request) => {
      requirePermission(request, "plan.manage");
      return service.sweep();
    });
  };
}
