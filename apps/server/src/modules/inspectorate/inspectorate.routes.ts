import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { importJobRoutes } from "../../platform/jobs/import-job.routes.ts";
import type { ComplaintsService } from "./complaints.service.ts";
import type { DutyInspectorsService } from "./duty-inspectors.service.ts";
import type { EvaluationService } from "./evaluation.service.ts";
import { SUPERVISION_TASK_CODE } from "./inspectorate-shared.ts";
import * as s from "./inspectorate.schemas.ts";
import { monitoringReportDocx } from "./monitoring-report.docx.ts";
import type { MonitoringService } from "./monitoring.service.ts";
import { sendFile } from "../../platform/downloads.ts";
import type { RectificationService } from "./rectification.service.ts";

/** 责任督学挂牌督导: assignments, coverage and the visit log. */
export function dutyInspectorRoutes(service: DutyInspectorsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["教育督导·责任督学"];
    app.put(
      "/assignments",
      { schema: { tags, body: s.assignBody, response: { 200: s.assigned } } },
      async (request) =>
        service.assign(
          requirePermission(request, "inspectorate.inspect"),
          request.body.inspectorId,
          request.body.schoolIds,
        ),
    );
    app.get(
      "/assignments/coverage",
      { schema: { tags, querystring: s.monthQuery, response: { 200: s.coverage } } },
      async (request) =>
        service.coverage(requirePermission(request, "inspectorate.read"), request.query.month),
    );
    app.get("/assignments", { schema: { tags, response: { 200: s.assignmentList } } }, async (request) => ({
      items: await service.assignments(requirePermission(request, "inspectorate.inspect")),
    }));
    app.get(
      "/assignments/schools",
      { schema: { tags, querystring: s.schoolSearch, response: { 200: s.schoolList } } },
      async (request) => ({
        items: await service.searchSchools(
          requirePermission(request, "inspectorate.inspect"),
          request.query.q,
        ),
      }),
    );
    app.get("/assignments/mine", { schema: { tags, response: { 200: s.schoolList } } }, async (request) => ({
      items: await service.mySchools(requirePermission(request, "inspectorate.inspect")),
    }));
    app.get(
      "/duty-visits",
      { schema: { tags, querystring: s.monthQuery, response: { 200: s.dutyVisitList } } },
      async (request) => ({
        items: await service.visits(requirePermission(request, "inspectorate.read"), request.query.month),
      }),
    );
    app.post(
      "/duty-visits",
      { schema: { tags, body: s.dutyVisitBody, response: { 200: s.created } } },
      async (request) => service.logVisit(requirePermission(request, "inspectorate.inspect"), request.body),
    );
  };
}

/** 举报/信访 as the 督导室 handles them. */
export function complaintRoutes(service: ComplaintsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["教育督导·举报"];
    // A step on one complaint: its id in the path, the complaint as it now stands in the answer.
    const complaintStep = { tags, params: s.idParams, response: { 200: s.complaintDetail } };
    app.get("/complaints", { schema: { tags, response: { 200: s.complaintList } } }, async (request) => ({
      items: await service.list(requirePermission(request, "inspectorate.read")),
    }));
    app.post(
      "/complaints/:id/accept",
      { schema: { ...complaintStep, body: s.acceptBody } },
      async (request) =>
        service.accept(
          requirePermission(request, "inspectorate.inspect"),
          request.params.id,
          request.body.assigneeId,
        ),
    );
    app.post(
      "/complaints/:id/extend",
      { schema: { ...complaintStep, body: s.extendBody } },
      async (request) =>
        service.extend(
          requirePermission(request, "inspectorate.inspect"),
          request.params.id,
          request.body.days,
        ),
    );
    app.post("/complaints/:id/reply", { schema: { ...complaintStep, body: s.replyBody } }, async (request) =>
      service.reply(requirePermission(request, "inspectorate.inspect"), request.params.id, request.body),
    );
    app.get(
      "/complaints/:id/teachers",
      { schema: { tags, params: s.idParams, response: { 200: s.complaintTeachers } } },
      async (request) => ({
        items: await service.teachers(requirePermission(request, "inspectorate.inspect"), request.params.id),
      }),
    );
    app.post(
      "/complaints/:id/ethics-record",
      { schema: { ...complaintStep, body: s.ethicsLinkBody } },
      async (request) =>
        service.linkEthics(
          requirePermission(request, "inspectorate.inspect"),
          request.params.id,
          request.body,
        ),
    );
    app.get(
      "/complaints/:id/contact",
      { schema: { tags, params: s.idParams, response: { 200: s.contact } } },
      async (request) =>
        service.contact(requirePermission(request, "inspectorate.inspect"), request.params.id),
    );
  };
}

/** 质量监测: the .xlsx import (platform pipeline) and the analysis. */
export function monitoringRoutes(service: MonitoringService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["教育督导·质量监测"];
    await app.register(
      importJobRoutes({ tags, permission: "inspectorate.inspect", imports: service.imports }),
    );
    app.get("/years", { schema: { tags, response: { 200: s.monitoringYears } } }, async (request) => {
      requirePermission(request, "inspectorate.read");
      return { years: await service.years() };
    });
    app.get(
      "/analysis",
      { schema: { tags, querystring: s.yearQuery, response: { 200: s.monitoringAnalysis } } },
      async (request) => {
        requirePermission(request, "inspectorate.read");
        return service.analysis(request.query.year);
      },
    );
    app.get("/report.docx", { schema: { tags, querystring: s.yearQuery } }, async (request, reply) => {
      requirePermission(request, "inspectorate.read");
      const body = await monitoringReportDocx(await service.analysis(request.query.year));
      return sendFile(
        reply,
        body,
        `长沙市${request.query.year}年义务教育质量监测报告.docx`,
        `quality-monitoring-${request.query.year}.docx`,
      );
    });
  };
}

/** The plan binding: the supervision task's evaluation progress and rectification closure, live. */
export function planProgressRoutes(deps: {
  evaluations: EvaluationService;
  rectifications: RectificationService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/plan-progress",
      { schema: { tags: ["教育督导"], querystring: s.yearQuery, response: { 200: s.planProgress } } },
      async (request) => {
        const actor = requirePermission(request, "plan.read");
        return {
          taskCode: SUPERVISION_TASK_CODE,
          evaluation: await deps.evaluations.progress(request.query.year),
          rectification: await deps.rectifications.closure(actor.scopePath),
        };
      },
    );
  };
}

/** Public: a school's board (its 责任督学, the complaint channel), the complaint form, the public 整改 list. */
export function publicInspectorateRoutes(deps: {
  duty: DutyInspectorsService;
  complaints: ComplaintsService;
  rectifications: RectificationService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["教育督导·公开"];
    app.get(
      "/schools/:code",
      { schema: { tags, params: s.codeParams, response: { 200: s.schoolBoard } } },
      async (request) => deps.duty.publicBoard(request.params.code),
    );
    app.post(
      "/complaints",
      { schema: { tags, body: s.complaintBody, response: { 200: s.complaintReceipt } } },
      async (request) => deps.complaints.receive(request.body, request.ip),
    );
    app.get("/rectifications", { schema: { tags, response: { 200: s.publicRectifications } } }, async () => ({
      items: await deps.rectifications.publicList(),
    }));
  };
}
