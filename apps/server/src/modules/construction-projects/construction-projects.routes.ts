import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { recordRoutes } from "../../platform/record-routes.ts";
import type { ConstructionProjectsService } from "./construction-projects.service.ts";
import * as s from "./construction-projects.schemas.ts";
import { noContent } from "../../http/zod-types.ts";

export function constructionProjectsRoutes(service: ConstructionProjectsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["建设项目"];
    app.get(
      "/board",
      { schema: { tags, querystring: s.boardQuery, response: { 200: s.boardSchema } } },
      async (request) => service.board(requirePermission(request, "registry.read"), request.query),
    );

    recordRoutes(app, {
      tags,
      read: "registry.read",
      write: "projects.write",
      params: s.idParams,
      list: { query: s.listQuery, response: s.projectList, run: (a, q) => service.list(a, q) },
      get: { response: s.projectSchema, run: (a, id) => service.get(a, id) },
      create: { body: s.createBody, response: s.projectSchema, run: (a, b) => service.create(a, b) },
      update: { body: s.updateBody, response: s.projectSchema, run: (a, id, b) => service.update(a, id, b) },
    });

    app.delete(
      "/:id",
      { schema: { tags, params: s.idParams, response: { 204: noContent } } },
      async (request, reply) => {
        await service.remove(requirePermission(request, "projects.write"), request.params.id);
        return reply.code(204).send();
      },
    );

    app.post(
      "/:id/transition",
      { schema: { tags, params: s.idParams, body: s.transitionBody, response: { 200: s.projectSchema } } },
      async (request) =>
        service.transition(requirePermission(request, "projects.write"), request.params.id, request.body),
    );

    app.post(
      "/:id/tests",
      { schema: { tags, params: s.idParams, body: s.testsBody, response: { 200: s.projectSchema } } },
      async (request) =>
        service.recordTests(requirePermission(request, "projects.write"), request.params.id, request.body),
    );
  };
}
