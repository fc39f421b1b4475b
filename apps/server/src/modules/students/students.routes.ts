import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import { recordRoutes } from "../../platform/record-routes.ts";
import { importJobRoutes } from "../../platform/jobs/import-job.routes.ts";
import { sendFile } from "../../platform/downloads.ts";
import type { StudentsService } from "./students.service.ts";
import * as s from "./students.schemas.ts";

export function studentsRoutes(service: StudentsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["学生学籍"];

    recordRoutes(app, {
      tags,
      read: "students.read",
      write: "students.write",
      params: s.idParams,
      list: { query: s.listQuery, response: s.studentList, run: (a, q) => service.list(a, q) },
      get: { response: s.studentView, run: (a, id) => service.get(a, id) },
      create: { body: s.createBody, response: s.studentView, run: (a, b) => service.create(a, b) },
      update: { body: s.updateBody, response: s.studentView, run: (a, id, b) => service.update(a, id, b) },
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
      "/:id/personal",
      { schema: { tags, params: s.idParams, response: { 200: s.personalView } } },
      async (request) => service.personal(requirePermission(request, "students.personal"), request.params.id),
    );
  };
}
