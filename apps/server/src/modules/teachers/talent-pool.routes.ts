import { TEACHER_TITLES } from "@edubureau/domain/teachers";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requirePermission } from "../../http/authenticate.ts";
import { RURAL_RECOGNITION_STATUSES, type RuralRecognitionService } from "./rural-recognition.service.ts";
import { POOL_SORT_KEYS, type TalentPoolService } from "./talent-pool.service.ts";
import { listQueryOf } from "../../http/zod-types.ts";
import * as r from "./talent-pool.schemas.ts";
import { idParams, isoDate } from "./teachers.schemas.ts";

const poolQuery = z.object({
  subject: z.string().trim().max(20).optional(),
  minTitle: z.enum(TEACHER_TITLES).optional(),
  honoured: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  minHours: z.coerce.number().min(0).max(10_000).optional(),
  ruralCertified: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  ...listQueryOf(POOL_SORT_KEYS, "honours"),
});
const recognitionQuery = z.object({ status: z.enum(RURAL_RECOGNITION_STATUSES).optional() });
const certifyBody = z.object({ note: z.string().trim().max(500).optional() });
const rejectBody = z.object({
  note: z.string({ error: "请填写驳回理由" }).trim().min(2, "请填写驳回理由（至少 2 个字）").max(500),
});
const exchangeBody = z.object({
  kind: z.enum(["rotation", "support", "countyHired"]),
  toInstitutionId: z.uuid("请选择交流学校"),
  fromDate: isoDate,
  toDate: isoDate.nullish(),
});

/** /api/talent-pool: search, exchanges, rural experience and its recognition (apply, certify, reject). */
export function talentPoolRoutes(deps: {
  pool: TalentPoolService;
  rural: RuralRecognitionService;
}): FastifyPluginAsyncZod {
  const { pool, rural } = deps;
  return async (app) => {
    const tags = ["人才库与交流"];
    app.get(
      "/",
      { schema: { tags, querystring: poolQuery, response: { 200: r.poolList } } },
      async (request) => pool.search(requirePermission(request, "teachers.read"), request.query),
    );
    app.get(
      "/teachers/:id/rural-experience",
      { schema: { tags, params: idParams, response: { 200: r.ruralExperience } } },
      async (request) => pool.ruralExperience(requirePermission(request, "teachers.read"), request.params.id),
    );
    app.get(
      "/teachers/:id/rural-recognitions",
      { schema: { tags, params: idParams, response: { 200: r.recognitionList } } },
      async (request) => ({
        items: await rural.ofTeacher(requirePermission(request, "teachers.read"), request.params.id),
      }),
    );
    app.post(
      "/teachers/:id/rural-recognitions",
      { schema: { tags, params: idParams, response: { 201: r.applied } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await rural.applyFor(requirePermission(request, "teachers.write"), request.params.id)),
    );
    app.get(
      "/me/rural-experience",
      { schema: { tags, response: { 200: r.myRuralExperience } } },
      async (request) => rural.mine(requirePermission(request, "teachers.self")),
    );
    app.post(
      "/me/rural-recognitions",
      { schema: { tags, response: { 201: r.applied } } },
      async (request, reply) =>
        reply.code(201).send(await rural.applyForSelf(requirePermission(request, "teachers.self"))),
    );
    app.get(
      "/rural-recognitions",
      { schema: { tags, querystring: recognitionQuery, response: { 200: r.recognitionList } } },
      async (request) => ({
        items: await rural.list(requirePermission(request, "teachers.read"), request.query.status),
      }),
    );
    app.post(
      "/rural-recognitions/:id/certify",
      { schema: { tags, params: idParams, body: certifyBody, response: { 200: r.certified } } },
      async (request) =>
        rural.certify(requirePermission(request, "ruralExperience.certify"), request.params.id, request.body),
    );
    app.post(
      "/rural-recognitions/:id/reject",
      { schema: { tags, params: idParams, body: rejectBody, response: { 200: r.rejected } } },
      async (request) =>
        rural.reject(requirePermission(request, "ruralExperience.certify"), request.params.id, request.body),
    );
    app.get(
      "/teachers/:id/exchanges",
      { schema: { tags, params: idParams, response: { 200: r.exchangeList } } },
      async (request) => ({
        items: await pool.exchanges(requirePermission(request, "teachers.read"), request.params.id),
      }),
    );
    app.post(
      "/teachers/:id/exchanges",
      { schema: { tags, params: idParams, body: exchangeBody, response: { 201: r.created } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await pool.recordExchange(
              requirePermission(request, "teachers.write"),
              request.params.id,
              request.body,
            ),
          ),
    );
  };
}
