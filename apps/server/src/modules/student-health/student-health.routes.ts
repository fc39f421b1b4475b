import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { importJobRoutes } from "../../platform/jobs/import-job.routes.ts";
import { sendFile } from "../../platform/downloads.ts";
import { reportJobAccepted, reportJobRoutes } from "../../platform/jobs/report-job.routes.ts";
import { SHEET_NAMES } from "./health-sheets.ts";
import type { StudentHealthService } from "./student-health.service.ts";
import * as s from "./student-health.schemas.ts";

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
          return sendFile(reply, file, `${title}.${format}`, `health-report.${format}`);
        },
      );
    }

    app.post(
      "/report-jobs",
      { schema: { tags, body: s.reportJobBody, response: { 202: reportJobAccepted } } },
      async (request, reply) => {
        const { format, ...query } = request.body;
        const jobId = await service.startReportJob(requirePermission(request, "health.read"), query, format);
        return reply.code(202).send({ jobId });
      },
    );

    await app.register(reportJobRoutes({ tags, permission: "health.read", jobs: service.reportJobs }));

    app.get(
      "/students/:id/record",
      { schema: { tags, params: s.studentParams, response: { 200: s.healthRecord } } },
      async (request) => service.record(requirePermission(request, "health.read"), request.params.id),
    );

    app.get(
      "/:kind/template.xlsx",
      { schema: { tags, params: s.kindParams, querystring: s.templateQuery } },
      async (request, reply) => {
        const file = await service.template(
          requirePermission(request, "health.write"),
          request.params.kind,
          request.query.roster,
        );
        return sendFile(
          reply,
          file,
          `${SHEET_NAMES[request.params.kind]}导入模板.xlsx`,
          `${request.params.kind}-template.xlsx`,
        );
      },
    );

    for (const kind of ["screening", "fitness"] as const) {
      await app.register(
        importJobRoutes({ tags, permission: "health.write", imports: service.imports[kind] }),
        { prefix: `/${kind}` },
      );
    }
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
