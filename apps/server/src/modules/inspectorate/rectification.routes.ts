import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireActor, requirePermission } from "../../http/authenticate.ts";
import { problems } from "../../http/problem.ts";
import { evidenceRoutes } from "./evidence-routes.ts";
import * as s from "./inspectorate.schemas.ts";
import type { RectificationService } from "./rectification.service.ts";

/** 整改: the tracker, an order's steps and evidence, and the overdue sweep. */
export function rectificationRoutes(service: RectificationService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["教育督导·整改"];
    app.get(
      "/rectifications",
      { schema: { tags, querystring: s.rectificationQuery, response: { 200: s.rectificationList } } },
      async (request) => service.list(requirePermission(request, "inspectorate.read"), request.query),
    );
    app.get(
      "/rectifications/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.rectificationDetail } } },
      async (request) => service.get(requirePermission(request, "inspectorate.read"), request.params.id),
    );
    app.post(
      "/rectifications/:id/:action",
      {
        schema: {
          tags,
          params: s.actionParams,
          body: s.actionBody,
          response: { 200: s.rectificationDetail },
        },
      },
      async (request) =>
        service.act(
          requirePermission(request, "inspectorate.read"),
          request.params.id,
          request.params.action,
          request.body.text,
        ),
    );
    evidenceRoutes(app, {
      path: "/rectifications/:id/evidence",
      tags,
      upload: "inspectorate.rectify",
      response: s.rectificationDetail,
      add: (actor, id, upload) => service.addEvidence(actor, id, upload),
      file: (actor, id, evidenceId) => service.evidenceFile(actor, id, evidenceId),
      asciiName: "evidence",
    });
    app.post(
      "/rectifications/sweep",
      { schema: { tags, response: { 200: s.sweepResult } } },
      async (request) => {
        const actor = requireActor(request);
        if (actor.role !== "inspector" && actor.role !== "sys_admin") throw problems.forbidden();
        return service.escalateOverdue();
      },
    );
  };
}
