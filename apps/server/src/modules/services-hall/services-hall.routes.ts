import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { MATERIAL_MAX_BYTES } from "@edubureau/domain/services-hall";
import { requireActor, requirePermission } from "../../http/authenticate.ts";
import { attachment, sendFile } from "../../platform/downloads.ts";
import { readBoundedUpload } from "../../platform/uploads/bounded-upload.ts";
import type { ServiceCasesService } from "./service-cases.service.ts";
import type { ServiceFeedbackService } from "./service-feedback.service.ts";
import type { ServiceItemsService } from "./service-items.service.ts";
import * as s from "./services-hall.schemas.ts";

const tags = ["一网通办"];

/** Public guide (办事指南) and result verification: no login. */
export function publicServicesHallRoutes(
  items: ServiceItemsService,
  feedback: ServiceFeedbackService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/items",
      { schema: { tags, querystring: s.searchQuery, response: { 200: s.itemList } } },
      async (request) => ({
        items: await items.searchPublished(request.query.search),
      }),
    );
    app.get(
      "/items/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.itemGuide } } },
      async (request) => items.guide(request.params.id),
    );
    app.get(
      "/items/:id/checklist",
      { schema: { tags, params: s.idParams, querystring: s.checklistQuery, response: { 200: s.checklist } } },
      async (request) => items.checklist(request.params.id, request.query.situation ?? null),
    );
    app.get(
      "/verify/:code",
      { schema: { tags, params: s.codeParams, response: { 200: s.verification } } },
      async (request) => feedback.verify(request.params.code),
    );
  };
}

/** Catalogue management (事项清单). */
export function serviceItemsRoutes(items: ServiceItemsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/",
      { schema: { tags, querystring: s.searchQuery, response: { 200: s.manageItemList } } },
      async (request) => ({
        items: await items.manageList(requirePermission(request, "services.manage"), request.query.search),
      }),
    );
    app.patch(
      "/:id",
      { schema: { tags, params: s.idParams, body: s.itemUpdate, response: { 200: s.itemGuide } } },
      async (request) =>
        items.update(requirePermission(request, "services.manage"), request.params.id, request.body),
    );
    app.post(
      "/:id/publish",
      { schema: { tags, params: s.idParams, response: { 200: s.itemGuide } } },
      async (request) => items.publish(requirePermission(request, "services.manage"), request.params.id),
    );
    app.post(
      "/:id/withdraw",
      { schema: { tags, params: s.idParams, response: { 200: s.itemGuide } } },
      async (request) => items.withdraw(requirePermission(request, "services.manage"), request.params.id),
    );
  };
}

/** Applications (办件): materials, submission, the work queue, the life cycle, results and 好差评. */
export function serviceCasesRoutes(
  cases: ServiceCasesService,
  feedback: ServiceFeedbackService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/districts", { schema: { tags, response: { 200: s.districtList } } }, async (request) => {
      requirePermission(request, "services.apply");
      return { items: await cases.districts() };
    });
    app.post(
      "/materials",
      { schema: { tags, consumes: ["multipart/form-data"], response: { 201: s.uploadedMaterial } } },
      async (request, reply) => {
        const actor = requirePermission(request, "services.apply");
        const upload = await readBoundedUpload(request, { maxBytes: MATERIAL_MAX_BYTES, what: "申请材料" });
        return reply.code(201).send(await cases.uploadMaterial(actor, upload));
      },
    );
    app.post(
      "/",
      { schema: { tags, body: s.submitBody, response: { 201: s.caseDetail } } },
      async (request, reply) =>
        reply.code(201).send(await cases.submit(requirePermission(request, "services.apply"), request.body)),
    );
    app.get(
      "/",
      { schema: { tags, querystring: s.listQuery, response: { 200: s.caseList } } },
      async (request) => {
        const { mine, ...rest } = request.query;
        const actor = requirePermission(request, mine ? "services.apply" : "services.handle");
        return cases.list(actor, { ...rest, mine: mine ?? false });
      },
    );
    app.post("/escalate-overdue", { schema: { tags, response: { 200: s.escalated } } }, async (request) => {
      requirePermission(request, "services.manage");
      return { escalated: await feedback.escalateOverdue() };
    });
    app.get(
      "/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.caseDetail } } },
      async (request) => {
        return cases.get(requireActor(request), request.params.id);
      },
    );
    app.post(
      "/:id/actions",
      { schema: { tags, params: s.idParams, body: s.actBody, response: { 200: s.caseDetail } } },
      async (request) =>
        cases.act(requirePermission(request, "services.handle"), request.params.id, request.body),
    );
    app.post(
      "/:id/resubmit",
      { schema: { tags, params: s.idParams, body: s.resubmitBody, response: { 200: s.caseDetail } } },
      async (request) =>
        cases.act(requirePermission(request, "services.apply"), request.params.id, {
          kind: "resubmit",
          ...request.body,
        }),
    );
    app.get(
      "/:id/materials/:materialId",
      { schema: { tags, params: s.materialParams } },
      async (request, reply) => {
        const file = await cases.material(
          requireActor(request),
          request.params.id,
          request.params.materialId,
        );
        return reply
          .header("content-type", file.mediaType)
          .header(
            "content-disposition",
            attachment(file.fileName, `material.${file.fileName.split(".").pop() ?? "bin"}`),
          )
          .send(file.data);
      },
    );
    app.get("/:id/result.docx", { schema: { tags, params: s.idParams } }, async (request, reply) => {
      const result = await feedback.resultDocument(requireActor(request), request.params.id);
      return sendFile(reply, result.file, result.name, result.asciiName);
    });
    app.post(
      "/:id/rating",
      { schema: { tags, params: s.idParams, body: s.rateBody, response: { 200: s.caseDetail } } },
      async (request) =>
        feedback.rate(requirePermission(request, "services.apply"), request.params.id, request.body),
    );
    app.post(
      "/:id/rating/answer",
      { schema: { tags, params: s.idParams, body: s.answerBody, response: { 200: s.caseDetail } } },
      async (request) =>
        feedback.answerRating(
          requirePermission(request, "services.handle"),
          request.params.id,
          request.body.answer,
        ),
    );
  };
}

/** The statistics board (统计看板): city-wide for the bureau, one district for a district bureau. */
export function servicesStatsRoutes(feedback: ServiceFeedbackService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/", { schema: { tags, response: { 200: s.stats } } }, async (request) =>
      feedback.stats(requirePermission(request, "services.stats")),
    );
  };
}
