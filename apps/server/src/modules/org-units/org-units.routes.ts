import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { OrgUnitsService } from "./org-units.service.ts";
import * as s from "./org-units.schemas.ts";

export function orgUnitsRoutes(service: OrgUnitsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["机构"];
    app.get("/roots", { schema: { tags, response: { 200: s.orgUnitList } } }, async (request) => ({
      items: await service.roots(requirePermission(request, "orgUnits.read")),
    }));

    app.get(
      "/search",
      { schema: { tags, querystring: s.searchQuery, response: { 200: s.orgUnitWithPathList } } },
      async (request) => ({
        items: await service.search(requirePermission(request, "orgUnits.read"), request.query.q),
      }),
    );

    app.get(
      "/scope-filters",
      { schema: { tags, querystring: s.scopeFiltersQuery, response: { 200: s.scopeFilters } } },
      async (request) => service.scopeFilters(requirePermission(request, "orgUnits.read"), request.query),
    );

    app.get(
      "/:id",
      { schema: { tags, params: s.idParams, response: { 200: s.orgUnitWithPathSchema } } },
      async (request) => service.get(requirePermission(request, "orgUnits.read"), request.params.id),
    );

    app.get(
      "/:id/children",
      { schema: { tags, params: s.idParams, response: { 200: s.orgUnitList } } },
      async (request) => ({
        items: await service.children(requirePermission(request, "orgUnits.read"), request.params.id),
      }),
    );

    app.post(
      "/",
      { schema: { tags, body: s.createOrgUnitBody, response: { 201: s.orgUnitSchema } } },
      async (request, reply) => {
        const created = await service.create(requirePermission(request, "orgUnits.write"), request.body);
        return reply.code(201).send(created);
      },
    );

    app.patch(
      "/:id",
      { schema: { tags, params: s.idParams, body: s.updateOrgUnitBody, response: { 200: s.orgUnitSchema } } },
      async (request) =>
        service.update(requirePermission(request, "orgUnits.write"), request.params.id, request.body),
    );
  };
}
