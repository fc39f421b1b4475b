import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { answerImport, jobView, sendJobEvents } from "../import-jobs/import-job.routes.ts";
import { attachment, XLSX_MIME } from "./institution-workbook.ts";
import { readUpload } from "./institution-upload.ts";
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
      return reply
        .type(XLSX_MIME)
        .header("content-disposition", attachment("机构名录导入模板.xlsx", "institutions-template.xlsx"))
        .send(file);
    });

    app.get("/export.xlsx", { schema: { tags, querystring: s.filtersQuery } }, async (request, reply) => {
      const file = await service.exportFile(requirePermission(request, "registry.read"), request.query);
      return reply
        .type(XLSX_MIME)
        .header("content-disposition", attachment("机构名录.xlsx", "institutions.xlsx"))
        .send(file);
    });

    app.post(
      "/import",
      {
        schema: {
          tags,
          querystring: s.importQuery,
          response: { 200: s.importJob, 202: s.importAccepted },
        },
      },
      async (request, reply) => {
        const actor = requirePermission(request, "institutions.write");
        const upload = await readUpload(request);
        return answerImport(reply, request.query.wait, {
          start: () => service.imports.start(actor, upload),
          runToEnd: () => service.imports.runToEnd(actor, upload),
        });
      },
    );

    app.get(
      "/import/:jobId",
      { schema: { tags, params: s.jobParams, response: { 200: s.importJob } } },
      async (request) =>
        jobView(
          service.imports.status(requirePermission(request, "institutions.write"), request.params.jobId),
        ),
    );

    // Progress as server-sent events, authorised once, up front (see sendJobEvents).
    app.get("/import/:jobId/events", { schema: { tags, params: s.jobParams } }, async (request, reply) => {
      sendJobEvents(
        reply,
        service.imports.status(requirePermission(request, "institutions.write"), request.params.jobId),
      );
    });

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
