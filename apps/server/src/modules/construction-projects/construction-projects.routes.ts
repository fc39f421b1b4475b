import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
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

    app.get(
      "/",
      { schema: { tags, querystring: s.listQuery, response: { 200: s.projectList } } },
      async (request) => service.list(requirePermission(request, "registry.read"), request.query),
    );

    app.get(
      "/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.projectSchema } } },
      async (request) => service.get(requirePermission(request, "registry.read"), request.params.id),
    );

    app.post(
      "/",
      { schema: { tags, body: s.createBody, response: { 201: s.projectSchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.create(requirePermission(request, "projects.write"), request.body)),
    );

    app.patch(
      "/:id",
      { schema: { tags, params: s.idParams, body: s.updateBody, response: { 200: s.projectSchema } } },
      async (request) =>
        service.update(requirePermission(request, "projects.write"), request.params.id, request.body),
    );

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
