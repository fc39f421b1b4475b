import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { evidenceRoutes } from "./evidence-routes.ts";
import type { InspectionsService } from "./inspections.service.ts";
import * as s from "./inspectorate.schemas.ts";

/** 专项督导: plans with their sealed sample, visits and their records. */
export function inspectionsRoutes(service: InspectionsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["教育督导·专项督导"];
    app.get("/plans", { schema: { tags, response: { 200: s.planList } } }, async (request) => ({
      items: await service.listPlans(requirePermission(request, "inspectorate.read")),
    }));
    app.post(
      "/plans",
      { schema: { tags, body: s.planBody, response: { 200: s.created } } },
      async (request) => service.createPlan(requirePermission(request, "inspectorate.inspect"), request.body),
    );
    app.get(
      "/plans/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.planDetail } } },
      async (request) => service.getPlan(requirePermission(request, "inspectorate.read"), request.params.id),
    );
    app.get(
      "/visits",
      { schema: { tags, querystring: s.visitQuery, response: { 200: s.visitList } } },
      async (request) => ({
        items: await service.listVisits(requirePermission(request, "inspectorate.read"), request.query),
      }),
    );
    app.get(
      "/visits/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.visitDetail } } },
      async (request) => service.getVisit(requirePermission(request, "inspectorate.read"), request.params.id),
    );
    evidenceRoutes(app, {
      path: "/visits/:id/photos",
      tags,
      upload: "inspectorate.inspect",
      response: s.visitDetail,
      add: (actor, id, upload) => service.addPhoto(actor, id, upload),
      file: (actor, id, evidenceId) => service.photoFile(actor, id, evidenceId),
      asciiName: "photo",
    });
    app.post(
      "/visits/:id/record",
      { schema: { tags, params: s.idParams, body: s.visitRecordBody, response: { 200: s.visitDetail } } },
      async (request) =>
        service.recordVisit(
          requirePermission(request, "inspectorate.inspect"),
          request.params.id,
          request.body,
        ),
    );
  };
}
