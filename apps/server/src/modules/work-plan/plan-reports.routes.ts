import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { sendStoredFile } from "../../platform/downloads.ts";
import { recordRoutes } from "../../platform/record-routes.ts";
import { readAttachmentUpload } from "./attachment-upload.ts";
import type { PlanReportsService } from "./plan-reports.service.ts";
import * as s from "./work-plan.schemas.ts";

/** Progress reports: open a draft, fill it, attach evidence, submit; the lead unit accepts or returns. */
export function planReportsRoutes(service: PlanReportsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["计划进展报告"];
    recordRoutes(app, {
      tags,
      read: "plan.read",
      write: "plan.report",
      params: s.idParams,
      list: {
        query: s.reportListQuery,
        response: s.reportList,
        run: async (a, q) => ({ items: await service.list(a, q) }),
      },
      get: { response: s.reportDetail, run: (a, id) => service.get(a, id) },
      // Opening a report answers 200: it returns the unit's existing draft for the period when there is one.
      create: {
        body: s.openReportBody,
        response: s.reportDetail,
        status: 200,
        run: (a, b) => service.open(a, b),
      },
      update: {
        body: s.updateReportBody,
        response: s.reportDetail,
        run: (a, id, b) => service.update(a, id, b),
      },
    });

    const multipartUpload = { tags, params: s.idParams, consumes: ["multipart/form-data"] };
    app.post(
      "/:id/attachments",
      { schema: { ...multipartUpload, response: { 200: s.reportDetail } } },
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
        const { id, attachmentId } = request.params;
        const actor = requirePermission(request, "plan.read");
        return sendStoredFile(reply, await service.attachmentFile(actor, id, attachmentId));
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
