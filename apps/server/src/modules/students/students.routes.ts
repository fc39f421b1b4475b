import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { importJobRoutes } from "../../platform/jobs/import-job.routes.ts";
import { sendFile } from "../../platform/downloads.ts";
import type { StudentsService } from "./students.service.ts";
import * as s from "./students.schemas.ts";

export function studentsRoutes(service: StudentsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["学生学籍"];

    app.get(
      "/",
      { schema: { tags, querystring: s.listQuery, response: { 200: s.studentList } } },
      async (request) => service.list(requirePermission(request, "students.read"), request.query),
    );

    app.get("/template.xlsx", { schema: { tags } }, async (request, reply) => {
      requirePermission(request, "students.write");
      return sendFile(reply, await service.template(), "学生名册导入模板.xlsx", "students-template.xlsx");
    });

    app.get("/export.xlsx", { schema: { tags, querystring: s.exportQuery } }, async (request, reply) => {
      const { full, ...filters } = request.query;
      const file = await service.exportFile(requirePermission(request, "students.read"), {
        ...filters,
        full: full === "true",
      });
      return sendFile(reply, file, "学生名册.xlsx", "students.xlsx");
    });

    await app.register(importJobRoutes({ tags, permission: "students.write", imports: service.imports }));

    app.get(
      "/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.studentView } } },
      async (request) => service.get(requirePermission(request, "students.read"), request.params.id),
    );

    app.get(
      "/:id/personal",
      { schema: { tags, params: s.idParams, response: { 200: s.personalView } } },
      async (request) => service.personal(requirePermission(request, "students.personal"), request.params.id),
    );

    app.post(
      "/",
      { schema: { tags, body: s.createBody, response: { 201: s.studentView } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.create(requirePermission(request, "students.write"), request.body)),
    );

    app.patch(
      "/:id",
      { schema: { tags, params: s.idParams, body: s.updateBody, response: { 200: s.studentView } } },
      async (request) =>
        service.update(requirePermission(request, "students.write"), request.params.id, request.body),
    );
  };
}
