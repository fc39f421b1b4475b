import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { IndicatorsService } from "./indicators.service.ts";
import * as s from "./indicators.schemas.ts";

export function indicatorsRoutes(service: IndicatorsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["指标"];
    app.get("/", { schema: { tags, response: { 200: s.catalogue } } }, async (request) => {
      requirePermission(request, "indicators.read");
      return service.catalogueView();
    });

    app.get(
      "/:code/evaluate",
      {
        schema: { tags, params: s.codeParams, querystring: s.evaluateQuery, response: { 200: s.evaluation } },
      },
      async (request) => {
        const actor = requirePermission(request, "indicators.read");
        const { orgUnitId, period, includeUnapproved, ...params } = request.query;
        return service.evaluate(actor, {
          code: request.params.code,
          params,
          orgUnitId,
          period,
          includeUnapproved,
        });
      },
    );

    app.get(
      "/:code/breakdown",
      {
        schema: { tags, params: s.codeParams, querystring: s.evaluateQuery, response: { 200: s.breakdown } },
      },
      async (request) => {
        const actor = requirePermission(request, "indicators.read");
        const { orgUnitId, period, includeUnapproved, ...params } = request.query;
        return service.breakdown(actor, {
          code: request.params.code,
          params,
          orgUnitId,
          period,
          includeUnapproved,
        });
      },
    );

    app.get(
      "/:code/series",
      { schema: { tags, params: s.codeParams, querystring: s.seriesQuery, response: { 200: s.series } } },
      async (request) => {
        const actor = requirePermission(request, "indicators.read");
        const { orgUnitId, period, includeUnapproved, count, ...params } = request.query;
        return service.series(actor, {
          code: request.params.code,
          params,
          orgUnitId,
          period,
          includeUnapproved,
          count,
        });
      },
    );

    app.get(
      "/:code/values",
      { schema: { tags, params: s.codeParams, querystring: s.allUnitsQuery, response: { 200: s.allUnits } } },
      async (request) => {
        const actor = requirePermission(request, "indicators.read");
        const { period, includeUnapproved, ...params } = request.query;
        return service.allUnits(actor, { code: request.params.code, params, period, includeUnapproved });
      },
    );
  };
}
