import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { recordRoutes } from "../../platform/record-routes.ts";
import { importJobRoutes } from "../../platform/jobs/import-job.routes.ts";
import { sendFile } from "../../platform/downloads.ts";
import type { InstitutionsService } from "./institutions.service.ts";
import * as s from "./institutions.schemas.ts";

export function institutionsRoutes(service: InstitutionsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["机构名录"];

    recordRoutes(app, {
      tags,
      read: "registry.read",
      write: "institutions.write",
      params: s.idParams,
      list: { query: s.listQuery, response: s.institutionList, run: (a, q) => service.list(a, q) },
      get: { response: s.institutionDetail, run: (a, id) => service.get(a, id) },
      create: { body: s.createBody, response: s.institutionDetail, run: (a, b) => service.create(a, b) },
      update: {
        body: s.updateBody,
        response: s.institutionDetail,
        run: (a, id, b) => service.update(a, id, b),
      },
    });

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
      "/:id/history",
      { schema: { tags, params: s.idParams, response: { 200: s.historyResponse } } },
      async (request) => service.history(requirePermission(request, "registry.read"), request.params.id),
    );
  };
}
