import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requirePermission } from "../../http/authenticate.ts";
import { recordRoutes } from "../../platform/record-routes.ts";
import { importJobRoutes } from "../../platform/jobs/import-job.routes.ts";
import type { TeacherAbsencesService } from "./teacher-absences.service.ts";
import type { TeacherCorrectionsService } from "./teacher-corrections.service.ts";
import { CORRECTABLE_FIELDS } from "./teacher-corrections.service.ts";
import type { TeacherImportService } from "./teacher-import.service.ts";
import { sendFile } from "../../platform/downloads.ts";
import type { TeachersService } from "./teachers.service.ts";
import * as s from "./teachers.schemas.ts";

const correctionBody = z.object({
  field: z.enum(Object.keys(CORRECTABLE_FIELDS) as [keyof typeof CORRECTABLE_FIELDS]),
  requestedValue: z.string().trim().min(1, "请填写更正后的内容").max(100),
  reason: z.string().trim().min(2, "请说明更正理由").max(500),
});
const reviewCorrectionBody = z.object({ approve: z.boolean(), note: z.string().trim().max(500).optional() });

export function teachersRoutes(deps: {
  teachers: TeachersService;
  corrections: TeacherCorrectionsService;
  workbook: TeacherImportService;
  absences: TeacherAbsencesService;
}): FastifyPluginAsyncZod {
  const { teachers, corrections, workbook, absences } = deps;
  return async (app) => {
    const tags = ["教师名录"];
    recordRoutes(app, {
      tags,
      read: "teachers.read",
      write: "teachers.write",
      params: s.idParams,
      list: { query: s.listQuery, response: s.teacherList, run: (a, q) => teachers.list(a, q) },
      get: { response: s.teacherDetail, run: (a, id) => teachers.get(a, id) },
      create: { body: s.teacherBody, response: s.teacherSchema, run: (a, b) => teachers.create(a, b) },
      update: {
        body: s.teacherBody,
        response: s.teacherSchema,
        method: "PUT",
        run: (a, id, b) => teachers.update(a, id, b),
      },
    });

    app.get("/export", { schema: { tags } }, async (request, reply) => {
      const buffer = await workbook.export(requirePermission(request, "teachers.read"));
      return sendFile(reply, buffer, "教师名录.xlsx", "teachers.xlsx");
    });

    await app.register(importJobRoutes({ tags, permission: "teachers.write", imports: workbook }));

    app.get("/me", { schema: { tags, response: { 200: s.ownRecord } } }, async (request) =>
      corrections.me(requirePermission(request, "teachers.self")),
    );

    app.post(
      "/me/corrections",
      { schema: { tags, body: correctionBody, response: { 201: s.created } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await corrections.request(requirePermission(request, "teachers.self"), request.body)),
    );

    app.get("/corrections", { schema: { tags, response: { 200: s.correctionList } } }, async (request) => ({
      items: await corrections.pending(requirePermission(request, "teachers.read")),
    }));

    app.post(
      "/corrections/:id/review",
      { schema: { tags, params: s.idParams, body: reviewCorrectionBody, response: { 200: s.reviewed } } },
      async (request) =>
        corrections.review(requirePermission(request, "teachers.write"), request.params.id, request.body),
    );

    app.get(
      "/:id/identity",
      { schema: { tags, params: s.idParams, response: { 200: s.identitySchema } } },
      async (request) =>
        teachers.identity(requirePermission(request, "teachers.personal"), request.params.id),
    );

    app.post(
      "/:id/postings",
      { schema: { tags, params: s.idParams, body: s.postingBody, response: { 201: s.postingSchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await teachers.addPosting(
              requirePermission(request, "teachers.write"),
              request.params.id,
              request.body,
            ),
          ),
    );

    app.get(
      "/:id/absences",
      { schema: { tags, params: s.idParams, response: { 200: s.absenceList } } },
      async (request) => ({
        items: await absences.list(requirePermission(request, "teachers.read"), request.params.id),
      }),
    );

    app.post(
      "/:id/absences",
      { schema: { tags, params: s.idParams, body: s.absenceBody, response: { 201: s.absenceRecorded } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await absences.record(
              requirePermission(request, "teachers.write"),
              request.params.id,
              request.body,
            ),
          ),
    );

    app.delete(
      "/:id/absences/:absenceId",
      { schema: { tags, params: s.absenceParams, response: { 200: s.created } } },
      async (request) =>
        absences.remove(
          requirePermission(request, "teachers.write"),
          request.params.id,
          request.params.absenceId,
        ),
    );

    app.put(
      "/:id/reviews",
      { schema: { tags, params: s.idParams, body: s.reviewBody, response: { 200: s.reviewSchema } } },
      async (request) =>
        teachers.setReview(requirePermission(request, "teachers.write"), request.params.id, request.body),
    );
  };
}
