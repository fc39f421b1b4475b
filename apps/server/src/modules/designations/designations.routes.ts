import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { DesignationsService } from "./designations.service.ts";
import * as s from "./designations.schemas.ts";

export function designationsRoutes(service: DesignationsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["称号与试点"];
    app.get("/types", { schema: { tags, response: { 200: s.designationTypeList } } }, async (request) => {
      requirePermission(request, "registry.read");
      return { items: await service.types() };
    });

    app.get(
      "/summary",
      { schema: { tags, querystring: s.summaryQuery, response: { 200: s.summarySchema } } },
      async (request) => ({
        items: await service.summary(requirePermission(request, "registry.read"), request.query),
      }),
    );

    app.get(
      "/",
      { schema: { tags, querystring: s.listQuery, response: { 200: s.designationList } } },
      async (request) => service.list(requirePermission(request, "registry.read"), request.query),
    );

    app.get(
      "/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.designationSchema } } },
      async (request) => service.get(requirePermission(request, "registry.read"), request.params.id),
    );

    app.post(
      "/",
      { schema: { tags, body: s.awardBody, response: { 201: s.designationSchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.award(requirePermission(request, "designations.write"), request.body)),
    );

    app.patch(
      "/:id",
      { schema: { tags, params: s.idParams, body: s.updateBody, response: { 200: s.designationSchema } } },
      async (request) =>
        service.update(requirePermission(request, "designations.write"), request.params.id, request.body),
    );

    app.post(
      "/:id/revoke",
      { schema: { tags, params: s.idParams, body: s.revokeBody, response: { 200: s.designationSchema } } },
      async (request) =>
        service.revoke(requirePermission(request, "designations.write"), request.params.id, request.body),
    );
  };
}
