import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { AppError } from "../../http/problem.ts";
import type { ImportJob } from "./import-jobs.ts";
import { attachment, XLSX_MIME } from "./institution-workbook.ts";
import { readUpload } from "./institution-upload.ts";
import type { InstitutionsService } from "./institutions.service.ts";
import * as s from "./institutions.schemas.ts";

function jobView(job: ImportJob) {
  const { ownerId: _ownerId, finishedAt: _finishedAt, ...view } = job;
  return view;
}

const EVENT_INTERVAL_MS = 200;

/** A failed import as problem+json: each problem names its row and, as `field`, its column header. */
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
        if (!request.query.wait) {
          const job = await service.imports.start(actor, upload);
          return reply.code(202).send({ jobId: job.id });
        }
        const job = await service.imports.runToEnd(actor, upload);
        if (job.state === "failed") throw importProblem(job);
        return reply.code(200).send(jobView(job));
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

    // Progress pushed as server-sent events. Polling needs a session lookup per request, which on the
    // embedded engine waits for the import's write transaction; this stream is authorised once, up front.
    app.get("/import/:jobId/events", { schema: { tags, params: s.jobParams } }, async (request, reply) => {
      const job = service.imports.status(
        requirePermission(request, "institutions.write"),
        request.params.jobId,
      );
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
