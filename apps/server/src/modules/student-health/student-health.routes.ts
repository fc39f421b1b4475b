import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { AppError } from "../../http/problem.ts";
import type { ImportJob } from "../institutions/import-jobs.ts";
import { attachment, XLSX_MIME } from "../institutions/institution-workbook.ts";
import { readUpload } from "../institutions/institution-upload.ts";
import { importAccepted, importJob } from "../institutions/institutions.schemas.ts";
import { SHEET_NAMES } from "./health-sheets.ts";
import type { StudentHealthService } from "./student-health.service.ts";
import * as s from "./student-health.schemas.ts";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const EVENT_INTERVAL_MS = 200;

function jobView(job: ImportJob) {
  const { ownerId: _ownerId, finishedAt: _finishedAt, ...view } = job;
  return view;
}

function importProblem(job: ImportJob): AppError {
  if (!job.errors)
    return new AppError("bad_request", "导入失败", job.message ?? "导入失败，未写入任何数据。");
  const count = job.errorCount ?? job.errors.length;
  return new AppError(
    "validation",
    "导入数据有误",
    `发现 ${count} 处问题，未导入任何数据。请修改后重新上传。`,
    job.errors.map((p) => ({ field: p.column, row: p.row, message: p.message })),
  );
}

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
        if (!request.query.wait) {
          const job = await service.imports.start(request.params.kind, actor, upload);
          return reply.code(202).send({ jobId: job.id });
        }
        const job = await service.imports.runToEnd(request.params.kind, actor, upload);
        if (job.state === "failed") throw importProblem(job);
        return reply.code(200).send(jobView(job));
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
        const job = service.imports.status(requirePermission(request, "health.write"), request.params.jobId);
        reply.hijack();
        const raw = reply.raw;
        raw.writeHead(200, {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
        });
        let sent = "";
        const push = (): boolean => {
          const text = JSON.stringify(jobView(job));
          if (text !== sent) raw.write(`data: ${text}\n\n`);
          sent = text;
          return job.state === "done" || job.state === "failed";
        };
        if (push()) return void raw.end();
        const timer = setInterval(() => {
          if (!push()) return;
          clearInterval(timer);
          raw.end();
        }, EVENT_INTERVAL_MS);
        raw.once("close", () => clearInterval(timer));
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
