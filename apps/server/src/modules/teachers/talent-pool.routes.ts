import { TEACHER_TITLES } from "@edubureau/domain/teachers";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { TalentPoolService } from "./talent-pool.service.ts";
import { idParams, isoDate } from "./teachers.schemas.ts";

const poolQuery = z.object({
  subject: z.string().trim().max(20).optional(),
  minTitle: z.enum(TEACHER_TITLES).optional(),
  honoured: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  minHours: z.coerce.number().min(0).max(10_000).optional(),
});
const exchangeBody = z.object({
  kind: z.enum(["rotation", "support", "countyHired"]),
  toInstitutionId: z.uuid("请选择交流学校"),
  fromDate: isoDate,
  toDate: isoDate.nullish(),
});

/** /api/talent-pool: search, exchanges and rural-experience recognition. */
export function talentPoolRoutes(pool: TalentPoolService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["人才库与交流"];
    app.get("/", { schema: { tags, querystring: poolQuery } }, async (request) => ({
      items: await pool.search(requirePermission(request, "teachers.read"), request.query),
    }));
    app.get("/teachers/:id/rural-experience", { schema: { tags, params: idParams } }, async (request) =>
      pool.ruralExperience(requirePermission(request, "teachers.read"), request.params.id),
    );
    app.get("/teachers/:id/exchanges", { schema: { tags, params: idParams } }, async (request) => ({
      items: await pool.exchanges(requirePermission(request, "teachers.read"), request.params.id),
    }));
    app.post(
      "/teachers/:id/exchanges",
      { schema: { tags, params: idParams, body: exchangeBody } },
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
