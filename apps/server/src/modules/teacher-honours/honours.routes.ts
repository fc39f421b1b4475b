import { HONOUR_ROUND_KINDS, HONOUR_ROUND_STAGES } from "@edubureau/domain/teachers";
import { STUDIO_ESTABLISHMENTS, STUDIO_TYPES } from "@edubureau/domain/work-plan";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { HonoursService } from "./honours.service.ts";
import type { StudiosService } from "./studios.service.ts";
import { noContent } from "../../http/zod-types.ts";
import * as r from "./honours.schemas.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");
const idParams = z.object({ id: z.uuid() });
const memberParams = z.object({ id: z.uuid(), teacherId: z.uuid() });
const year = z.number().int().min(2000).max(2100);
const intakeQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const roundBody = z.object({
  kind: z.enum(HONOUR_ROUND_KINDS),
  year,
  seriesNo: z.number().int().min(1).max(99).optional(),
  windowFrom: isoDate,
  windowTo: isoDate,
});
const advanceBody = z.object({
  to: z.enum(HONOUR_ROUND_STAGES),
  selected: z.array(z.uuid()).optional(),
  note: z.string().trim().max(500).optional(),
});
const studioBody = z.object({
  type: z.enum(STUDIO_TYPES),
  name: z.string().trim().min(2, "请填写工作室名称").max(100),
  establishment: z.enum(STUDIO_ESTABLISHMENTS),
  year,
  leaderId: z.uuid("请选择领衔人"),
});

export function honoursRoutes(deps: {
  honours: HonoursService;
  studios: StudiosService;
}): FastifyPluginAsyncZod {
  const { honours, studios } = deps;
  return async (app) => {
    const tags = ["名师名校长与工作室"];
    app.get("/rounds", { schema: { tags, response: { 200: r.roundList } } }, async (request) => {
      requirePermission(request, "teachers.read");
      return { items: await honours.list() };
    });
    app.post(
      "/rounds",
      { schema: { tags, body: roundBody, response: { 201: r.roundCreated } } },
      async (request, reply) =>
        reply.code(201).send(await honours.open(requirePermission(request, "honours.manage"), request.body)),
    );
    app.get(
      "/rounds/:id",
      { schema: { tags, params: idParams, response: { 200: r.roundDetail } } },
      async (request) => honours.get(requirePermission(request, "teachers.read"), request.params.id),
    );
    app.post(
      "/rounds/:id/nominations",
      {
        schema: {
          tags,
          params: idParams,
          body: z.object({ teacherId: z.uuid() }),
          response: { 201: r.nominated },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await honours.nominate(
              requirePermission(request, "teachers.read"),
              request.params.id,
              request.body.teacherId,
            ),
          ),
    );
    app.post(
      "/rounds/:id/advance",
      { schema: { tags, params: idParams, body: advanceBody, response: { 200: r.roundAdvanced } } },
      async (request) =>
        honours.advance(requirePermission(request, "honours.manage"), request.params.id, request.body),
    );
    app.get("/studios", { schema: { tags, response: { 200: r.studioList } } }, async (request) => ({
      items: await studios.list(requirePermission(request, "teachers.read")),
    }));
    app.post(
      "/studios",
      { schema: { tags, body: studioBody, response: { 201: r.studioCreated } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await studios.create(requirePermission(request, "honours.manage"), request.body)),
    );
    app.get(
      "/studios/:id",
      { schema: { tags, params: idParams, response: { 200: r.studioDetail } } },
      async (request) => studios.get(requirePermission(request, "teachers.read"), request.params.id),
    );
    app.post(
      "/studios/:id/members",
      {
        schema: {
          tags,
          params: idParams,
          body: z.object({ teacherIds: z.array(z.uuid()).min(1).max(100) }),
          response: { 200: r.membersAdded },
        },
      },
      async (request) =>
        studios.addMembers(
          requirePermission(request, "honours.manage"),
          request.params.id,
          request.body.teacherIds,
        ),
    );
    app.delete(
      "/studios/:id/members/:teacherId",
      { schema: { tags, params: memberParams, response: { 204: noContent } } },
      async (request, reply) => {
        const { id, teacherId } = request.params;
        await studios.removeMember(requirePermission(request, "honours.manage"), id, teacherId);
        return reply.code(204).send();
      },
    );
    app.put(
      "/studios/:id/assessments",
      {
        schema: {
          tags,
          params: idParams,
          body: z.object({
            year,
            grade: z.enum(["excellent", "pass", "fail"]),
            note: z.string().trim().max(500).optional(),
          }),
          response: { 200: r.studioAssessed },
        },
      },
      async (request) =>
        studios.assess(requirePermission(request, "honours.manage"), request.params.id, request.body),
    );
    app.get(
      "/intakes",
      { schema: { tags, querystring: intakeQuery, response: { 200: r.intakeList } } },
      async (request) => studios.intakes(requirePermission(request, "teachers.read"), request.query.year),
    );
    app.put(
      "/intakes",
      {
        schema: {
          tags,
          body: z.object({ districtId: z.uuid(), year, students: z.number().int().min(0).max(100_000) }),
          response: { 200: r.intakeSaved },
        },
      },
      async (request) => studios.setIntake(requirePermission(request, "training.manage"), request.body),
    );
  };
}
