import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requirePermission } from "../../http/authenticate.ts";
import type { TargetProvenanceService } from "./target-provenance.service.ts";
import { planProvenance } from "./target-provenance.schemas.ts";
import { planIdParams } from "./work-plan.schemas.ts";

export function targetProvenanceRoutes(service: TargetProvenanceService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/plans/:planId/provenance",
      { schema: { tags: ["工作计划"], params: planIdParams, response: { 200: planProvenance } } },
      async (request) => {
        requirePermission(request, "plan.read");
        return service.planProvenance(request.params.planId);
      },
    );
  };
}
