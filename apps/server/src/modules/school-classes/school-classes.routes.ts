import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { SchoolClassesService } from "./school-classes.service.ts";
import * as s from "./school-classes.schemas.ts";
import { noContent } from "../../http/zod-types.ts";

export function schoolClassesRoutes(service: SchoolClassesService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["班级与学生数"];
    const yearPath = "/institutions/:institutionId/years/:schoolYear";

    app.get(
      "/institutions",
      { schema: { tags, querystring: s.institutionsQuery, response: { 200: s.institutionList } } },
      async (request) => ({
        items: await service.institutions(requirePermission(request, "registry.read"), request.query.q),
      }),
    );

    app.get(
      "/summary",
      { schema: { tags, querystring: s.scopeSummaryQuery, response: { 200: s.scopeSummarySchema } } },
      async (request) => service.scopeSummary(requirePermission(request, "registry.read"), request.query),
    );

    app.get(
      "/institutions/:institutionId/years",
      { schema: { tags, params: s.institutionParams, response: { 200: s.yearList } } },
      async (request) => ({
        items: await service.years(requirePermission(request, "registry.read"), request.params.institutionId),
      }),
    );

    app.get(
      yearPath,
      { schema: { tags, params: s.yearParams, response: { 200: s.yearClassesSchema } } },
      async (request) =>
        service.year(
          requirePermission(request, "registry.read"),
          request.params.institutionId,
          request.params.schoolYear,
        ),
    );

    app.get(
      `${yearPath}/summary`,
      { schema: { tags, params: s.yearParams, response: { 200: s.summarySchema } } },
      async (request) =>
        service.summary(
          requirePermission(request, "registry.read"),
          request.params.institutionId,
          request.params.schoolYear,
        ),
    );

    app.put(
      yearPath,
      { schema: { tags, params: s.yearParams, body: s.replaceBody, response: { 200: s.yearClassesSchema } } },
      async (request) =>
        service.replaceYear(
          requirePermission(request, "classes.write"),
          request.params.institutionId,
          request.params.schoolYear,
          request.body.classes,
        ),
    );

    app.post(
      "/",
      { schema: { tags, body: s.createBody, response: { 201: s.classSchema } } },
      async (request, reply) =>
        reply.code(201).send(await service.create(requirePermission(request, "classes.write"), request.body)),
    );

    app.patch(
      "/:id",
      { schema: { tags, params: s.idParams, body: s.updateBody, response: { 200: s.classSchema } } },
      async (request) =>
        service.update(requirePermission(request, "classes.write"), request.params.id, request.body),
    );

    app.delete(
      "/:id",
      { schema: { tags, params: s.idParams, response: { 204: noContent } } },
      async (request, reply) => {
        await service.remove(requirePermission(request, "classes.write"), request.params.id);
        return reply.code(204).send();
      },
    );
  };
}
