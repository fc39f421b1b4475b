import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { readAttachmentUpload } from "./attachment-upload.ts";
import type { PlanReportsService } from "./plan-reports.service.ts";
import * as s from "./work-plan.schemas.ts";

/** Progress reports: open a draft, fill it, attach evidence, submit; the lead unit accepts or returns. */
export function planReportsRoutes(service: PlanReportsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["计划进展报告"];
    app.get(
      "/",
      { schema: { tags, querystring: s.reportListQuery, response: { 200: s.reportList } } },
      async (request) => ({
        items: await service.list(requirePermission(request, "plan.read"), request.query),
      }),
    );

    app.post(
      "/",
      { schema: { tags, body: s.openReportBody, response: { 200: s.reportDetail } } },
      async (request) => service.open(requirePermission(request, "plan.report"), request.body),
    );

    app.get(
      "/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.reportDetail } } },
      async (request) => service.get(requirePermission(request, "plan.read"), request.params.id),
    );

    app.patch(
      "/:id",
      { schema: { tags, params: s.idParams, body: s.updateReportBody, response: { 200: s.reportDetail } } },
      async (request) =>
        service.update(requirePermission(request, "plan.report"), request.params.id, request.body),
    );

    app.post(
      "/:id/attachments",
      {
        schema: {
          tags,
          params: s.idParams,
          consumes: ["multipart/form-data"],
          response: { 200: s.reportDetail },
        },
      },
      async (request) => {
        const actor = requirePermission(request, "plan.report");
        const upload = await readAttachmentUpload(request);
        return service.addAttachment(actor, request.params.id, upload);
      },
    );

    app.get(
      "/:id/attachments/:attachmentId",
      { schema: { tags, params: s.attachmentParams } },
      async (request, reply) => {
        const file = await service.attachmentFile(
          requirePermission(request, "plan.read"),
          request.params.id,
          request.params.attachmentId,
        );
        return reply
          .header("content-type", file.mediaType)
          .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .send(file.data);
      },
    );

    app.delete(
      "/:id/attachments/:attachmentId",
      { schema: { tags, params: s.attachmentParams, response: { 200: s.reportDetail } } },
      async (request) =>
        service.removeAttachment(
          requirePermission(request, "plan.report"),
          request.params.id,
          request.params.attachmentId,
        ),
    );

    app.post(
      "/:id/submit",
      { schema: { tags, params: s.idParams, response: { 200: s.reportDetail } } },
      async (request) => service.submit(requirePermission(request, "plan.report"), request.params.id),
    );

    app.post(
      "/:id/accept",
      { schema: { tags, params: s.idParams, response: { 200: s.reportDetail } } },
      async (request) => service.accept(requirePermission(request, "plan.report"), request.params.id),
    );

    app.post(
      "/:id/return",
      { schema: { tags, params: s.idParams, body: s.returnBody, response: { 200: s.reportDetail } } },
      async (request) =>
        service.returnReport(
          requirePermission(request, "plan.report"),
          request.params.id,
          request.body.reason,
        ),
    );
  };
}
