import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { EthicsService } from "./ethics.service.ts";
import type { RegistrationService } from "./registration.service.ts";
import * as r from "./registration.schemas.ts";
import { listQueryOf } from "../../http/zod-types.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");
const idParams = z.object({ id: z.uuid() });
const dueQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  outcome: z.enum(["passed", "deferred", "failed"], "注册结论无效").optional(),
  ...listQueryOf(r.DUE_SORT_KEYS, "institution"),
});
const confirmBody = z.object({
  year: z.number().int().min(2000).max(2100),
  teacherIds: z.array(z.uuid()).min(1, "请选择要确认的教师").max(5000),
});
const ethicsBody = z.object({
  foundOn: isoDate,
  severity: z.enum(["minor", "serious"]),
  description: z.string().trim().min(2, "请填写情况说明").max(1000),
});

export function registrationRoutes(deps: {
  registration: RegistrationService;
  ethics: EthicsService;
}): FastifyPluginAsyncZod {
  const { registration, ethics } = deps;
  return async (app) => {
    const tags = ["教师资格定期注册"];
    app.get(
      "/due",
      { schema: { tags, querystring: dueQuery, response: { 200: r.dueList } } },
      async (request) => registration.dueList(requirePermission(request, "teachers.read"), request.query),
    );
    app.post(
      "/confirm",
      { schema: { tags, body: confirmBody, response: { 200: r.confirmed } } },
      async (request) =>
        registration.confirm(requirePermission(request, "registration.confirm"), request.body),
    );
    app.get("/me", { schema: { tags, response: { 200: r.mine } } }, async (request) =>
      registration.mine(requirePermission(request, "teachers.self")),
    );
    app.get(
      "/ethics/:id",
      { schema: { tags, params: idParams, response: { 200: r.ethicsList } } },
      async (request) => ({
        items: await ethics.list(requirePermission(request, "ethics.read"), request.params.id),
      }),
    );
    app.post(
      "/ethics/:id",
      { schema: { tags, params: idParams, body: ethicsBody, response: { 201: r.created } } },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await ethics.record(requirePermission(request, "ethics.write"), request.params.id, request.body),
          ),
    );
  };
}
