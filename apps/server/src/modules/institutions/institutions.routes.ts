import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { importJobRoutes } from "../../platform/jobs/import-job.routes.ts";
import { sendFile } from "../../platform/downloads.ts";
import type { InstitutionsService } from "./institutions.service.ts";
import * as s from "./institutions.schemas.ts";

export function institutionsRoutes(service: InstitutionsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["机构名录"];

    app.get(
      "/",
      { schema: { tags, querystring: s.listQuery, response: { 200: s.institutionList } } },
      async (request) => service.list(requirePermission(request, "registry.read"), request.query),
    );

    app.get(
      "/map",
      { schema: { tags, querystring: s.filtersQuery, response: { 200: s.mapPoints } } },
      async (request) => service.map(requirePermission(request, "registry.read"), request.query),
    );

    app.get("/areas", { schema: { tags, response: { 200: s.areasResponse } } }, async (request) =>
      service.areas(requirePermission(request, "registry.read")),
    );

    app.get("/template.xlsx", { schema: { tags } }, async (request, reply) => {
      const file = await service.template(requirePermission(request, "registry.read"));
      return sendFile(reply, file, "机构名录导入模板.xlsx", "institutions-template.xlsx");
    });

    app.get("/export.xlsx", { schema: { tags, querystring: s.filtersQuery } }, async (request, reply) => {
      const file = await service.exportFile(requirePermission(request, "registry.read"), request.query);
      return sendFile(reply, file, "机构名录.xlsx", "institutions.xlsx");
    });

    await app.register(importJobRoutes({ tags, permission: "institutions.write", imports: service.imports }));

    app.get(
      "/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.institutionDetail } } },
      async (request) => service.get(requirePermission(request, "registry.read"), request.params.id),
    );

    app.get(
      "/:id/history",
      { schema: { tags, params: s.idParams, response: { 200: s.historyResponse } } },
      async (request) => service.history(requirePermission(request, "registry.read"), request.params.id),
    );

    app.post(
      "/",
      { schema: { tags, body: s.createBody, response: { 201: s.institutionDetail } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.create(requirePermission(request, "institutions.write"), request.body)),
    );

    app.patch(
      "/:id",
      { schema: { tags, params: s.idParams, body: s.updateBody, response: { 200: s.institutionDetail } } },
      async (request) =>
        service.update(requirePermission(request, "institutions.write"), request.params.id, request.body),
    );
  };
}
