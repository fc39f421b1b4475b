import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { answerImport, jobView, sendJobEvents } from "../import-jobs/import-job.routes.ts";
import { importAccepted, importJob } from "../import-jobs/import-job.schemas.ts";
import { attachment, XLSX_MIME } from "../institutions/institution-workbook.ts";
import { readUpload } from "../institutions/institution-upload.ts";
import { SHEET_NAMES } from "./health-sheets.ts";
import type { StudentHealthService } from "./student-health.service.ts";
import * as s from "./student-health.schemas.ts";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function studentHealthRoutes(service: StudentHealthService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["学生体质健康"];

    app.get(
      "/report",
      { schema: { tags, querystring: s.reportQuery, response: { 200: s.monitoringReport } } },
      async (request) => service.report(requirePermission(request, "health.read"), request.query),
    );

    for (const format of ["docx", "xlsx"] as const) {
      app.get(
        `/report.${format}`,
        { schema: { tags, querystring: s.reportQuery } },
        async (request, reply) => {
          const { file, title } = await service.reportFile(
            requirePermission(request, "health.read"),
            request.query,
            format,
          );
          return reply
            .type(format === "docx" ? DOCX_MIME : XLSX_MIME)
            .header("content-disposition", attachment(`${title}.${format}`, `health-report.${format}`))
            .send(file);
        },
      );
    }

    app.get(
      "/students/:id/record",
      { schema: { tags, params: s.studentParams, response: { 200: s.healthRecord } } },
      async (request) => service.record(requirePermission(request, "health.read"), request.params.id),
    );

    app.get("/:kind/template.xlsx", { schema: { tags, params: s.kindParams } }, async (request, reply) => {
      const file = await service.template(requirePermission(request, "health.write"), request.params.kind);
      return reply
        .type(XLSX_MIME)
        .header(
          "content-disposition",
          attachment(
            `${SHEET_NAMES[request.params.kind]}导入模板.xlsx`,
            `${request.params.kind}-template.xlsx`,
          ),
        )
        .send(file);
    });

    app.post(
      "/:kind/import",
      {
        schema: {
          tags,
          params: s.kindParams,
          querystring: s.importQuery,
          response: { 200: importJob, 202: importAccepted },
        },
      },
      async (request, reply) => {
        const actor = requirePermission(request, "health.write");
        const upload = await readUpload(request);
        const { kind } = request.params;
        return answerImport(reply, request.query.wait, {
          start: () => service.imports.start(kind, actor, upload),
          runToEnd: () => service.imports.runToEnd(kind, actor, upload),
        });
      },
    );

    app.get(
      "/:kind/import/:jobId",
      { schema: { tags, params: s.jobParams, response: { 200: importJob } } },
      async (request) =>
        jobView(service.imports.status(requirePermission(request, "health.write"), request.params.jobId)),
    );

    app.get(
      "/:kind/import/:jobId/events",
      { schema: { tags, params: s.jobParams } },
      async (request, reply) => {
        sendJobEvents(
          reply,
          service.imports.status(requirePermission(request, "health.write"), request.params.jobId),
        );
      },
    );
  };
}

/** Open without sign-in: a parent's look-up of their own child's record (rate-limited, audited). */
export function publicHealthRoutes(service: StudentHealthService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/",
      { schema: { tags: ["公开查询"], body: s.lookupBody, response: { 200: s.healthRecord } } },
      async (request) => service.parentLookup(request.body, request.ip),
    );
  };
}
