import { BINDING_MEASURES } from "@edubureau/domain/work-plan";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { sendFile } from "../../platform/downloads.ts";
import { evaluationReportDocx, evaluationSummaryDocx } from "./evaluation-report.docx.ts";
import type { EvaluationService } from "./evaluation.service.ts";
import { evidenceRoutes } from "./evidence-routes.ts";
import * as s from "./inspectorate.schemas.ts";

/** 履职评价: framework, opening, self-evaluation with evidence, verification, board and report. */
export function evaluationRoutes(service: EvaluationService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["教育督导·履职评价"];
    // A step on one evaluation: its id in the path, the evaluation as it now stands in the answer.
    const evaluationStep = { tags, params: s.idParams, response: { 200: s.evaluationDetail } };
    app.get("/frameworks", { schema: { tags, response: { 200: s.frameworkList } } }, async (request) => {
      requirePermission(request, "inspectorate.read");
      return { items: await service.frameworks() };
    });
    app.post(
      "/frameworks",
      { schema: { tags, body: s.frameworkBody, response: { 200: s.created } } },
      async (request) =>
        service.createFramework(requirePermission(request, "inspectorate.inspect"), request.body),
    );
    app.get(
      "/frameworks/measures",
      { schema: { tags, response: { 200: s.measureList } } },
      async (request) => {
        requirePermission(request, "inspectorate.read");
        return {
          items: Object.entries(BINDING_MEASURES).map(([code, m]) => ({
            code,
            label: m.label,
            betterWhen: m.betterWhen,
          })),
        };
      },
    );
    app.put(
      "/frameworks/:id",
      { schema: { tags, params: s.idParams, body: s.frameworkBody, response: { 200: s.created } } },
      async (request) =>
        service.updateFramework(
          requirePermission(request, "inspectorate.inspect"),
          request.params.id,
          request.body,
        ),
    );
    app.post(
      "/evaluations/open",
      { schema: { tags, body: s.openBody, response: { 200: s.opened } } },
      async (request) => service.open(requirePermission(request, "inspectorate.inspect"), request.body.year),
    );
    app.get(
      "/evaluations",
      { schema: { tags, querystring: s.yearQuery, response: { 200: s.evaluationList } } },
      async (request) => service.list(requirePermission(request, "inspectorate.read"), request.query.year),
    );
    app.get(
      "/board",
      { schema: { tags, querystring: s.yearQuery, response: { 200: s.board } } },
      async (request) => service.board(requirePermission(request, "inspectorate.read"), request.query.year),
    );
    app.get(
      "/evaluations/summary.docx",
      { schema: { tags, querystring: s.yearQuery } },
      async (request, reply) => {
        const actor = requirePermission(request, "inspectorate.read");
        const year = request.query.year;
        const body = await evaluationSummaryDocx(
          await service.list(actor, year),
          await service.board(actor, year),
        );
        return sendFile(
          reply,
          body,
          `${year}年区县政府履行教育职责评价结果汇总.docx`,
          `duty-evaluation-summary-${year}.docx`,
        );
      },
    );
    app.get("/evaluations/:id", { schema: evaluationStep }, async (request) =>
      service.get(requirePermission(request, "inspectorate.read"), request.params.id),
    );
    app.put(
      "/evaluations/:id/self-scores",
      { schema: { ...evaluationStep, body: s.selfScoreBody } },
      async (request) =>
        service.selfScore(
          requirePermission(request, "inspectorate.rectify"),
          request.params.id,
          request.body.items,
        ),
    );
    evidenceRoutes(app, {
      path: "/evaluations/:id/evidence",
      tags,
      upload: "inspectorate.rectify",
      response: s.evaluationDetail,
      query: s.itemQuery,
      add: (actor, id, upload, query) => service.addEvidence(actor, id, query.item, upload),
      file: (actor, id, evidenceId) => service.evidenceFile(actor, id, evidenceId),
      asciiName: "evidence",
    });
    app.post("/evaluations/:id/submit", { schema: evaluationStep }, async (request) =>
      service.submit(requirePermission(request, "inspectorate.rectify"), request.params.id),
    );
    app.put(
      "/evaluations/:id/verification",
      { schema: { ...evaluationStep, body: s.verifyBody } },
      async (request) =>
        service.verifyScores(
          requirePermission(request, "inspectorate.inspect"),
          request.params.id,
          request.body.items,
        ),
    );
    app.post(
      "/evaluations/:id/conclude",
      { schema: { ...evaluationStep, body: s.concludeBody } },
      async (request) =>
        service.conclude(
          requirePermission(request, "inspectorate.inspect"),
          request.params.id,
          request.body.deadline,
        ),
    );
    app.get(
      "/evaluations/:id/report.docx",
      { schema: { tags, params: s.idParams } },
      async (request, reply) => {
        const detail = await service.get(requirePermission(request, "inspectorate.read"), request.params.id);
        const body = await evaluationReportDocx(detail);
        return sendFile(
          reply,
          body,
          `${detail.year}年${detail.district.name}履行教育职责评价报告.docx`,
          `duty-evaluation-${detail.year}.docx`,
        );
      },
    );
  };
}
