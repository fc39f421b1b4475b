import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireActor, requirePermission } from "../../http/authenticate.ts";
import type { TeacherCorrectionsService } from "../teachers/teacher-corrections.service.ts";
import type { TrainingService } from "./training.service.ts";
import * as s from "./training.schemas.ts";

export function trainingRoutes(deps: {
  training: TrainingService;
  self: TeacherCorrectionsService;
}): FastifyPluginAsyncZod {
  const { training, self } = deps;
  return async (app) => {
    const tags = ["教师培训"];
    app.get(
      "/programmes",
      { schema: { tags, querystring: s.listQuery, response: { 200: s.programmeList } } },
      async (request) => ({
        items: await training.list(requirePermission(request, "teachers.read"), request.query),
      }),
    );
    app.post(
      "/programmes",
      { schema: { tags, body: s.programmeBody, response: { 201: s.programmeSchema } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await training.create(requirePermission(request, "training.manage"), request.body)),
    );
    app.get(
      "/programmes/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.programmeDetail } } },
      async (request) => training.get(requirePermission(request, "teachers.read"), request.params.id),
    );
    app.put(
      "/programmes/:id/quotas",
      { schema: { tags, params: s.idParams, body: s.quotasBody, response: { 200: s.quotaList } } },
      async (request) => ({
        items: await training.setQuotas(
          requirePermission(request, "training.manage"),
          request.params.id,
          request.body.quotas,
        ),
      }),
    );
    app.post(
      "/programmes/:id/enrolments",
      { schema: { tags, params: s.idParams, body: s.enrolBody, response: { 200: s.enrolled } } },
      async (request) => training.enrol(requireActor(request), request.params.id, request.body.teacherIds),
    );
    app.post(
      "/programmes/:id/completions",
      {
        schema: { tags, params: s.idParams, body: s.completionBody, response: { 200: s.completionResults } },
      },
      async (request) => training.complete(requireActor(request), request.params.id, request.body),
    );
    app.get(
      "/teachers/:id/credits",
      { schema: { tags, params: s.idParams, response: { 200: s.creditList } } },
      async (request) => ({
        items: await training.creditsOf(requirePermission(request, "teachers.read"), request.params.id),
      }),
    );
    app.get("/me/credits", { schema: { tags, response: { 200: s.creditList } } }, async (request) => {
      const teacher = await self.ownRecord(requirePermission(request, "teachers.self"));
      return { items: await training.ownCredits(teacher.id) };
    });
    app.post(
      "/me/external",
      { schema: { tags, body: s.externalBody, response: { 201: s.created } } },
      async (request, reply) => {
        const actor = requirePermission(request, "teachers.self");
        const teacher = await self.ownRecord(actor);
        return reply.code(201).send(await training.submitExternal(actor, teacher.id, request.body));
      },
    );
    app.get(
      "/external/pending",
      { schema: { tags, response: { 200: s.pendingCreditList } } },
      async (request) => ({
        items: await training.pendingExternal(requirePermission(request, "teachers.write")),
      }),
    );
    app.post(
      "/external/:id/review",
      { schema: { tags, params: s.idParams, body: s.reviewBody, response: { 200: s.reviewed } } },
      async (request) =>
        training.reviewExternal(
          requirePermission(request, "teachers.write"),
          request.params.id,
          request.body,
        ),
    );
  };
}
