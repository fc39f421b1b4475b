import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { recordRoutes } from "../../platform/record-routes.ts";
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

    recordRoutes(app, {
      tags,
      read: "registry.read",
      write: "designations.write",
      params: s.idParams,
      list: { query: s.listQuery, response: s.designationList, run: (a, q) => service.list(a, q) },
      get: { response: s.designationSchema, run: (a, id) => service.get(a, id) },
      create: { body: s.awardBody, response: s.designationSchema, run: (a, b) => service.award(a, b) },
      update: {
        body: s.updateBody,
        response: s.designationSchema,
        run: (a, id, b) => service.update(a, id, b),
      },
    });

    app.post(
      "/:id/revoke",
      { schema: { tags, params: s.idParams, body: s.revokeBody, response: { 200: s.designationSchema } } },
      async (request) =>
        service.revoke(requirePermission(request, "designations.write"), request.params.id, request.body),
    );
  };
}
