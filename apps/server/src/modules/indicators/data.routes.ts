import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyRequest } from "fastify";
import { can, type Permission } from "@edubureau/domain";
import { requireActor, requirePermission } from "../../http/authenticate.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import type { DataElementsService } from "./data-elements.service.ts";
import type { DataEntryService } from "./data-entry.service.ts";
import * as s from "./data.schemas.ts";

/** Reading forms and queues is for whoever reports or reviews data. */
function requireAny(request: FastifyRequest, permissions: Permission[]): Actor {
  const actor = requireActor(request);
  if (!permissions.some((p) => can(actor.role, p))) throw problems.forbidden();
  return actor;
}

const READERS: Permission[] = ["data.submit", "data.approve"];

export function dataRoutes(elements: DataElementsService, entry: DataEntryService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["数据填报与审核"];

    app.get("/elements", { schema: { tags, response: { 200: s.elementList } } }, async (request) => {
      requireAny(request, [...READERS, "indicators.read"]);
      return { items: await elements.list() };
    });

    app.post(
      "/elements",
      { schema: { tags, body: s.createElementBody, response: { 201: s.elementSchema } } },
      async (request, reply) =>
        reply.code(201).send(await elements.create(requirePermission(request, "data.approve"), request.body)),
    );

    app.patch(
      "/elements/:code",
      {
        schema: {
          tags,
          params: s.elementParams,
          body: s.updateElementBody,
          response: { 200: s.elementSchema },
        },
      },
      async (request) =>
        elements.update(requirePermission(request, "data.approve"), request.params.code, request.body),
    );

    app.get(
      "/forms",
      { schema: { tags, querystring: s.formQuery, response: { 200: s.formSchema } } },
      async (request) =>
        entry.form(requireAny(request, READERS), request.query.orgUnitId, request.query.period),
    );

    app.put(
      "/values",
      { schema: { tags, body: s.saveValuesBody, response: { 200: s.formSchema } } },
      async (request) => entry.saveValues(requirePermission(request, "data.submit"), request.body),
    );

    app.get(
      "/approvals",
      { schema: { tags, querystring: s.queueQuery, response: { 200: s.queueSchema } } },
      async (request) => entry.queue(requireAny(request, READERS), request.query),
    );

    app.post(
      "/approvals/:action",
      { schema: { tags, params: s.actionParams, body: s.actionBody, response: { 200: s.formSchema } } },
      async (request) => entry.act(requireActor(request), request.params.action, request.body),
    );
  };
}
